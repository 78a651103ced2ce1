import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { READ_ATTRIBUTES, STRINGS_ATTRIBUTE, uiPartsOf } from './pseudo-check';

/** Elements whose text is not interface text: code. */
const SKIPPED_TAGS = new Set(['script', 'style']);

/**
 * The interface words of a page as people read or hear them, one entry per element's own text (its text
 * nodes, with its inline children's), each read attribute, and each word of a page script's JSON: every
 * part of the page but its content (`data-content`, except the `data-ui` parts inside it) and what is
 * marked as being in another language than `lang` (the link to the English page, named in English).
 */
export function interfaceTexts(body: HTMLElement, lang: string): string[] {
  const texts: string[] = [];
  const add = (text: string) => {
    const said = text.replace(/\s+/g, ' ').trim();
    if (/\p{L}/u.test(said)) texts.push(said);
  };
  const visit = (node: Node) => {
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.tagName?.toLowerCase() ?? '';
    if (SKIPPED_TAGS.has(tag)) return;
    const own = el.getAttribute('lang');
    if (own && own !== lang) return;
    if (tag === 'noscript') {
      for (const child of parse(el.innerHTML).childNodes) visit(child);
      return;
    }
    if (el.hasAttribute('data-content')) {
      for (const part of uiPartsOf(el)) visit(part);
      return;
    }
    for (const [name, value] of Object.entries(el.attributes)) {
      if (READ_ATTRIBUTES.includes(name)) add(value);
      if (STRINGS_ATTRIBUTE.test(name)) {
        for (const v of Object.values(JSON.parse(value) as Record<string, unknown>)) {
          if (typeof v === 'string') add(v);
          else for (const form of Object.values(v as Record<string, string>)) add(form);
        }
      }
    }
    add(el.childNodes.filter((child) => child.nodeType === NodeType.TEXT_NODE).map((child) => child.text).join(' '));
    for (const child of el.childNodes) visit(child);
  };
  visit(body);
  return texts;
}
