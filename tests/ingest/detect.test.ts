/** Sniffing the delimiter and encoding, finding the header, naming and guessing columns, and estimating how many rows a table has. */
import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { sniffDelimiter } from '../../src/ingest/sniff-delimiter.js';
import { decodeBytes } from '../../src/ingest/decode.js';
import { findHeader } from '../../src/ingest/find-header.js';
import { csvRecords } from '../../src/ingest/csv-records.js';
import { columnRef, findColumnIndex, guessColumn, headerNames, repeatedHeaders, resolveColumn } from '../../src/ingest/columns.js';
import { expectedRecords, tableFromBytes } from '../../src/ingest/read-table.js';
import { UsageError } from '../../src/errors.js';

const headerOf = (text: string, wanted: string[] = []) => findHeader([...csvRecords(text, ',')], wanted);

describe('sniffDelimiter', () => {
  it('finds comma, semicolon, tab and pipe', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(sniffDelimiter('a;b;c\n1;2;3\n')).toBe(';');
    expect(sniffDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(sniffDelimiter('a|b|c\n1|2|3\n')).toBe('|');
  });

  it('is not fooled by decimal commas and unquoted "Last, First" names in a semicolon file', () => {
    const text = 'Student;ID;Poäng\n    Möjliga poäng;;40,00\nAndersson, Elin;1;17,50\nBjörk, Hugo;2;21,00\n';
    expect(sniffDelimiter(text)).toBe(';');
  });

  it('ignores delimiters inside quotes and survives metadata lines above the header', () => {
    const text = 'Teacher Name:,"Okafor; Grace",\nClass:,Math 6,\nStudent Num,Student Name,Score\n1,"A; B",3\n';
    expect(sniffDelimiter(text)).toBe(',');
  });

  it('reads a file without any delimiter as comma-separated', () => {
    expect(sniffDelimiter('just one column\nvalue\n')).toBe(',');
  });
});

describe('decodeBytes', () => {
  it('strips a UTF-8 BOM', () => {
    const decoded = decodeBytes(Buffer.from('\uFEFFa,b\n', 'utf8'), 'x.csv');
    expect(decoded).toMatchObject({ text: 'a,b\n', encoding: 'utf-8', bom: true, notices: [] });
  });

  it('falls back to Windows-1252 with a notice when the bytes are not UTF-8', () => {
    const decoded = decodeBytes(iconv.encode('Peña,Müller — 40\n', 'windows-1252'), 'x.csv');
    expect(decoded.text).toBe('Peña,Müller — 40\n');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.notices[0].code).toBe('encoding-fallback');
  });

  it('reads UTF-16 with a BOM, either byte order, and little-endian without one', () => {
    const text = 'Namn,Poäng\nÅsa,3\n';
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]), 'x').text).toBe(text);
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]), 'x').text).toBe(text);
    expect(decodeBytes(iconv.encode(text, 'utf-16le'), 'x')).toMatchObject({ text, encoding: 'utf-16le' });
  });

  it('obeys --encoding, and rejects an unknown one as a usage error', () => {
    expect(decodeBytes(Buffer.from('Pe\xf1a', 'latin1'), 'x', 'latin1').text).toBe('Peña');
    expect(() => decodeBytes(Buffer.from('a'), 'x', 'klingon')).toThrow(UsageError);
  });
});

describe('findHeader', () => {
  it('takes the first line of a plain file', () => {
    expect(headerOf('Student,ID,Score\nA,1,3\n')).toBe(0);
  });

  it("skips PowerTeacher's seven Label:,value, lines", () => {
    const text = 'Teacher Name:,"Okafor, Grace",\nClass:,Math,\nAssignment Name:,Quiz,\nDue Date:,09/08/2025,\nPoints Possible:,25.0,\nExtra Points:,0.0,\nScore Type:,POINTS,\nStudent Num,Student Name,Score\n1,"A, B",3\n';
    expect(headerOf(text)).toBe(7);
  });

  it("skips Google Classroom's class name and a teacher's banner rows", () => {
    expect(headerOf('Grade 7 Science\nLast Name,First Name,Email Address,Quiz\nA,B,a@x,3\n')).toBe(1);
    expect(headerOf('Room 12,,,,\nFractions unit,,,,\n,,,,\nStudent,ID,Score,%,Grade\nA,1,3,8%,B\n')).toBe(3);
  });

  it('prefers the first record that has every column the user named', () => {
    expect(headerOf('Quiz,Test,Other\nStudent,ID,Score\nA,1,3\n', ['Score'])).toBe(1);
  });
});

describe('columns', () => {
  it('names empty header cells and numbers repeated names', () => {
    expect(headerNames(['Student', ' ID ', 'Score', '%', 'score', '%', '', ''])).toEqual(['Student', 'ID', 'Score', '%', 'score (2)', '% (2)', 'Column 7', 'Column 8']);
  });

  it('finds a column by name (case-insensitive, trimmed), number, or Canvas title without its id', () => {
    const names = ['Student', 'SIS User ID', 'Fractions Pre (10421)', 'Score', 'Score (2)'];
    expect(findColumnIndex(names, ' sis user id ')).toBe(1);
    expect(findColumnIndex(names, 2)).toBe(1);
    expect(findColumnIndex(names, '2')).toBe(1);
    expect(findColumnIndex(names, 'Fractions Pre')).toBe(2);
    expect(findColumnIndex(names, 'score (2)')).toBe(4);
    expect(findColumnIndex(names, 9)).toBe(-1);
    expect(findColumnIndex(names, 'Nope')).toBe(-1);
  });

  const named = (columns: string[], label: string, fields: string[] = columns) => ({ columns, label, repeated: repeatedHeaders(fields) });

  it('lists the columns when one is unknown', () => {
    expect(() => resolveColumn(named(['Student Num', 'Student Name', 'Score'], 'pre.csv'), 'Scroe', '--score')).toThrow(
      /--score "Scroe": pre.csv has no such column\. Did you mean "Score"\? Its columns: 1 Student Num, 2 Student Name, 3 Score/,
    );
    expect(() => resolveColumn(named(['Student', 'Fractions Check: Pre (1021)'], 'x.csv'), 'Fractions', '--pre')).toThrow(/Did you mean "Fractions Check: Pre \(1021\)"\?/);
  });

  it('refuses a name that heads two columns, and says how to name each', () => {
    const fields = ['ID', 'Quiz', 'Total', 'quiz '];
    const table = named(headerNames(fields), 'g.csv', fields);
    expect(table.columns).toEqual(['ID', 'Quiz', 'Total', 'quiz (2)']);
    expect(() => resolveColumn(table, 'Quiz', '--pre')).toThrow(
      '--pre "Quiz": g.csv has 2 columns headed "Quiz" (2 "Quiz", 4 "quiz (2)"), so it is not clear which one you mean.',
    );
    expect(resolveColumn(table, 'Quiz (2)', '--post')).toBe(3);
    expect(resolveColumn(table, '2', '--pre')).toBe(1);
    expect(resolveColumn(table, 2, '--pre')).toBe(1);
    expect(resolveColumn(table, 'total', '--score')).toBe(2);
    expect([columnRef(table, 1), columnRef(table, 3), columnRef(table, 2)]).toEqual(['2', 'quiz (2)', 'Total']);
  });

  it.each([
    [['Student', 'ID', 'SIS User ID', 'SIS Login ID'], 2],
    [['Student Num', 'Student Name', 'Score'], 0],
    [['TermName', 'StudentID', 'Subject'], 1],
    [['Student ID', 'Student Last Name'], 0],
    [['StudentIdentifier', 'ScaledScore'], 0],
    [['Student Last Name', 'Student Primary ID', 'Benchmark Period'], 1],
    [['Last Name', 'First Name', 'Email Address', 'Average'], 2],
    [['Student', 'Score'], -1],
  ])('guesses the ID column of %j', (names, index) => {
    expect(guessColumn(names, 'id')).toBe(index);
  });

  it('guesses name, teacher, section, strategy and window columns', () => {
    const names = ['Student Name', 'Teacher', 'Section', 'Strategy', 'Benchmark Period'];
    expect(['name', 'teacher', 'section', 'strategy', 'window'].map((role) => guessColumn(names, role as 'name'))).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('tableFromBytes', () => {
  it('reports the header line, the lines above it and decimal commas', () => {
    const table = tableFromBytes(Buffer.from('\uFEFFTitel\r\n\r\nStudent;ID;Poäng\r\nA;1;17,5\r\n', 'utf8'), 'x.csv');
    expect(table).toMatchObject({ delimiter: ';', decimalComma: true, headerLine: 3, columns: ['Student', 'ID', 'Poäng'], bom: true });
    expect(table.above.map((record) => record.line)).toEqual([1, 2]);
    expect([...table.rows].map((record) => record.line)).toEqual([4]);
  });

  it('expects the data records it has read when it read the whole file with the header', () => {
    // 4 records (title, blank line, header, one row) all read: 1 data record.
    expect(tableFromBytes(Buffer.from('\uFEFFTitel\r\n\r\nStudent;ID;Poäng\r\nA;1;17,5\r\n', 'utf8'), 'x.csv').expectedRows).toBe(1);
    expect(tableFromBytes(Buffer.from('ID,Pre,Post\n'), 'header-only.csv').expectedRows).toBe(0);
  });

  it('expects a little over the data records of an even file longer than it read with the header', () => {
    const rows = Array.from({ length: 5000 }, (_, index) => `S${String(index).padStart(5, '0')},${index % 5},${(index % 5) + 1}`);
    const table = tableFromBytes(Buffer.from(`ID,Pre,Post\n${rows.join('\n')}\n`), 'even.csv');
    expect(table.sample).toHaveLength(200); // only the first records were read
    expect(table.expectedRows).toBeGreaterThanOrEqual(5000);
    expect(table.expectedRows).toBeLessThanOrEqual(5000 * 1.03);
  });

  it('rejects an empty file as bad input', () => {
    expect(() => tableFromBytes(Buffer.from('\n\n'), 'empty.csv')).toThrow(/empty\.csv: the file is empty/);
  });

  it('names the line of a quote that never closes', () => {
    expect(() => [...tableFromBytes(Buffer.from('a,b\n1,2\n3,"oops\n'), 'bad.csv').rows]).toThrow(/bad\.csv:3: a quoted field starting on line 3 never closes/);
  });
});

describe('expectedRecords', () => {
  it('scales the records read by the length left, 2% over, rounded up', () => {
    expect(expectedRecords(1000, 100, 10)).toBe(102); // 10 × 10 records, 2% over
    expect(expectedRecords(1000, 100, 3)).toBe(31); // 30.6, rounded up
    expect(expectedRecords(1_000_000, 26_000, 260)).toBe(10_200);
  });

  it('is the records read when the whole text was read, and 0 when none were', () => {
    expect(expectedRecords(1000, 1000, 10)).toBe(10);
    expect(expectedRecords(1000, 1200, 10)).toBe(10);
    expect(expectedRecords(1000, 100, 0)).toBe(0);
    expect(expectedRecords(0, 0, 0)).toBe(0);
  });
});
