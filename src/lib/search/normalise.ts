/**
 * Turns what a person typed into a plain, comparable form: lower case, no accents, curly
 * quotes made straight, apostrophes dropped ("won't" → "wont"), every other mark a space,
 * single spaces. Used both for the synonym phrases and for the query, so they meet halfway.
 */
export function normaliseQuery(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Longest query the search will act on; anything longer is cut at a word boundary. */
export const maxQueryLength = 120;

/** Trims a query to at most `maxQueryLength` characters without cutting a word in half. */
export function clampQuery(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed.length <= maxQueryLength) return trimmed;
  const cut = trimmed.slice(0, maxQueryLength);
  const lastSpace = cut.lastIndexOf(' ');
  return lastSpace > 0 ? cut.slice(0, lastSpace) : cut;
}

/**
 * Words that say nothing about which page someone wants ("is", "the", "can I"...). They are
 * left out when comparing a query with page titles and headings.
 */
export const stopWords: ReadonlySet<string> = /* @__PURE__ */ new Set(
  // The small words; then contractions, typed without their apostrophes ("won't" is normalised to
  // "wont"); then the filler of long questions, which finds or misses no page, and the common words
  // scripts/search-vocabulary.mjs leaves out of the spelling vocabulary (so they are never "corrected");
  // then Welsh's small words (issue 29: "dw i wedi mynd at yr heddlu" is "mynd heddlu"), none of them an
  // English word a query needs ("ni", Northern Ireland, and "pan" are left out on purpose).
  // Marked pure, so the search field's script, which needs none of this, is built without it.
  /* @__PURE__ */ ('a an the and or of to in on at is it i me my he she they him her his them we you your for with be do does did can could will would should what when where who how why this that if not no are was am has have had get got im ive id hes shes theyre theres thats whats its dont doesnt didnt cant cannot wont wouldnt couldnt shouldnt isnt arent wasnt werent havent hasnt just really even though still also very so some any anything something from about into as been being by all again anymore please want need keeps now there their these those which while after before other under every then than were our us but because ' +
    'y yr r mae maen oedd roedd dw dwi rwy rwyf rydw ydw ydy ydi yw ywr dwin rwyn en fen fon hin chin nhwn oes dydy dydi dyw dydyr nid ddim yn n wedi di fy ei eu ein eich chi hi fo fe e o nhw fi mi ti gyda efo gan ar ir or ac ag na nac neu ond os beth sut pam pwy lle ble pryd faint mor hyn hynny hon hwn yno sydd syn sy bod fod bydd fydd alla galla gall plis jyst iawn'
  ).split(' '),
);

/** The words of a text that carry meaning: normalised, without stop words. */
export function contentWords(text: string): string[] {
  return normaliseQuery(text)
    .split(' ')
    .filter((w) => w && !stopWords.has(w));
}
