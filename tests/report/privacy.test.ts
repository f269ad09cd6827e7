import { describe, expect, it } from 'vitest';
import { pseudonymMap } from '../../src/report/privacy/pseudonyms.js';
import { textScrubber } from '../../src/report/privacy/scrub-text.js';
import { suppressLevels } from '../../src/report/privacy/suppress.js';
import { shareableFindings } from '../../src/report/privacy/shareable.js';
import { renderReport } from '../../src/report/render.js';
import { renderStudents } from '../../src/report/students.js';
import { editStudent, makeFindings, makeGroup, STUDENT_IDS, STUDENT_NAMES } from './factory.js';
import { FORMATS, options } from './options.js';

/** Every way a name or ID could leak: as written, "First Last", IDs with or without leading zeros. */
function identifiers(): RegExp[] {
  const literal = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  const out: RegExp[] = [];
  for (const name of STUDENT_NAMES) {
    out.push(literal(name));
    const [last, first] = name.split(', ');
    if (first) out.push(literal(`${first} ${last}`));
  }
  for (const id of [...STUDENT_IDS, '00099999']) out.push(new RegExp(`(?<![\\d.])0*${Number(id)}(?![\\d.])`));
  return out;
}

function expectNoIdentifiers(output: string) {
  for (const identifier of identifiers()) expect(output).not.toMatch(identifier);
}

describe('pseudonyms', () => {
  it('are "Student NN", one per ID, the same for the same salt, different for another', () => {
    const ids = ['00041000', '00041013', '00041026'];
    const first = pseudonymMap(ids, 'salt-a');
    expect([...first.values()].sort()).toEqual(['Student 01', 'Student 02', 'Student 03']);
    expect(pseudonymMap([...ids].reverse(), 'salt-a')).toEqual(first);
    const others = Array.from({ length: 20 }, (_, i) => pseudonymMap(ids, `salt-${i}`).get('00041000'));
    expect(new Set(others).size).toBeGreaterThan(1);
  });

  it('widen to three digits from 100 students', () => {
    const map = pseudonymMap(Array.from({ length: 120 }, (_, i) => `id${i}`), 's');
    expect([...map.values()]).toContain('Student 001');
    expect(new Set(map.values()).size).toBe(120);
  });
});

describe('textScrubber', () => {
  const scrub = textScrubber(new Map([['00041000', 'Student 07'], ['12', 'Student 02']]), new Map([['Abernathy, Ava', 'Student 07']]));

  it('replaces names in either order and IDs with or without leading zeros', () => {
    expect(scrub('Abernathy, Ava (00041000) and ava abernathy, id 41000')).toBe('Student 07 (Student 07) and Student 07, id Student 07');
  });

  it('never cuts a longer number or word', () => {
    expect(scrub('scored 12.5, 112 and 120; ID 12.')).toBe('scored 12.5, 112 and 120; ID Student 02.');
    expect(scrub('Avalon Abernathys')).toBe('Avalon Abernathys');
  });
});

describe('--anonymize', () => {
  it.each(FORMATS)('leaves no input name or ID in the %s report', (format) => {
    const output = renderReport(makeFindings(), options(format, { anonymize: true }));
    expectNoIdentifiers(output);
    if (format !== 'csv') expect(output).toMatch(/Student 0\d/);
  });

  it.each(FORMATS)('leaves no input name or ID in the %s students table', (format) => {
    const output = renderStudents(makeFindings(), options(format, { anonymize: true }));
    expectNoIdentifiers(output);
  });

  it('uses the same pseudonym for a student in rows, ledger and warnings', () => {
    const shared = shareableFindings(makeFindings(), options('json', { anonymize: true }));
    const pseudonym = shared.students.toArray().find((student) => student.teacher === 'Okafor')!.id;
    const original = makeFindings().students.toArray().find((student) => student.teacher === 'Okafor')!.id;
    const again = shareableFindings(makeFindings(), options('json', { anonymize: true }));
    expect(again.students.toArray().find((student) => student.teacher === 'Okafor')!.id).toBe(pseudonym);
    expect(shared.ledger.rows.toArray().filter((row) => row.id === pseudonym)).toHaveLength(2);
    expect(original).not.toBe(pseudonym);
    expect(shared.warnings.some((warning) => warning.message.includes('Student'))).toBe(true);
  });

  it('orders anonymized students by pseudonym, not by the export order', () => {
    const shared = shareableFindings(makeFindings(), options('json', { anonymize: true }));
    const ids = shared.students.text('id');
    expect(ids).toEqual([...ids].sort());
    expect(shared.students.text('name').every((name) => name === null)).toBe(true);
  });

  it('warns that a one-time salt keeps pseudonyms stable only within the run', () => {
    const once = shareableFindings(makeFindings(), options('json', { anonymize: true, salt: null }));
    expect(once.warnings.map((warning) => warning.code)).toContain('pseudonyms-this-run-only');
    const cycle = shareableFindings(makeFindings(), options('json', { anonymize: true, salt: 'cycle-secret' }));
    expect(cycle.warnings.map((warning) => warning.code)).not.toContain('pseudonyms-this-run-only');
  });
});

describe('--min-n', () => {
  const level = (value: string, n: number) => ({ value, ...makeGroup(n, 20, 4, 0.5) });

  it('hides a small level and, complementarily, the next smallest', () => {
    const levels = suppressLevels([level('A', 3), level('B', 15), level('C', 12)], 5);
    expect(levels.map((l) => l.suppressed === true)).toEqual([true, false, true]);
    expect(Number.isNaN(levels[0].n)).toBe(true);
    expect(levels[0].gain.mean).toBeNull();
  });

  it('keeps hiding until the hidden levels hold at least N students together', () => {
    const levels = suppressLevels([level('A', 1), level('B', 2), level('C', 3), level('D', 20)], 5);
    expect(levels.map((l) => l.suppressed === true)).toEqual([true, true, true, false]);
  });

  it('hides nothing when every level is large enough', () => {
    expect(suppressLevels([level('A', 6), level('B', 7)], 5).some((l) => l.suppressed)).toBe(false);
  });

  it('prints "fewer than N" and never the hidden figures, in every format', () => {
    for (const format of FORMATS) {
      const output = renderReport(makeFindings(), options(format, { minN: 5 }));
      if (format === 'json') {
        const report = JSON.parse(output);
        const levels = report.strategies[1].breakdowns.teacher;
        expect(levels.map((l: { n: number | null; suppressed?: boolean }) => [l.n, l.suppressed])).toEqual([
          [null, true],
          [null, true],
        ]);
        expect(report.warnings.map((w: { message: string }) => w.message).join('\n')).not.toContain('(n = 3)');
      } else if (format === 'csv') {
        expect(output.split('\n')[2]).toContain('"Whiteboard fluency",18,false');
      } else {
        expect(output).toContain('fewer than 5');
        expect(output).not.toContain('(n = 3)');
      }
    }
  });

  it('hides a whole small strategy, its comparison and its sentence in the answer', () => {
    const findings = makeFindings();
    const shared = shareableFindings(findings, options('json', { minN: 20 }));
    expect(shared.strategies.map((s) => s.suppressed === true)).toEqual([false, true, true]);
    expect(shared.comparisons).toEqual([]);
    expect(shared.answer).toContain('Whiteboard fluency: fewer than 20 students');
    expect(shared.answer).not.toContain('4.1 points higher');
  });
});

describe('--view team', () => {
  it.each(FORMATS)('leaves out per-student rows and ledger IDs (%s)', (format) => {
    const output = renderReport(makeFindings(), options(format, { view: 'team' }));
    expectNoIdentifiers(output);
  });
});

describe('names that are not words', () => {
  // Found by the fuzzer: a student named "-" was scrubbed out of every hyphen in the report,
  // turning the flag `below-hinge` into `belowStudent 02hinge` and crashing the Markdown table.
  it('a name of punctuation alone replaces nothing, and flags and warning codes stay machine-readable', () => {
    const findings = editStudent(makeFindings(), 0, { name: '-' });
    const shared = shareableFindings(findings, { ...options('json'), anonymize: true, salt: 'cycle-salt' });
    const flags = new Set(['declined', 'below-hinge', 'at-or-above-hinge', 'no-data']);
    for (const student of shared.students) expect(flags).toContain(student.flag);
    for (const warning of shared.warnings) expect(warning.code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    for (const format of FORMATS) expect(() => renderReport(findings, { ...options(format), anonymize: true, salt: 'cycle-salt' })).not.toThrow();
  });
});
