/**
 * Filling in the interface table's templates. Pure and free of Node and DOM, so the same code runs
 * at build time (src/i18n/index.ts) and in the page scripts (exit control, search), which get the
 * table's words from their markup and never carry a copy of the table.
 */

/** Plural categories of Intl.PluralRules; a language's table gives the forms its rules use. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A plural entry: one template per plural category; `other` is always needed. */
export type PluralForms = { [C in PluralCategory]?: string | undefined } & { other: string };

/** Values a template may take. */
export type TemplateValues = Record<string, string | number>;

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** The placeholder names in a template, in order: "Shift pressed {count} times" → ["count"]. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/**
 * A template with its `{name}` placeholders filled. Throws, naming the key, when a value is
 * missing, is not a finite number, or is not used, so composed text never shows "undefined",
 * "NaN" or braces.
 */
export function fill(key: string, template: string, values: TemplateValues = {}, mayLeaveOut: readonly string[] = []): string {
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) throw new Error(`Interface text "${key}" has a stray brace: ${template}`);
  const used = new Set<string>();
  const text = template.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Interface text "${key}" needs a value for {${name}}`);
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`Interface text "${key}" got ${value} for {${name}}`);
    used.add(name);
    return String(value);
  });
  const unused = Object.keys(values).filter((name) => !used.has(name) && !mayLeaveOut.includes(name));
  if (unused.length) throw new Error(`Interface text "${key}" has no {${unused.join('}, {')}} to fill`);
  return text;
}

/** The form of a plural entry for `count` in `locale`, filled with `count` and any other values. */
export function fillPlural(key: string, forms: PluralForms, count: number, locale: string, values: TemplateValues = {}): string {
  if (!Number.isFinite(count)) throw new Error(`Interface text "${key}" got ${count} as its count`);
  const category = new Intl.PluralRules(locale).select(count) as PluralCategory;
  const template = forms[category] ?? forms.other;
  // A form may say the number in words ("Show one more result"), so {count} is optional.
  return fill(key, template, { count, ...values }, ['count']);
}
