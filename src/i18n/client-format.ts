/**
 * In the browser: the compiled messages of the page's locale (src/i18n/client-messages.ts makes
 * the module at build time; its address comes from the page), loaded once per address and used
 * through `formatWith`, which checks the values as the build does: every argument the message
 * names, no other, and no `undefined` or `NaN`.
 */
import type { TextKey } from './schema';
import type { MessageValues } from './messages';

export type { MessageValues } from './messages';

/** The module: the messages as functions, and each one's arguments. */
export interface ClientMessages {
  default: Readonly<Record<string, (values: MessageValues) => string>>;
  args: Readonly<Record<string, readonly string[]>>;
}

/** A message of the page's locale, composed with its values. */
export type Format = (key: TextKey, values: MessageValues) => string;

const loading = new Map<string, Promise<ClientMessages>>();

/** The module at `href`, loaded once however many islands ask. */
export function loadMessages(href: string, get: (url: string) => Promise<ClientMessages> = (url) => import(/* @vite-ignore */ url)): Promise<ClientMessages> {
  let module = loading.get(href);
  if (!module) {
    module = get(href);
    loading.set(href, module);
    // A failed load may be tried again (a reload of the island, a later search).
    module.catch(() => loading.delete(href));
  }
  return module;
}

/** A formatter over a loaded module; throws, naming the key, on a message it lacks or a wrong value. */
export function formatWith(messages: ClientMessages): Format {
  return (key, values) => {
    const run = messages.default[key];
    const args = messages.args[key];
    if (!run || !args) throw new Error(`The page's compiled messages have no "${key}"`);
    for (const name of args) {
      const value = values[name];
      if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) throw new Error(`Interface text "${key}" got ${String(value)} for {${name}}`);
    }
    const unused = Object.keys(values).filter((name) => !args.includes(name));
    if (unused.length) throw new Error(`Interface text "${key}" has no {${unused.join('}, {')}} to fill`);
    return run(values);
  };
}
