/**
 * The walk fixture (test/support/guide-walks.ts) is derived from the machine: these checks hold it
 * to the routes, so the browser and pseudo-locale tests that take their walks from it walk real paths.
 */
import { describe, expect, it } from 'vitest';
import { answersOf, situations, walkFor, walkOf, type SituationName } from '../support/guide-walks';

describe('walks derived from the machine', () => {
  it('walks the typical answers through every question that applies, then Check your answers, to the result', () => {
    const walk = walkOf('typical');
    expect(walk.moves.map((m) => m.step)).toEqual(['danger', 'who', 'where', 'behaviours', 'places', 'repeated', 'relationship', 'police', 'police-response', 'order', 'check-answers']);
    expect(walk.end).toBe('result');
    expect(answersOf(walk)[3]).toEqual(['behaviours', ['following']]);
  });

  it('presses the danger screen’s button after “yes” to danger, and asks about a breach only when there is an order', () => {
    expect(walkOf('danger yes').moves.slice(0, 3).map((m) => `${m.step}:${m.kind}`)).toEqual(['danger:answer', 'emergency:continue', 'who:answer']);
    expect(walkOf('England, interim order, broken').moves.map((m) => m.step)).toContain('breach');
    expect(walkOf('typical').moves.map((m) => m.step)).not.toContain('breach');
  });

  it('asks what the police have done only when they were told', () => {
    expect(walkOf('police said no').moves.map((m) => m.step)).toContain('police-response');
    expect(walkOf('unknown person online').moves.map((m) => m.step)).not.toContain('police-response');
  });

  it('ends on the page for people outside England and Wales after three questions', () => {
    for (const name of ['Scotland', 'Northern Ireland', 'elsewhere'] as const) {
      expect(walkOf(name)).toEqual({ moves: expect.any(Array), end: 'out-of-scope' });
      expect(walkOf(name).moves).toHaveLength(3);
    }
  });

  it('fails, naming the question, when the answers leave a question the route asks unanswered', () => {
    expect(() => walkFor({ danger: 'no', who: 'me', where: 'england' })).toThrow('"behaviours"');
    expect(() => walkFor({ ...situations.typical, order: 'spo' })).toThrow('"breach"');
  });

  it('fails when an answer is not one the machine accepts', () => {
    expect(() => walkFor({ ...situations.typical, who: 'nobody' as 'me' })).toThrow(/did not move from "who"/);
  });

  it('every named situation walks to an end', () => {
    for (const name of Object.keys(situations) as SituationName[]) expect(['result', 'out-of-scope']).toContain(walkOf(name).end);
  });
});
