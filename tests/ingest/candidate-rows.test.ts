/**
 * The student rows of a read before matching, column by column (candidate-rows.ts): each row's
 * ID, name, codes, ledger entry, key, scores and note come back by index, past the capacity the
 * columns were made with; `student(row)` turns the codes back into names and `--by` values;
 * `fillBlanks` gives a pre row what only its post row has; and `trim()` leaves the columns at the
 * rows that came.
 */
import { describe, expect, it } from 'vitest';
import { CandidateRows } from '../../src/ingest/candidate-rows.js';
import { GroupSets, TextCodes } from '../../src/ingest/codes.js';

describe('CandidateRows', () => {
  it('keeps each row’s student, entry, key, scores and note by index, past its first capacity', () => {
    const texts = new TextCodes();
    const sets = new GroupSets();
    const rows = new CandidateRows(texts, sets, 4);
    const strategies = [texts.codeOf('Number talks'), texts.codeOf('Business as usual')];
    const teachers = [texts.codeOf('Okafor'), texts.codeOf('Lindqvist'), texts.codeOf(null)];
    const ell = [sets.codeOf('ELL\u0000Y\u0000', () => ({ ELL: 'Y' })), sets.codeOf('ELL\u0000N\u0000', () => ({ ELL: 'N' }))];
    for (let index = 0; index < 3000; index++) {
      const score = { kind: 'number' as const, value: index };
      const added = rows.add(
        `S${index}`,
        index % 5 === 0 ? null : `Name ${index}`,
        strategies[index % 2],
        teachers[index % 3],
        index === 2999 ? texts.codeOf('P3') : -1,
        ell[index % 2],
        2 * index,
        `s${index}`,
        index % 2 === 0 ? score : null,
        score,
        index === 2999 ? 'a note' : undefined,
      );
      expect(added).toBe(index);
    }
    expect(rows.length).toBe(3000);
    expect(rows.ids[2500]).toBe('S2500');
    expect(rows.names[2500]).toBeNull();
    expect(rows.names[2501]).toBe('Name 2501');
    expect(rows.entry(2999)).toBe(5998);
    expect(rows.entry(3)).toBe(6); // written before the first growth, kept through it
    expect(rows.keys[7]).toBe('s7');
    expect(rows.preScores[7]).toBeNull();
    expect(rows.preScores[8]).toEqual({ kind: 'number', value: 8 });
    expect(rows.postScores[7]).toEqual({ kind: 'number', value: 7 });
    expect(rows.note(2999)).toBe('a note');
    expect(rows.note(0)).toBeUndefined();
    // The code columns, at the rows' length, each row's codes where they were written.
    for (const column of [rows.strategies, rows.teachers, rows.sections, rows.groups]) expect(column).toHaveLength(3000);
    expect([...rows.strategies.subarray(0, 4)]).toEqual([0, 1, 0, 1]);
    expect([...rows.teachers.subarray(0, 4)]).toEqual([2, 3, -1, 2]);
    expect([...rows.sections.subarray(2997)]).toEqual([-1, -1, 4]); // P3, numbered after the other four names
    expect([...rows.groups.subarray(0, 3)]).toEqual([1, 2, 1]);
    expect(rows.texts).toBe(texts);
    expect(rows.groupSets).toBe(sets);
  });

  it('gives a row’s student, without scores, its codes turned back into names and `--by` values', () => {
    const texts = new TextCodes();
    const sets = new GroupSets();
    const rows = new CandidateRows(texts, sets);
    const groups = sets.codeOf(GroupSets.keyOf({ ELL: 'Y', Grade: '7' }), () => ({ ELL: 'Y', Grade: '7' }));
    rows.add('007', 'Ames, Ada', texts.codeOf('Number talks'), texts.codeOf('Kim'), texts.codeOf('P2'), groups, 0, '007', { kind: 'number', value: 10 }, null);
    rows.add('008', null, -1, -1, -1, 0, 1, '008', null, { kind: 'number', value: 15 });
    expect(rows.student(0)).toEqual({ id: '007', name: 'Ames, Ada', strategy: 'Number talks', teacher: 'Kim', section: 'P2', groups: { ELL: 'Y', Grade: '7' } });
    expect(rows.student(1)).toEqual({ id: '008', name: null, strategy: null, teacher: null, section: null, groups: {} });
    // Rows with the same --by values share the one (read-only) set.
    expect(rows.student(0).groups).toBe(sets.sets[groups]);
    expect(rows.student(1).groups).toBe(sets.sets[0]);
    expect(Object.isFrozen(rows.student(0).groups)).toBe(true);
    // The code columns are views: a row's code changed in place is the row's.
    rows.teachers[1] = texts.codeOf('Lee');
    expect(rows.student(1).teacher).toBe('Lee');
  });

  it('fills a pre row’s blank ID, name, codes and `--by` values from its post row, and keeps what it has', () => {
    const texts = new TextCodes();
    const sets = new GroupSets();
    const rows = new CandidateRows(texts, sets);
    const set = (groups: Record<string, string>) => sets.codeOf(GroupSets.keyOf(groups), () => groups);
    const pre = rows.add('', null, -1, texts.codeOf('Okafor'), -1, set({ ELL: 'Y', Grade: '' }), 0, 'k', null, null);
    const post = rows.add('S1', 'Ada Berg', texts.codeOf('Number talks'), texts.codeOf('Lindqvist'), texts.codeOf('P2'), set({ ELL: 'N', Grade: '4', IEP: 'N' }), 1, 'k', null, null);
    rows.fillBlanks(pre, post);
    expect(rows.student(pre)).toEqual({ id: 'S1', name: 'Ada Berg', strategy: 'Number talks', teacher: 'Okafor', section: 'P2', groups: { ELL: 'Y', Grade: '4', IEP: 'N' } });
    // The post row is unchanged, and the same merge gives the same set.
    expect(rows.student(post).groups).toEqual({ ELL: 'N', Grade: '4', IEP: 'N' });
    const again = rows.add('', null, -1, -1, -1, set({ ELL: 'Y', Grade: '' }), 2, 'k', null, null);
    rows.fillBlanks(again, post);
    expect(rows.groups[again]).toBe(rows.groups[pre]);
  });

  it('trims the columns made for the expected rows to the rows that came', () => {
    const rows = new CandidateRows(new TextCodes(), new GroupSets(), 100);
    for (let index = 0; index < 3; index++) rows.add(`S${index}`, null, -1, -1, -1, 0, index, `s${index}`, null, null);
    expect(rows.ids).toHaveLength(100); // allocated at the expected rows
    rows.trim();
    for (const column of [rows.ids, rows.names, rows.keys, rows.preScores, rows.postScores]) expect(column).toHaveLength(3);
    expect(rows.ids).toEqual(['S0', 'S1', 'S2']);
    expect(rows.keys).toEqual(['s0', 's1', 's2']);
    expect(rows.names).toEqual([null, null, null]);
    expect(rows.strategies).toHaveLength(3);
    expect(rows.entry(2)).toBe(2);
    // More rows still fit after a trim.
    expect(rows.add('S3', 'Bo', -1, -1, -1, 0, 3, 's3', null, null)).toBe(3);
    expect(rows.ids).toEqual(['S0', 'S1', 'S2', 'S3']);
    expect(rows.student(3)).toMatchObject({ id: 'S3', name: 'Bo' });
  });
});
