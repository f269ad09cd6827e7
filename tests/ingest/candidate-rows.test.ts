import { describe, expect, it } from 'vitest';
import { CandidateRows } from '../../src/ingest/candidate-rows.js';
import type { MatchedStudent } from '../../src/ingest/types.js';

const student = (id: string): MatchedStudent => ({ id, name: null, strategy: null, teacher: null, section: null, groups: {}, pre: 0, post: 0 });

describe('CandidateRows', () => {
  it('keeps each row’s student, entry, key, scores and note by index, past its first capacity', () => {
    const rows = new CandidateRows();
    for (let index = 0; index < 3000; index++) {
      const score = { kind: 'number' as const, value: index };
      expect(rows.add(student(`S${index}`), 2 * index, `s${index}`, index % 2 === 0 ? score : null, score, index === 2999 ? 'a note' : undefined)).toBe(index);
    }
    expect(rows.length).toBe(3000);
    expect(rows.students[2500].id).toBe('S2500');
    expect(rows.entry(2999)).toBe(5998);
    expect(rows.keys[7]).toBe('s7');
    expect(rows.preScores[7]).toBeNull();
    expect(rows.postScores[7]).toEqual({ kind: 'number', value: 7 });
    expect(rows.note(2999)).toBe('a note');
    expect(rows.note(0)).toBeUndefined();
  });
});
