import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const PRE = join(ROOT, 'fixtures/demo/pre.csv');
const POST = join(ROOT, 'fixtures/demo/post.csv');
const INIT = ['--yes', '--problem', 'weak fraction sense', '--strategy', 'Whiteboard fluency', '--strategy', 'Number talks', '--reference', 'Business as usual'];

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'impact-import-'));
});

function init(extra: string[] = []): void {
  const result = runCli(['init', dir, ...INIT, ...extra]);
  expect(result.stderr).toBe('');
}

function cycle() {
  return JSON.parse(readFileSync(join(dir, 'cycle.json'), 'utf8'));
}

function data(side: 'pre' | 'post'): string[] {
  return readFileSync(join(dir, 'data', `${side}.csv`), 'utf8').split('\n');
}

function write(name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('impact import', () => {
  it('normalises the demo pre-assessment and saves the mapping', () => {
    init();
    const result = runCli(['import', 'pre', PRE, '--cycle', dir, '--id', 'SIS User ID', '--score', 'Fractions Check: Pre (1021)', '--teacher', 'Teacher', '--strategy', 'Strategy']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        `Imported the pre-assessment from ${PRE} (score column "Fractions Check: Pre (1021)") into data/pre.csv.`,
        '82 rows read: 80 student rows, 80 with a score.',
        '2 rows not a student (points possible, totals, test student, blank lines).',
        'Maximum score from the export: 40.',
        'Strategies: Whiteboard fluency 32, Number talks 32, Business as usual 16.',
        `Next: impact import post FILE --cycle ${dir}`,
        '',
      ].join('\n'),
    );
    const rows = data('pre');
    expect(rows[0]).toBe('id,name,teacher,section,strategy,score,raw,source_file,source_line');
    expect(rows[1]).toBe(`00041000,"Abernathy, Ava",Okafor,Math 5 - P1 Okafor,Whiteboard fluency,30,30.00,${PRE},3`);
    expect(rows).toHaveLength(82); // header, 80 students, final line end
    expect(cycle().reading).toEqual({
      layout: 'two-files', id: 'SIS User ID', preScore: 'Fractions Check: Pre (1021)', teacher: 'Teacher', strategy: 'Strategy',
      by: [], where: [], preWhere: [], postWhere: [], duplicates: 'error', idNormalize: 'none', match: 'id',
    });
    expect(cycle().imports).toMatchObject({ pre: { file: 'data/pre.csv', source: PRE, rowsRead: 82, students: 80, scored: 80, notAStudent: 2, maxScore: 40 }, post: null });
  });

  it('reuses the saved mapping for the post-assessment and keeps missing-score codes', () => {
    init();
    runCli(['import', 'pre', PRE, '--cycle', dir, '--id', 'SIS User ID', '--score', 'Fractions Check: Pre (1021)', '--strategy', 'Strategy']);
    const result = runCli(['import', 'post', POST, '--cycle', dir, '--score', 'Fractions Check: Post (1187)']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('82 rows read: 80 student rows, 79 with a score, 1 missing a score (EX).');
    expect(result.stdout).toContain(`Next: impact report --cycle ${dir}`);
    expect(data('post').filter((row) => row.includes(',EX,EX,'))).toHaveLength(1);
    expect(cycle().reading).toMatchObject({ id: 'SIS User ID', preScore: 'Fractions Check: Pre (1021)', postScore: 'Fractions Check: Post (1187)' });
  });

  it('replaces the old data atomically when a side is imported again', () => {
    init();
    runCli(['import', 'pre', PRE, '--cycle', dir, '--id', 'SIS User ID', '--score', 'Fractions Check: Pre (1021)']);
    const small = write('retest.csv', ['SIS User ID,Student,Fractions Check: Pre (1021),Strategy', '00041000,"Abernathy, Ava",33,Number talks']);
    const result = runCli(['import', 'pre', small, '--cycle', dir]);
    expect(result.code).toBe(0);
    expect(data('pre')).toEqual(['id,name,strategy,score,raw,source_file,source_line', `00041000,"Abernathy, Ava",Number talks,33,33,${small},2`, '']);
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(['pre-excluded.csv', 'pre.csv']);
    expect(readFileSync(join(dir, 'data', 'pre-excluded.csv'), 'utf8')).toBe('source_file,source_line,id,status,detail\n');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(cycle().imports.pre).toMatchObject({ source: small, students: 1 });
  });

  it('leaves the data and the cycle as they were when an import fails', () => {
    init();
    runCli(['import', 'pre', PRE, '--cycle', dir, '--id', 'SIS User ID', '--score', 'Fractions Check: Pre (1021)']);
    const before = [readFileSync(join(dir, 'cycle.json'), 'utf8'), data('pre').join('\n')];
    const result = runCli(['import', 'pre', PRE, '--cycle', dir, '--score', 'Fractions Chekc']);
    expect(result.code).toBe(2);
    // The flag named is the one typed (--score), though the cycle saves it as the pre score column.
    expect(result.stderr).toMatch(/^impact: error: --score "Fractions Chekc": .*pre\.csv has no such column\./);
    expect([readFileSync(join(dir, 'cycle.json'), 'utf8'), data('pre').join('\n')]).toEqual(before);
  });

  it('assigns strategies by teacher when the export has no strategy column', () => {
    init(['--teacher-strategy', 'Okafor=Whiteboard fluency', '--teacher-strategy', 'Lindqvist=Number talks', '--teacher-strategy', 'Brennan=Business as usual']);
    const file = write('gradebook.csv', ['Student ID,Name,Teacher,ELL,Score', '1,Ava,Okafor,Y,12', '2,Ben,lindqvist,N,EX', '3,Cy,Brennan,N,14', '4,Di,Nobody,Y,9']);
    const result = runCli(['import', 'pre', file, '--cycle', dir, '--by', 'ELL']);
    expect(result.code).toBe(0);
    expect(data('pre').slice(0, 5)).toEqual([
      'id,name,teacher,strategy,ELL,score,raw,source_file,source_line',
      `1,Ava,Okafor,Whiteboard fluency,Y,12,12,${file},2`,
      `2,Ben,lindqvist,Number talks,N,EX,EX,${file},3`,
      `3,Cy,Brennan,Business as usual,N,14,14,${file},4`,
      `4,Di,Nobody,,Y,9,9,${file},5`,
    ]);
    expect(result.stdout).toContain('warning: 1 student row has no strategy');
  });

  it('imports each side of one wide file', () => {
    init();
    const file = write('scores.csv', ['ID,Strategy,Pre Score,Post Score', '1,Number talks,10,14', '2,Number talks,12,15', '3,Business as usual,9,10']);
    expect(runCli(['import', 'pre', file, '--cycle', dir, '--pre', 'Pre Score']).code).toBe(0);
    expect(runCli(['import', 'post', file, '--cycle', dir, '--post', 'Post Score']).code).toBe(0);
    expect(cycle().reading).toMatchObject({ layout: 'wide', pre: 'Pre Score', post: 'Post Score' });
    expect(data('post')[1]).toBe(`1,,Number talks,14,14,${file},2`);
  });

  it('imports each side of one long file by its window', () => {
    init();
    const file = write('map.csv', ['StudentID,TermName,Subject,TestRITScore', '1,Fall,Math,200', '1,Winter,Math,207', '1,Fall,Reading,190', '2,Fall,Math,195', '2,Winter,Math,199']);
    const pre = runCli(['import', 'pre', file, '--cycle', dir, '--window', 'TermName', '--pre', 'Fall', '--post', 'Winter', '--score', 'TestRITScore', '--where', 'Subject=Math', '--strategy-name', 'Number talks']);
    expect(pre.code).toBe(0);
    expect(pre.stdout).toContain('3 rows not selected by the filters or window.');
    expect(runCli(['import', 'post', file, '--cycle', dir]).code).toBe(0);
    expect(cycle().reading).toMatchObject({ layout: 'long', window: 'TermName', pre: 'Fall', post: 'Winter', preScore: 'TestRITScore', where: [{ column: 'Subject', value: 'Math' }] });
    expect(data('post').slice(1, 3)).toEqual([`1,,Number talks,207,207,${file},3`, `2,,Number talks,199,199,${file},6`]);
  });

  it('says which window labels exist when one is misspelled', () => {
    init();
    const file = write('map.csv', ['StudentID,TermName,TestRITScore', '1,Fall,200', '1,Winter,207']);
    const result = runCli(['import', 'post', file, '--cycle', dir, '--window', 'TermName', '--pre', 'Fall', '--post', 'Wintr', '--score', 'TestRITScore']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no student row of');
    expect(result.stderr).toContain('values seen: Fall, Winter');
  });

  it('reads an export from stdin', () => {
    init();
    const result = runCli(['import', 'pre', '-', '--cycle', dir, '--strategy-name', 'Number talks'], { input: 'Student ID,Score\n1,10\n2,ABS\n' });
    expect(result.code).toBe(0);
    expect(data('pre')).toEqual(['id,name,strategy,score,raw,source_file,source_line', '1,,Number talks,10,10,stdin,2', '2,,Number talks,ABS,ABS,stdin,3', '']);
  });

  it.each([
    [['import', 'pre', PRE], 2, /^impact: error: no cycle in .* \(.*cycle\.json does not exist\)\.\nhint: Create one with `impact init/],
    [['import', 'middle', PRE], 2, /value 'middle' is invalid for argument 'side'\. expected pre or post/],
    [['import', 'pre', 'no-such-file.csv'], 1, /no-such-file\.csv: cannot read the file: no such file/],
  ])('fails clearly: %j', (args, code, message) => {
    if (!args.includes('middle') && !args.includes(PRE)) init();
    const result = runCli([...args, '--cycle', dir]);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
  });
});
