/**
 * The flow, question by question (smart-answers style): every answer to every
 * question leads to the intended next step. Uses the pure transition functions.
 */
import { describe, expect, it } from 'vitest';
import {
  answersComplete,
  behaviourOptions,
  placeOptions,
  initialContext,
  questionIds,
  singleChoiceOptions,
  guideMachine,
} from '../../src/machines/guide';
import { answer, at, back, change, cont, restart, run, start, stepOf, typicalAnswers, eventsUpTo } from './helpers';

describe('danger', () => {
  it('starts here with nothing answered', () => {
    expect(stepOf(start())).toBe('danger');
    expect(start().context).toEqual(initialContext());
  });
  it('yes → the emergency screen', () => {
    expect(stepOf(run([answer('yes')]))).toBe('emergency');
  });
  it('no → who', () => {
    expect(stepOf(run([answer('no')]))).toBe('who');
  });
  it('an empty or unknown answer stays and records nothing', () => {
    for (const bad of ['', 'maybe', [], ['yes']]) {
      const s = run([answer(bad)]);
      expect(stepOf(s)).toBe('danger');
      expect(s.context.answers).toEqual({});
    }
  });
  it('has no Back from the first question', () => {
    expect(start().can(back)).toBe(false);
  });
});

describe('emergency', () => {
  it('"I am safe to continue" → who, keeping the danger answer', () => {
    const s = run([answer('yes'), cont]);
    expect(stepOf(s)).toBe('who');
    expect(s.context.answers.danger).toBe('yes');
  });
  it('Back → danger', () => {
    expect(stepOf(run([answer('yes'), back]))).toBe('danger');
  });
  it('Back from who after the emergency screen → emergency', () => {
    expect(stepOf(run([answer('yes'), cont, back]))).toBe('emergency');
  });
});

describe('who', () => {
  it.each(singleChoiceOptions.who)('%s → where', (value) => {
    const s = run([answer(value)], at('who'));
    expect(stepOf(s)).toBe('where');
    expect(s.context.answers.who).toBe(value);
  });
  it('Back → danger', () => expect(stepOf(run([back], at('who')))).toBe('danger'));
  it('no answer stays', () => expect(stepOf(run([answer('')], at('who')))).toBe('who'));
});

describe('where', () => {
  it.each(['england', 'wales'] as const)('%s → behaviours', (value) => {
    expect(stepOf(run([answer(value)], at('where')))).toBe('behaviours');
  });
  it.each(['scotland', 'northern-ireland', 'elsewhere'] as const)('%s → the out-of-scope result', (value) => {
    const s = run([answer(value)], at('where'));
    expect(stepOf(s)).toBe('out-of-scope');
    expect(s.context.answers.where).toBe(value);
  });
  it('Back → who', () => expect(stepOf(run([back], at('where')))).toBe('who'));
  it('Back from out-of-scope → where', () => expect(stepOf(run([answer('scotland'), back], at('where')))).toBe('where'));
});

describe('behaviours', () => {
  it.each(behaviourOptions)('%s alone → places', (value) => {
    const s = run([answer([value])], at('behaviours'));
    expect(stepOf(s)).toBe('places');
    expect(s.context.answers.behaviours).toEqual([value]);
  });
  it('several at once → places, all kept', () => {
    const s = run([answer(['tracking', 'online', 'threats'])], at('behaviours'));
    expect(stepOf(s)).toBe('places');
    expect(s.context.answers.behaviours).toEqual(['tracking', 'online', 'threats']);
  });
  it('none ticked, a single string, an unknown value or a repeat stays', () => {
    for (const bad of [[], 'following', ['following', 'flying'], ['following', 'following']]) {
      expect(stepOf(run([answer(bad)], at('behaviours')))).toBe('behaviours');
    }
  });
  it('Back → where', () => expect(stepOf(run([back], at('behaviours')))).toBe('where'));
});

describe('places', () => {
  it.each(placeOptions)('%s alone → repeated', (value) => {
    const s = run([answer([value])], at('places'));
    expect(stepOf(s)).toBe('repeated');
    expect(s.context.answers.places).toEqual([value]);
  });
  it('several at once → repeated, all kept', () => {
    const s = run([answer(['work', 'study', 'online'])], at('places'));
    expect(stepOf(s)).toBe('repeated');
    expect(s.context.answers.places).toEqual(['work', 'study', 'online']);
  });
  it('none ticked, a single string, an unknown value, a behaviour or a repeat stays', () => {
    for (const bad of [[], 'work', ['work', 'moon'], ['following'], ['work', 'work']]) {
      expect(stepOf(run([answer(bad)], at('places')))).toBe('places');
    }
  });
  it('Back → behaviours', () => expect(stepOf(run([back], at('places')))).toBe('behaviours'));
});

describe('repeated', () => {
  it.each(singleChoiceOptions.repeated)('%s → relationship', (value) => {
    expect(stepOf(run([answer(value)], at('repeated')))).toBe('relationship');
  });
  it('Back → places', () => expect(stepOf(run([back], at('repeated')))).toBe('places'));
});

describe('relationship', () => {
  it.each(singleChoiceOptions.relationship)('%s → police', (value) => {
    expect(stepOf(run([answer(value)], at('relationship')))).toBe('police');
  });
  it('Back → repeated', () => expect(stepOf(run([back], at('relationship')))).toBe('repeated'));
});

describe('police', () => {
  it('yes → what the police have done', () => {
    expect(stepOf(run([answer('yes')], at('police')))).toBe('police-response');
  });
  it.each(['no', 'not-sure'] as const)('%s → order (no question about what the police did)', (value) => {
    expect(stepOf(run([answer(value)], at('police')))).toBe('order');
  });
  it('Back → relationship', () => expect(stepOf(run([back], at('police')))).toBe('relationship'));
});

describe('police-response', () => {
  it.each(singleChoiceOptions['police-response'])('%s → order', (value) => {
    const s = run([answer(value)], at('police-response'));
    expect(stepOf(s)).toBe('order');
    expect(s.context.answers['police-response']).toBe(value);
  });
  it('an unknown answer stays', () => expect(stepOf(run([answer('no')], at('police-response')))).toBe('police-response'));
  it('Back → police', () => expect(stepOf(run([back], at('police-response')))).toBe('police'));
  it('changing police to "no" drops the answer about what they did', () => {
    const s = run([back, back, answer('no')], run([answer('said-no')], at('police-response')));
    expect(stepOf(s)).toBe('order');
    expect(s.context.answers['police-response']).toBeUndefined();
  });
});

describe('order', () => {
  it('none → check-answers (no breach question)', () => {
    expect(stepOf(run([answer('none')], at('order')))).toBe('check-answers');
  });
  it.each(['interim-spo', 'spo', 'other', 'not-sure'] as const)('%s → breach', (value) => {
    expect(stepOf(run([answer(value)], at('order')))).toBe('breach');
  });
  it('Back → what the police have done when they were told, → police when not', () => {
    expect(stepOf(run([back], at('order')))).toBe('police-response');
    expect(stepOf(run([answer('no'), back], at('police')))).toBe('police');
  });
});

describe('breach', () => {
  it.each(singleChoiceOptions.breach)('%s → check-answers', (value) => {
    const s = run([answer(value)], at('breach'));
    expect(stepOf(s)).toBe('check-answers');
    expect(s.context.answers.breach).toBe(value);
  });
  it('Back → order', () => expect(stepOf(run([back], at('breach')))).toBe('order'));
});

describe('check-answers', () => {
  const check = () => run(eventsUpTo('check-answers'));
  it('holds every answer given', () => {
    expect(check().context.answers).toEqual(typicalAnswers);
    expect(answersComplete(check().context.answers)).toBe(true);
  });
  it('Continue → result', () => expect(stepOf(run([cont], check()))).toBe('result'));
  it('Back → order when there is no breach question, → breach when there is', () => {
    expect(stepOf(run([back], check()))).toBe('order');
    expect(stepOf(run([answer('no'), back], at('breach')))).toBe('breach');
  });
  it.each(questionIds.filter((q) => q !== 'breach'))('Change %s goes to that question, and answering returns here', (q) => {
    const s = run([change(q)], check());
    expect(stepOf(s)).toBe(q);
    expect(s.context.changing).toBe(true);
    const value = q === 'behaviours' ? ['threats'] : q === 'places' ? ['work'] : q === 'where' ? 'wales' : q === 'danger' ? 'no' : q === 'order' ? 'none' : singleChoiceOptions[q as Exclude<typeof q, 'behaviours' | 'places'>][1];
    const after = run([answer(value)], s);
    expect(stepOf(after)).toBe('check-answers');
    expect(after.context.changing).toBe(false);
    expect(after.context.answers[q]).toEqual(value);
  });
  it('Change breach is offered only when the breach question applies', () => {
    expect(stepOf(run([change('breach')], check()))).toBe('check-answers');
    const withOrder = run([answer('yes')], at('breach'));
    expect(stepOf(run([change('breach'), answer('no')], withOrder))).toBe('check-answers');
  });
  it('Changing the order to one that needs the breach question asks it, then returns here', () => {
    const s = run([change('order'), answer('spo')], check());
    expect(stepOf(s)).toBe('breach');
    const after = run([answer('not-sure')], s);
    expect(stepOf(after)).toBe('check-answers');
    expect(after.context.answers).toMatchObject({ order: 'spo', breach: 'not-sure' });
  });
  it('Changing the order to none drops the breach answer', () => {
    const s = run([answer('yes'), change('order'), answer('none')], at('breach'));
    expect(stepOf(s)).toBe('check-answers');
    expect(s.context.answers.breach).toBeUndefined();
  });
  it('Changing danger to yes shows the emergency screen, then returns here', () => {
    const s = run([change('danger'), answer('yes')], check());
    expect(stepOf(s)).toBe('emergency');
    expect(stepOf(run([cont], s))).toBe('check-answers');
  });
  it('Changing where to Scotland ends at the out-of-scope result', () => {
    expect(stepOf(run([change('where'), answer('scotland')], check()))).toBe('out-of-scope');
  });
  it('Back while changing returns here without changing the answer', () => {
    const s = run([change('police'), back], check());
    expect(stepOf(s)).toBe('check-answers');
    expect(s.context.answers.police).toBe('yes');
  });
});

describe('result', () => {
  const result = () => run([...eventsUpTo('check-answers'), cont]);
  it('Back → check-answers', () => expect(stepOf(run([back], result()))).toBe('check-answers'));
  it('Start again → danger with nothing answered', () => {
    const s = run([restart], result());
    expect(stepOf(s)).toBe('danger');
    expect(s.context).toEqual(initialContext());
  });
  it('the result cannot be reached before every question is answered', () => {
    expect(stepOf(run([cont], at('order')))).toBe('order');
  });
});

describe('changing an answer (issue 14: Change returns to Check your answers)', () => {
  const check = () => run(eventsUpTo('check-answers'));
  it('Change where → Scotland → Back → England returns to Check your answers, not through every question', () => {
    const s = run([change('where'), answer('scotland')], check());
    expect(stepOf(s)).toBe('out-of-scope');
    expect(s.context.changing).toBe(true);
    const backAgain = run([back], s);
    expect(stepOf(backAgain)).toBe('where');
    const after = run([answer('england')], backAgain);
    expect(stepOf(after)).toBe('check-answers');
    expect(after.context.changing).toBe(false);
    expect(after.context.answers.where).toBe('england');
  });
  it('Back from a question before the place while the place is out of scope asks the place again', () => {
    const s = run([change('where'), answer('scotland'), back, back], check());
    expect(stepOf(s)).toBe('who');
    expect(stepOf(run([answer('supporter')], s))).toBe('where');
  });
  it('Change order → an order → Back → None returns to Check your answers', () => {
    const s = run([change('order'), answer('interim-spo')], check());
    expect(stepOf(s)).toBe('breach');
    const backed = run([back], s);
    expect(stepOf(backed)).toBe('order');
    expect(stepOf(run([answer('none')], backed))).toBe('check-answers');
    expect(stepOf(run([answer('other')], backed))).toBe('breach');
  });
  it('Change danger → yes → Back → no returns to Check your answers', () => {
    const s = run([change('danger'), answer('yes'), back], check());
    expect(stepOf(s)).toBe('danger');
    expect(stepOf(run([answer('no')], s))).toBe('check-answers');
  });
  it('a fresh answer to an earlier question after Back goes straight on, as before', () => {
    const s = run([back, back], at('relationship'));
    expect(stepOf(s)).toBe('places');
    expect(stepOf(run([answer(['work'])], s))).toBe('repeated');
  });
  it('the question states are generated from the question list: each has its answers and Back', () => {
    for (const q of questionIds) {
      const node = guideMachine.root.states[q];
      expect(node, q).toBeDefined();
      expect(Object.keys(node!.config.on ?? {}).sort(), q).toEqual(['guide.answer', 'guide.back']);
    }
  });
});
