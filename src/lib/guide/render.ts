/**
 * The rendering step of the guide's result: the plan from ./decide.ts (sections and content keys)
 * turned into words from the validated content. Pure. It never falls back to a bare key: a key the
 * content does not hold throws, naming it (the schema already refuses such content at build time).
 */
import type { SupportServiceId } from '../../data/support-services';
import type { Answers } from '../../machines/guide';
import type { GuideContent } from '../../schemas/guide';
import { decideResult, type Block, type PlanOptions, type ResultPlan } from './decide';
import type { BlankId, ItemCollection, NextStepId, SectionId, ToolId, Voice } from './result-ids';
import { resultText, type ResultText } from './text';

/** A link in a section. */
export interface ResultLink {
  href: string;
  text: string;
}

/** One piece of a section, with every word filled in. */
export type ResultBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[]; style: 'bullet' | 'check' }
  | { kind: 'services'; ids: readonly SupportServiceId[] }
  | { kind: 'blanks'; blanks: { id: BlankId; label: string }[] }
  | { kind: 'links'; links: ResultLink[] }
  | { kind: 'action'; href: string; text: string };

/** One section of the result, with every word filled in. */
export interface ResultSection {
  id: SectionId;
  heading: string;
  blocks: ResultBlock[];
}

/** One of the next steps. */
export interface ResultNextStep {
  id: NextStepId;
  text: string;
  services: readonly SupportServiceId[];
}

/** The one button on the result's first screen. */
export interface ResultTool {
  id: ToolId;
  href: string;
  text: string;
}

/** The result: a guide for England and Wales, or what applies outside it. */
export interface ResultModel {
  kind: ResultPlan['kind'];
  nextStepsHeading: string;
  nextSteps: ResultNextStep[];
  tool: ResultTool;
  /** The helpline for the open-or-closed line, when the services offer one. */
  helpline?: SupportServiceId;
  sections: ResultSection[];
}

/** Looks a key up in a keyed part of the content; a missing key is an error naming it. */
function entry<T>(table: Readonly<Record<string, T>>, key: string, where: string): T {
  if (!Object.hasOwn(table, key)) throw new Error(`The guide's words have no "${key}" in ${where}`);
  return table[key]!;
}

/** Turns a plan into words. */
export function renderResult(plan: ResultPlan, content: GuideContent): ResultModel {
  const r = content.result;
  const voice: Voice = plan.voice;
  const say = (t: ResultText, extra?: Record<string, string>) => resultText(t, voice, content.figures, extra);

  const block = (section: SectionId, b: Block): ResultBlock => {
    const words = r.sections[section] as Readonly<Record<string, ResultText>>;
    switch (b.kind) {
      case 'paragraph':
        return { kind: 'paragraph', text: say(entry(words, b.key, `result.sections.${section}`)) };
      case 'list': {
        const table = r.items[b.collection as ItemCollection] as Readonly<Record<string, ResultText>>;
        return { kind: 'list', style: b.style, items: b.items.map((id) => say(entry(table, id, `result.items.${b.collection}`))) };
      }
      case 'services':
        return { kind: 'services', ids: b.ids };
      case 'blanks':
        return { kind: 'blanks', blanks: b.ids.map((id) => ({ id, label: entry(r.blanks, id, 'result.blanks') })) };
      case 'links':
        return { kind: 'links', links: entry(r.links, b.group, 'result.links').map((l) => ({ href: l.href, text: say(l.text) })) };
      case 'action':
        return { kind: 'action', href: b.href, text: say(r.tools.letter.text) };
    }
  };

  return {
    kind: plan.kind,
    nextStepsHeading: say(r.nextSteps.heading),
    nextSteps: plan.nextSteps.map((id) => ({
      id,
      text: say(entry(r.nextSteps.items, id, 'result.nextSteps.items')),
      services: entry(plan.calls, id, 'plan.calls'),
    })),
    ...(plan.helpline ? { helpline: plan.helpline } : {}),
    tool: { id: plan.tool, href: entry(r.tools, plan.tool, 'result.tools').href, text: say(entry(r.tools, plan.tool, 'result.tools').text) },
    sections: plan.sections.map((s) => ({
      id: s.id,
      heading: say(r.sections[s.id].heading),
      blocks: s.blocks.map((b) => block(s.id, b)),
    })),
  };
}

/** Decides and renders the whole result for the answers. */
export function composeResult(answers: Answers, content: GuideContent, options: PlanOptions): ResultModel {
  return renderResult(decideResult(answers, options), content);
}
