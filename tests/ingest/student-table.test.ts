/**
 * The matched students as columns (student-table.ts): student i is the candidate row `rows[i]`,
 * its names and `--by` values read back through the codes, its scores kept by row; `at`,
 * `toArray` and iteration give the same `MatchedStudent` objects the students were made from.
 */
import { describe, expect, it } from 'vitest';
import { CandidateRows } from '../../src/ingest/candidate-rows.js';
import { GroupSets, TextCodes } from '../../src/ingest/codes.js';
import { StudentTable } from '../../src/ingest/student-table.js';
import type { MatchedStudent } from '../../src/ingest/types.js';

const ada: MatchedStudent = { id: '007', name: 'Ames, Ada', strategy: 'Number talks', teacher: 'Kim', section: 'P2', groups: { ELL: 'Y' }, pre: 10, post: 14 };
const ben: MatchedStudent = { id: '008', name: null, strategy: null, teacher: null, section: null, groups: {}, pre: 12.5, post: -0 };
const cy: MatchedStudent = { id: '009', name: 'Cy', strategy: 'Number talks', teacher: 'Lee', section: 'P2', groups: { ELL: 'N' }, pre: 0, post: 40 };

describe('StudentTable', () => {
  it('gives back the students it was made from, by index, as an array and by iterating', () => {
    const table = StudentTable.from([ada, ben, cy]);
    expect(table).toHaveLength(3);
    expect(table.at(0)).toEqual(ada);
    expect(table.at(2)).toEqual(cy);
    expect(table.toArray()).toEqual([ada, ben, cy]);
    expect([...table]).toEqual([ada, ben, cy]);
    const ids: string[] = [];
    for (const student of table) ids.push(student.id);
    expect(ids).toEqual(['007', '008', '009']);
    // A new object each time: changing one changes nothing in the table.
    expect(table.at(0)).not.toBe(table.at(0));
    table.at(0).pre = 99;
    expect(table.at(0).pre).toBe(10);
    expect(() => table.at(3)).toThrow(RangeError);
    expect(() => table.at(-1)).toThrow(RangeError);
    expect(StudentTable.from([]).toArray()).toEqual([]);
  });

  it('keeps the students column by column: codes into one list of names, -1 for none', () => {
    const table = StudentTable.from([ada, ben, cy]);
    expect([...table.rows]).toEqual([0, 1, 2]);
    expect(table.ids).toEqual(['007', '008', '009']);
    expect(table.names).toEqual(['Ames, Ada', null, 'Cy']);
    expect(table.texts).toEqual(['Number talks', 'Kim', 'P2', 'Lee']);
    expect([...table.strategies]).toEqual([0, -1, 0]);
    expect([...table.teachers]).toEqual([1, -1, 3]);
    expect([...table.sections]).toEqual([2, -1, 2]);
    // Ben has no --by values: set 0, the empty set.
    expect([...table.groups]).toEqual([1, 0, 2]);
    expect(table.groupSets).toEqual([{}, { ELL: 'Y' }, { ELL: 'N' }]);
    expect([...table.pre]).toEqual([10, 12.5, 0]);
    expect([...table.post]).toEqual([14, -0, 40]);
    expect(Object.is(table.at(1).post, -0)).toBe(true);
    // Students with the same --by values share one (read-only) set.
    const again = StudentTable.from([ada, { ...ada, id: '010' }]);
    expect([...again.groups]).toEqual([1, 1]);
    expect(again.at(1).groups).toBe(again.at(0).groups);
  });

  it('is the matched rows among the candidate rows, in matching order, with their scores by row', () => {
    const texts = new TextCodes();
    const sets = new GroupSets();
    const candidates = new CandidateRows(texts, sets);
    const kim = texts.codeOf('Kim');
    // Rows 0 and 2 are pre rows, row 1 a row never matched, row 3 the post row of row 0's student.
    candidates.add('1', 'Ann', -1, kim, -1, 0, 0, '1', { kind: 'number', value: 10 }, null);
    candidates.add('2', 'Bo', -1, -1, -1, 0, 1, '2', { kind: 'number', value: 11 }, null);
    candidates.add('3', 'Cy', -1, kim, -1, 0, 2, '3', { kind: 'number', value: 12 }, null);
    candidates.add('1', 'Ann', -1, kim, -1, 0, 3, '1', null, { kind: 'number', value: 15 });
    candidates.trim(); // as matching does, once every row is read
    const table = new StudentTable(candidates, 1); // room for one: the row list grows
    expect(table.add(2, 12, 20)).toBe(0);
    expect(table.add(0, 10, 15)).toBe(1);
    expect(table).toHaveLength(2);
    expect([...table.rows]).toEqual([2, 0]);
    expect(table.toArray().map((student) => [student.id, student.name, student.teacher, student.pre, student.post])).toEqual([
      ['3', 'Cy', 'Kim', 12, 20],
      ['1', 'Ann', 'Kim', 10, 15],
    ]);
    // The columns are by row, unmatched rows included: student i's scores are at rows[i].
    expect(table.ids).toEqual(['1', '2', '3', '1']);
    expect(table.pre[table.rows[0]]).toBe(12);
    expect(table.post[table.rows[1]]).toBe(15);
    expect([...table.pre]).toEqual([10, 0, 12, 0]);
    expect(table.teachers[table.rows[0]]).toBe(kim);
  });
});
