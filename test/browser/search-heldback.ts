/**
 * The held-back search quality set (issue 25, point 6). Written on 2026-12-07 BEFORE any tuning of
 * the search, from the kinds of question in shared/notes/questions-people-ask.md, in the forms people
 * type (long, unpunctuated, misspelt, no apostrophes). Do not tune the search against this file:
 * do not copy its phrases into search-synonyms.json, search-intents.json or search-danger.json.
 * Its figure is reported apart from the development set's (search-quality.test.ts).
 *
 * `expected`: the pages (a section after #) of which one must be in the top three; more than one
 * only where two pages really answer the question. `panel`: the panel that must show above the
 * results ("danger": 999; "crisis": Samaritans beside 999); `noPanel`: panels that must not show.
 */
export interface HeldBackCase {
  query: string;
  kind: 'police refused' | 'unknown person' | 'breach' | 'supporter' | 'nations' | 'tools' | 'work and study' | 'danger' | 'crisis' | 'informational';
  expected: readonly string[];
  panel?: 'danger' | 'crisis';
  noPanel?: readonly ('danger' | 'crisis')[];
}

/** The page for people who do not know who is stalking them (issue 24, another branch). */
export const unknownPersonPage = '/if-you-dont-know-who-is-stalking-you/';

export const heldBackCases: readonly HeldBackCase[] = [
  // The police refused, or will not act
  { kind: 'police refused', query: 'police said its not serious enough', expected: ['/if-the-police-say-no/'] },
  { kind: 'police refused', query: 'the police say its a civil matter and wont do anything', expected: ['/if-the-police-say-no/'] },
  { kind: 'police refused', query: 'police didnt believe me', expected: ['/if-the-police-say-no/'] },
  { kind: 'police refused', query: 'officer told me to just block him', expected: ['/if-the-police-say-no/'] },
  { kind: 'police refused', query: 'police wont apply for an spo what can i do', expected: ['/if-the-police-say-no/'] },
  { kind: 'police refused', query: 'i reported it 3 times and nothing happend', expected: ['/if-the-police-say-no/'] },
  { kind: 'police refused', query: 'how do i make a complaint about an officer', expected: ['/if-the-police-say-no/'] },
  { kind: 'police refused', query: 'cps decided not to charge him can i challenge it', expected: ['/if-the-police-say-no/'] },
  { kind: 'police refused', query: 'can i get an order myself without the police', expected: ['/if-the-police-say-no/', '/how-to-get-a-stalking-protection-order/', '/other-protective-orders/'] },
  // Someone unknown
  { kind: 'unknown person', query: 'can i get order if i dont know who it is', expected: [unknownPersonPage] },
  { kind: 'unknown person', query: 'anonymous account keeps messaging me', expected: [unknownPersonPage] },
  { kind: 'unknown person', query: 'i dont know who is doing this to me', expected: [unknownPersonPage] },
  { kind: 'unknown person', query: 'fake profiles harrassing me online no idea who', expected: [unknownPersonPage] },
  { kind: 'unknown person', query: 'can police find out who my online stalker is', expected: [unknownPersonPage] },
  { kind: 'unknown person', query: 'a stranger keeps following me', expected: [unknownPersonPage, '/what-is-stalking/'] },
  { kind: 'unknown person', query: 'someone unknown leaving things on my car', expected: [unknownPersonPage] },
  // Breach: the order is broken
  { kind: 'breach', query: 'he messaged me last night and i have an order', expected: ['/if-the-order-is-broken/', '/living-with-an-order/'] },
  { kind: 'breach', query: 'hes broken the spo', expected: ['/if-the-order-is-broken/'] },
  { kind: 'breach', query: 'he came to my street even tho hes not allowed', expected: ['/if-the-order-is-broken/'] },
  { kind: 'breach', query: 'what happens to him if he breachs it', expected: ['/if-the-order-is-broken/'] },
  { kind: 'breach', query: 'can he go to prison for ignoring the order', expected: ['/if-the-order-is-broken/'] },
  { kind: 'breach', query: 'his friend contacted me for him is that allowed', expected: ['/if-the-order-is-broken/', '/what-an-order-can-include/'] },
  { kind: 'breach', query: 'who do i tell when he breaks the order', expected: ['/if-the-order-is-broken/', '/living-with-an-order/'] },
  { kind: 'breach', query: 'he said i agreed to see him', expected: ['/if-the-order-is-broken/'] },
  // Supporters
  { kind: 'supporter', query: 'my sister is being stalked by her ex what do i do', expected: ['/helping-someone-being-stalked/'] },
  { kind: 'supporter', query: 'how to support someone who is stalked', expected: ['/helping-someone-being-stalked/'] },
  { kind: 'supporter', query: 'my son is getting followed', expected: ['/helping-someone-being-stalked/'] },
  { kind: 'supporter', query: 'the stalker has started on me too as her flatmate', expected: ['/helping-someone-being-stalked/'] },
  { kind: 'supporter', query: 'im worried about my best mate shes scared of him', expected: ['/helping-someone-being-stalked/'] },
  // Nations and Welsh words
  { kind: 'nations', query: 'cymraeg', expected: ['/getting-help/#live-fear-free', '/your-local-police-force/'] },
  { kind: 'nations', query: 'help in welsh language', expected: ['/getting-help/#live-fear-free'] },
  { kind: 'nations', query: 'stelcian', expected: ['/getting-help/#live-fear-free'] },
  { kind: 'nations', query: 'i live in wrexham', expected: ['/getting-help/#live-fear-free', '/your-local-police-force/'] },
  { kind: 'nations', query: 'does the order work in scotland', expected: ['/scotland-and-northern-ireland/'] },
  { kind: 'nations', query: 'hes moved to northern ireland', expected: ['/scotland-and-northern-ireland/'] },
  { kind: 'nations', query: 'edinburgh stalking help', expected: ['/scotland-and-northern-ireland/', '/getting-help/'] },
  { kind: 'nations', query: 'dyfed powys police', expected: ['/your-local-police-force/'] },
  // Tools
  { kind: 'tools', query: 'check your situation', expected: ['/check-your-situation/'] },
  { kind: 'tools', query: 'step by step guide', expected: ['/check-your-situation/'] },
  { kind: 'tools', query: 'answer some questions to see what i can do', expected: ['/check-your-situation/'] },
  { kind: 'tools', query: 'write an email to the police', expected: ['/make-a-letter/'] },
  { kind: 'tools', query: 'template letter for police', expected: ['/make-a-letter/'] },
  { kind: 'tools', query: 'printable log sheet', expected: ['/stalking-log/'] },
  { kind: 'tools', query: 'incident diary template', expected: ['/stalking-log/', '/keeping-a-record/'] },
  { kind: 'tools', query: 'card to keep in my purse with my order details', expected: ['/living-with-an-order/#your-order-card'] },
  { kind: 'tools', query: 'list of police forces', expected: ['/your-local-police-force/'] },
  { kind: 'tools', query: 'find my police force website', expected: ['/your-local-police-force/'] },
  { kind: 'tools', query: 'a to z of pages', expected: ['/a-to-z/'] },
  // Work and study
  { kind: 'work and study', query: 'a colleague keeps following me at work', expected: ['/what-is-stalking/', '/what-an-order-can-include/'] },
  { kind: 'work and study', query: 'can the order stop him coming to my workplace', expected: ['/what-an-order-can-include/'] },
  { kind: 'work and study', query: 'hr manager employee being stalked what should i do', expected: ['/helping-someone-being-stalked/#if-you-are-helping-as-part-of-your-job'] },
  { kind: 'work and study', query: 'stalked at uni by another student', expected: ['/what-is-stalking/'] },
  { kind: 'work and study', query: 'can the order stop him going to his own work', expected: ['/what-an-order-can-include/'] },
  { kind: 'work and study', query: 'im a teacher worried about a student', expected: ['/helping-someone-being-stalked/#if-you-are-helping-as-part-of-your-job'] },
  // Danger: the 999 panel, and the 999 section first
  { kind: 'danger', query: 'help hes here', expected: ['/getting-help/#emergency'], panel: 'danger' },
  { kind: 'danger', query: 'im hiding in the bathroom', expected: ['/getting-help/#emergency'], panel: 'danger' },
  { kind: 'danger', query: 'hes trying to break in', expected: ['/getting-help/#emergency'], panel: 'danger' },
  { kind: 'danger', query: 'he is in my garden right now', expected: ['/getting-help/#emergency'], panel: 'danger' },
  { kind: 'danger', query: 'hes banging on the door', expected: ['/getting-help/#emergency'], panel: 'danger' },
  { kind: 'danger', query: 'he is following me home right now', expected: ['/getting-help/#emergency'], panel: 'danger' },
  { kind: 'danger', query: 'hes got a knife', expected: ['/getting-help/#emergency'], panel: 'danger' },
  { kind: 'danger', query: "i'm hiding from him now", expected: ['/getting-help/#emergency'], panel: 'danger' },
  // Crisis: Samaritans beside 999
  { kind: 'crisis', query: 'i want to kill myself', expected: ['/getting-help/'], panel: 'crisis' },
  { kind: 'crisis', query: 'thinking about ending it all i cant cope', expected: ['/getting-help/'], panel: 'crisis' },
  { kind: 'crisis', query: 'i keep cutting myself', expected: ['/getting-help/'], panel: 'crisis' },
  { kind: 'crisis', query: 'feel suicidal because of him', expected: ['/getting-help/'], panel: 'crisis' },
  { kind: 'crisis', query: 'dont want to be alive anymore', expected: ['/getting-help/'], panel: 'crisis' },
  { kind: 'crisis', query: 'self harm', expected: ['/getting-help/'], panel: 'crisis' },
  // Informational questions that must show neither panel
  { kind: 'informational', query: 'how dangerous are stalkers', expected: ['/what-is-stalking/'], noPanel: ['danger', 'crisis'] },
  { kind: 'informational', query: 'danger signs', expected: ['/what-is-stalking/', '/getting-help/'], noPanel: ['danger', 'crisis'] },
  { kind: 'informational', query: 'safety planning', expected: ['/getting-help/', '/helping-someone-being-stalked/', '/staying-safe-online/'], noPanel: ['danger', 'crisis'] },
  { kind: 'informational', query: 'can the order stop him killing me', expected: ['/what-an-order-can-include/'], noPanel: ['crisis'] },
  { kind: 'informational', query: 'is stalking linked to murder', expected: ['/what-is-stalking/'], noPanel: ['crisis'] },
];
