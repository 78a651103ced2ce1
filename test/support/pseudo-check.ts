import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../src/i18n/pseudo';

/** Attributes whose values people read or hear. */
export const READ_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder', 'data-search-label', 'data-search-button'];
/** Attributes holding interface words for page scripts, as JSON (Strings.payload in src/i18n). */
export const STRINGS_ATTRIBUTE = /^data-[a-z-]+-strings$/;
/** Elements whose text is not interface text: code, and dates (formatted by Intl in the page's locale). */
const SKIPPED_TAGS = new Set(['script', 'style', 'time']);

/** The outermost parts marked `data-ui` inside a content element: interface words within content. */
export function uiPartsOf(el: HTMLElement): HTMLElement[] {
  const inner = el.querySelectorAll('[data-ui]');
  return inner.filter((part) => !inner.some((other) => other !== part && other.querySelectorAll('[data-ui]').includes(part)));
}

/** Whether a string is wholly wrapped: no letter outside ⟦ ⟧, and the brackets balance. */
export function isWrapped(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === PSEUDO_OPEN) depth += 1;
    else if (c === PSEUDO_CLOSE) depth -= 1;
    else if (depth === 0 && /\p{L}/u.test(c)) return false;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** A short description of where a node is, for failure messages. */
function where(node: Node): string {
  const path: string[] = [];
  for (let el = node.parentNode as HTMLElement | null; el && el.tagName && path.length < 3; el = el.parentNode as HTMLElement | null) {
    const cls = el.getAttribute('class');
    path.unshift(`${el.tagName.toLowerCase()}${cls ? `.${cls.split(/\s+/)[0]}` : ''}`);
  }
  return path.join(' > ');
}

/**
 * Interface text on a pseudo-locale page that did not come through the table: text with a letter
 * outside ⟦ ⟧. A template's brackets may open and close around a slot (a link, a phone link), but
 * the slot's own words must be wrapped too, and brackets must balance within each element. Left out:
 * elements marked `data-content` (a guidance page's article with its MDX, page titles, summaries
 * and other words from content files or records) except the parts inside them marked `data-ui`,
 * dates, scripts and styles, words marked as another language (`lang`: the link to the same page in
 * English, named in English), and what `skip` names. A <noscript>'s content (text to
 * the parser) is parsed and checked like the rest.
 */
export function unwrappedText(body: HTMLElement, skip: (el: HTMLElement) => boolean = () => false): string[] {
  const problems: string[] = [];
  let depth = 0;
  let outside = '';
  let outsideAt = '';
  const flush = () => {
    if (/\p{L}/u.test(outside)) problems.push(`${outsideAt}: "${outside.trim().replace(/\s+/g, ' ').slice(0, 80)}"`);
    outside = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      for (const c of node.text) {
        if (c === PSEUDO_OPEN) {
          if (depth === 0) flush();
          depth += 1;
        } else if (c === PSEUDO_CLOSE) {
          depth -= 1;
          if (depth < 0) {
            problems.push(`${where(node)}: a ${PSEUDO_CLOSE} with no ${PSEUDO_OPEN}`);
            depth = 0;
          }
        } else if (depth === 0) {
          if (!outside) outsideAt = where(node);
          outside += c;
        }
      }
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.tagName?.toLowerCase() ?? '';
    if (SKIPPED_TAGS.has(tag) || skip(el)) return;
    const lang = el.getAttribute('lang');
    if (lang && lang !== 'en-XA') return;
    if (tag === 'noscript') {
      // The parser keeps a <noscript>'s markup as text: read it as the markup it is.
      for (const child of parse(el.innerHTML).childNodes) visit(child);
      return;
    }
    if (el.hasAttribute('data-content')) {
      // Content, except the interface parts marked data-ui inside it (a guidance page's summary
      // heading and contents list, a service card in the MDX): those are checked as usual.
      for (const part of uiPartsOf(el)) visit(part);
      return;
    }
    for (const [name, value] of Object.entries(el.attributes)) {
      if (READ_ATTRIBUTES.includes(name) && !isWrapped(value)) problems.push(`${tag}[${name}]: "${value.slice(0, 80)}"`);
      if (STRINGS_ATTRIBUTE.test(name)) {
        const strings = Object.entries(JSON.parse(value) as Record<string, unknown>).flatMap(([key, v]) =>
          typeof v === 'string' ? [[key, v] as const] : Object.values(v as Record<string, string>).map((form) => [key, form] as const),
        );
        for (const [key, text] of strings) if (!isWrapped(text)) problems.push(`${tag}[${name}] ${key}: "${text.slice(0, 80)}"`);
      }
    }
    // Each element's own text must be wrapped on its own: a template's brackets may hold a slot
    // (a link, a phone link), but the slot's words need brackets of their own.
    flush();
    const saved = depth;
    depth = 0;
    for (const child of el.childNodes) visit(child);
    flush();
    if (depth !== 0) problems.push(`${tag}.${el.getAttribute('class') ?? ''}: its brackets do not balance`);
    depth = saved;
  };
  visit(body);
  return problems;
}
