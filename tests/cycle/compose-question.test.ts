import { describe, expect, it } from 'vitest';
import { composeQuestion, joinWithAnd } from '../../src/cycle/compose-question.js';

describe('composeQuestion', () => {
  it('asks the issue\'s question for one strategy', () => {
    expect(composeQuestion('slow math fact recall', ['Whiteboard fluency'], null)).toBe('What impact will Whiteboard fluency have on slow math fact recall?');
  });

  it('names several strategies and the comparison group, not the reference as a strategy', () => {
    expect(composeQuestion('Weak fraction sense.', ['Whiteboard fluency', 'Number talks', 'Business as usual'], 'Business as usual')).toBe(
      'What impact will Whiteboard fluency and Number talks have on weak fraction sense, compared with Business as usual?',
    );
  });

  it('keeps an acronym at the start of the problem', () => {
    expect(composeQuestion('ELL students\' reading fluency', ['Paired reading'], null)).toBe('What impact will Paired reading have on ELL students\' reading fluency?');
  });

  it('joins lists in English', () => {
    expect(joinWithAnd(['A'])).toBe('A');
    expect(joinWithAnd(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
