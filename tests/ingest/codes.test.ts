/**
 * Codes for repeated values (codes.ts): `TextCodes` numbers distinct texts in the order first
 * seen, with -1 for none; `GroupSets` numbers distinct sets of `--by` values by their key, set 0
 * being the empty set every row without `--by` columns shares.
 */
import { describe, expect, it } from 'vitest';
import { GroupSets, TextCodes } from '../../src/ingest/codes.js';

describe('TextCodes', () => {
  it('numbers each distinct text in the order first seen, and gives null -1', () => {
    const texts = new TextCodes();
    expect(['Kim', 'Lee', 'Kim', 'kim', 'Lee', ''].map((text) => texts.codeOf(text))).toEqual([0, 1, 0, 2, 1, 3]);
    expect(texts.codeOf(null)).toBe(-1);
    expect(texts.texts).toEqual(['Kim', 'Lee', 'kim', '']); // null is not a text
    expect(texts.textOf(2)).toBe('kim');
    expect(texts.textOf(3)).toBe('');
    expect(texts.textOf(-1)).toBeNull();
  });
});

describe('GroupSets', () => {
  it('starts with the empty set as set 0, under the key of an empty set', () => {
    const sets = new GroupSets();
    expect(sets.sets).toEqual([{}]);
    expect(GroupSets.keyOf({})).toBe('');
    let made = 0;
    expect(sets.codeOf(GroupSets.keyOf({}), () => (made++, {}))).toBe(0);
    expect(made).toBe(0);
    expect(Object.isFrozen(sets.sets[0])).toBe(true);
  });

  it('numbers each distinct set once, made (and frozen) the first time its key is seen', () => {
    const sets = new GroupSets();
    const made: string[] = [];
    const codeOf = (set: Record<string, string>): number => sets.codeOf(GroupSets.keyOf(set), () => (made.push(GroupSets.keyOf(set)), { ...set }));
    expect(codeOf({ ELL: 'Y', Grade: '7' })).toBe(1);
    expect(codeOf({ ELL: 'N', Grade: '7' })).toBe(2);
    expect(codeOf({ ELL: 'Y', Grade: '7' })).toBe(1);
    expect(codeOf({ ELL: 'N', Grade: '7' })).toBe(2);
    expect(made).toHaveLength(2);
    expect(sets.sets).toEqual([{}, { ELL: 'Y', Grade: '7' }, { ELL: 'N', Grade: '7' }]);
    expect(Object.isFrozen(sets.sets[1])).toBe(true);
  });

  it('keys a set by its columns and values in order, blank values included', () => {
    expect(GroupSets.keyOf({ ELL: 'Y' })).toBe('ELL\u0000Y\u0000');
    expect(GroupSets.keyOf({ ELL: 'Y', Grade: '7' })).toBe('ELL\u0000Y\u0000Grade\u00007\u0000');
    expect(GroupSets.keyOf({ ELL: 'Y', Grade: '' })).not.toBe(GroupSets.keyOf({ ELL: 'Y' }));
    expect(GroupSets.keyOf({ ELL: '' })).not.toBe(GroupSets.keyOf({}));
    expect(GroupSets.keyOf({ ELL: 'Y' })).not.toBe(GroupSets.keyOf({ IEP: 'Y' }));
  });
});
