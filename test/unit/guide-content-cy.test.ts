/**
 * The guide's questions and screens in Welsh (src/content/translations/cy/guide.json, issue 29 point 4):
 * the strict schema takes the file, it has exactly the English file's keys (every question, option and
 * screen; a voiced string stays voiced, for the person being stalked and for someone helping them), and the
 * emergency screen's phone number is written in from the services record.
 */
import { describe, expect, it } from 'vitest';
import english from '../../src/content/guide/guide.json';
import welsh from '../../src/content/translations/cy/guide.json';
import { loadGuideSteps } from '../../src/lib/guide/content';
import { getService } from '../../src/data/support-services';

/** Every leaf's path, so a missing, extra or un-voiced string shows by name. */
const paths = (value: unknown, at = ''): string[] =>
  value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => paths(v, `${at}/${k}`)) : [at];

describe('the guide’s questions in Welsh', () => {
  it('pass the schema', () => {
    expect(() => loadGuideSteps(welsh, 'src/content/translations/cy/guide.json')).not.toThrow();
  });

  it('have exactly the English file’s keys, voices included', () => {
    expect(paths(welsh)).toEqual(paths(english));
  });

  it('say both voices differently where English does, and are not English', () => {
    const steps = loadGuideSteps(welsh);
    const known = steps.questions.relationship.options.known;
    expect(known?.label).toEqual({ you: 'Rhywun rydych chi’n ei nabod', they: 'Rhywun maen nhw’n ei nabod' });
    expect(steps.screens['check-answers'].title).toBe('Gwirio eich atebion');
    const all = paths(welsh).length;
    expect(all).toBeGreaterThan(50);
    const words = (value: unknown): string[] => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(words) : []);
    for (const text of words(welsh)) expect(text, text).not.toMatch(/\b(?:the|you|Select|Yes|answers|police)\b/);
  });

  it('have the emergency number written in from the services record', () => {
    const steps = loadGuideSteps(welsh);
    expect(steps.screens.emergency.callLabel).toBe(`Ffonio ${getService('emergency').phone!.display}`);
  });
});
