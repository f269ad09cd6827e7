/**
 * The JSON layout (src/report/json-chunks.ts): two-space indentation, except that an array of flat
 * records, a long array of plain objects and a record sequence have one compact item per line.
 * Random values are compared byte for byte with a plain recursive statement of the layout, and after
 * `JSON.parse` with `JSON.stringify`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LedgerRows } from '../../src/ingest/ledger-rows.js';
import { isRecordSequence, jsonChunks, jsonText, recordSequence, RECORDS, type RecordSequence } from '../../src/report/json-chunks.js';

const json = (value: unknown, suffix?: string) => [...jsonChunks(value, suffix)].join('');

/** A record sequence over `records`, as the tests' stand-in for one stored column by column. */
const sequenceOf = <T>(records: readonly T[]): RecordSequence<T> => recordSequence(records.length, (start, end) => records.slice(start, end));

const isPlainObject = (item: unknown): boolean => {
  const prototype = item !== null && typeof item === 'object' ? Object.getPrototypeOf(item) : undefined;
  return (prototype === Object.prototype || prototype === null) && typeof (item as { toJSON?: unknown }).toJSON !== 'function';
};
const isFlat = (item: unknown): boolean =>
  isPlainObject(item) && Object.values(item as object).every((member) => member === null || member === undefined || ['string', 'number', 'boolean'].includes(typeof member));

/** `item` found under `key` as JSON.stringify writes it compactly inside its parent ('null' when skipped). */
function compact(item: unknown, key: string): string {
  const text = JSON.stringify({ [key]: item });
  return text === '{}' ? 'null' : text.slice(JSON.stringify(key).length + 2, -1);
}

/** The layout stated plainly: what jsonChunks must produce (without the final newline). */
function layout(value: unknown, key: string, depth: number): string | undefined {
  const inner = '  '.repeat(depth + 1);
  const close = '  '.repeat(depth);
  if (isRecordSequence(value)) {
    const items = value.toJSON();
    return items.length === 0 ? '[]' : `[\n${inner}${items.map((item, index) => compact(item, String(index))).join(`,\n${inner}`)}\n${close}]`;
  }
  if (((typeof value === 'object' && value !== null) || typeof value === 'bigint') && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) value = value.valueOf();
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = Array.from(value as unknown[]);
    const lines = items.length > 64 ? items.every(isPlainObject) : items.every(isFlat);
    const texts = items.map((item, index) => (lines ? JSON.stringify(item) : (layout(item, String(index), depth + 1) ?? 'null')));
    return `[\n${inner}${texts.join(`,\n${inner}`)}\n${close}]`;
  }
  const members = Object.keys(value).flatMap((name) => {
    const text = layout((value as Record<string, unknown>)[name], name, depth + 1);
    return text === undefined ? [] : [`${JSON.stringify(name)}: ${text}`];
  });
  return members.length === 0 ? '{}' : `{\n${inner}${members.join(`,\n${inner}`)}\n${close}}`;
}

const awkward = fc.constantFrom('"', '\\', '\n', '\r', '\t', '\u0000', '\u001f', '\u2028', '\u2029', '\ud800', '\udfff', '😀', 'é', '},{', '{', '}', ',', ':', '$&', ' ');
const text = fc.string({ unit: fc.oneof(awkward, fc.constantFrom(...'abcXYZ019 -_.')), maxLength: 12 });
const scalar = fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
const member = fc.oneof({ weight: 6, arbitrary: scalar }, { weight: 1, arbitrary: fc.constant(undefined) });
const key = fc.oneof(text, fc.constantFrom('id', 'name', 'pre', 'post', '0', '7', 'toString'));
const flatRecord = fc.dictionary(key, member, { maxKeys: 6 });
const flatRecords = fc.oneof({ weight: 5, arbitrary: fc.array(flatRecord, { maxLength: 8 }) }, { weight: 1, arbitrary: fc.array(flatRecord, { minLength: 250, maxLength: 600 }) });

/** Values that repeat from record to record (as statuses, teachers and effect sizes do), awkward ones among them. */
const repeating = fc.oneof(
  fc.constantFrom('Ito', 'Business as usual', 'matched', '', '\ud800', 'a"b\\', '😀', 'é', 'x'.repeat(150)),
  fc.constantFrom(0, -0, 1, 2.5, 0.1 + 0.2, 1e21, 5e-324, -1e-7, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 31, -(2 ** 31) - 1),
  text,
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
/** A ledger-like row: the same keys in the same order every time. */
const row = fc.record({ file: fc.constantFrom('pre.csv', 'post.csv'), line: fc.nat(), id: text, status: repeating, gain: repeating });
/** A row that is not like the others: another key set or order, an undefined or nested member, a null prototype, a toJSON. */
const oddRow = fc.oneof(
  row.map((record) => ({ ...record, extra: 1 })),
  row.map(({ file: _file, ...rest }) => rest),
  row.map(({ gain: _gain, ...rest }) => rest),
  row.map(({ file, line, ...rest }) => ({ line, file, ...rest })),
  row.map((record) => ({ ...record, gain: undefined })),
  row.map((record) => ({ ...record, status: { nested: record.status } })),
  row.map((record) => ({ ...record, status: [record.status, new Date(0)] })),
  row.map((record) => ({ ...record, status: () => 1 })),
  row.map((record) => Object.assign(Object.create(null) as object, record)),
  row.map((record) => ({ ...record, toJSON: (name: string) => `row ${name}` })),
  fc.constant({}),
  flatRecord,
);
/** Long enough to be written in more than one slice of 256 records. */
const rows = fc.array(fc.oneof({ weight: 30, arbitrary: row }, { weight: 1, arbitrary: oddRow }), { minLength: 256, maxLength: 700 });

/** A plain object with nested objects and arrays, as a teacher's group is. */
const group = fc.dictionary(key, fc.oneof(member, flatRecord, fc.array(fc.oneof(member, flatRecord), { maxLength: 3 }), fc.constant(new Date(0))), { maxKeys: 4 });

const { value: tree } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'tree' },
    { weight: 6, arbitrary: member },
    { weight: 2, arbitrary: flatRecords },
    { weight: 2, arbitrary: fc.array(tie('value'), { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.array(member, { minLength: 60, maxLength: 110 }) },
    { weight: 1, arbitrary: fc.array(fc.oneof(member, flatRecord, fc.array(member, { maxLength: 3 })), { minLength: 60, maxLength: 110 }) },
    { weight: 1, arbitrary: fc.array(group, { minLength: 60, maxLength: 80 }) },
    { weight: 1, arbitrary: fc.sparseArray(tie('value'), { maxLength: 5 }) },
    { weight: 3, arbitrary: fc.dictionary(key, tie('value'), { maxKeys: 5 }) },
    { weight: 1, arbitrary: tie('value').map((inner) => ({ toJSON: (name: string) => ({ name, inner }) })) },
    { weight: 1, arbitrary: flatRecords.map((records) => ({ toJSON: () => records })) },
    { weight: 1, arbitrary: fc.oneof(flatRecords, fc.array(tie('value'), { maxLength: 5 })).map(sequenceOf) },
    { weight: 1, arbitrary: fc.constant({ toJSON: () => ({ toJSON: () => 'not called' }) }) },
    { weight: 1, arbitrary: fc.constantFrom(new Date(0), new Number(2.5), new String('boxed'), new Boolean(false), Number.NaN, -Infinity) },
  ),
}));

describe('jsonChunks: the layout', () => {
  it('writes an array of flat records one compact record per line, at the array\'s item depth', () => {
    const report = { students: [{ id: 'S1', name: 'Ada', pre: 20, post: 25 }, { id: 'S2', name: 'Ben', pre: 18, post: null }], answer: 'yes' };
    expect(json(report)).toBe(
      '{\n  "students": [\n    {"id":"S1","name":"Ada","pre":20,"post":25},\n    {"id":"S2","name":"Ben","pre":18,"post":null}\n  ],\n  "answer": "yes"\n}\n',
    );
  });

  it('indents everything else by two spaces, as JSON.stringify(value, null, 2) does', () => {
    const group = { n: 3, pre: { mean: 1.5, sd: Number.NaN }, breakdowns: { teacher: [{ value: 'Ito', n: 2, pre: { mean: 2 } }] }, tags: ['a', 'b'], empty: [], none: {} };
    expect(json(group)).toBe(`${JSON.stringify(group, null, 2)}\n`);
  });

  it('keeps JSON.stringify\'s rules: undefined left out of records and objects, null in arrays; NaN and Infinity null; toJSON with its key', () => {
    const value = { rows: [{ a: 1, b: undefined, c: Number.POSITIVE_INFINITY }, {}], list: [undefined, () => 1, Number.NaN], when: new Date(0), skip: undefined, keyed: { x: { toJSON: (name: string) => `key ${name}` } } };
    expect(json(value)).toBe('{\n  "rows": [\n    {"a":1,"c":null},\n    {}\n  ],\n  "list": [\n    null,\n    null,\n    null\n  ],\n  "when": "1970-01-01T00:00:00.000Z",\n  "keyed": {\n    "x": "key x"\n  }\n}\n');
  });

  it('writes a record whose text holds "},{", quotes or escapes correctly', () => {
    const rows = Array.from({ length: 300 }, (_, index) => ({ id: index, note: index === 150 ? 'a},{"b":1' : index === 280 ? 'tab\there \ud800' : 'x' }));
    const lines = json({ rows }).split('\n');
    expect(lines[152]).toBe('    {"id":150,"note":"a},{\\"b\\":1"},');
    expect(lines[282]).toBe('    {"id":280,"note":"tab\\there \\ud800"},');
    expect(JSON.parse(lines.join('\n'))).toEqual({ rows });
  });

  it('lays out a top-level array of records and nested arrays of records', () => {
    expect(json([{ a: 1 }, { a: 2 }], '')).toBe('[\n  {"a":1},\n  {"a":2}\n]');
    expect(json([[{ a: 1 }], []], '')).toBe('[\n  [\n    {"a":1}\n  ],\n  []\n]');
  });

  it('writes an array of more than 64 plain objects (a teacher\'s groups) one compact object per line, and a shorter one indented', () => {
    const groups = Array.from({ length: 65 }, (_, index) => ({ value: `T${index}`, pre: { mean: index / 3, sd: Number.NaN }, rows: index === 50 ? [{ a: 1 }, { a: 2 }] : [] }));
    const lines = json({ groups }).split('\n');
    expect(lines.slice(0, 3)).toEqual(['{', '  "groups": [', '    {"value":"T0","pre":{"mean":0,"sd":null},"rows":[]},']);
    expect(lines[52]).toBe('    {"value":"T50","pre":{"mean":16.666666666666668,"sd":null},"rows":[{"a":1},{"a":2}]},');
    expect(lines).toHaveLength(65 + 5);
    const short = groups.slice(0, 64).map(({ rows: _rows, ...group }) => group);
    expect(json({ short })).toBe(`${JSON.stringify({ short }, null, 2)}\n`);
    // One item that is not a plain object keeps a long array indented.
    const mixed = [...short, new Date(0)];
    expect(json({ mixed })).toBe(`${JSON.stringify({ mixed }, null, 2)}\n`);
  });

  it('streams a long array in chunks of bounded size', () => {
    const students = Array.from({ length: 20_000 }, (_, index) => ({ id: `S${index}`, name: 'Lindgren, Ava', pre: 20, post: 25.5, flag: 'declined' }));
    const chunks = [...jsonChunks({ students })];
    expect(chunks.length).toBeGreaterThan(20);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(1 << 17);
    expect(chunks.join('').split('\n')).toHaveLength(20_000 + 5);
  });

  it('throws as JSON.stringify does on a circular structure and on a BigInt; writes nothing for undefined', () => {
    const circular: Record<string, unknown> = { rows: [{ a: 1 }] };
    circular.self = { back: circular };
    expect(() => json(circular)).toThrow(TypeError);
    expect(() => json({ rows: [{ n: 1n }] })).toThrow(TypeError);
    expect(json(undefined)).toBe('');
  });
});

describe('record sequences', () => {
  const rows = Array.from({ length: 600 }, (_, index) => ({ file: 'pre.csv', line: index + 2, id: `S${index}`, status: index % 7 === 0 ? 'missingScore' : 'matched' }));

  it('are written as an array of records, a slice of 256 at a time, and JSON.stringify writes the same array', () => {
    const slices: Array<[number, number]> = [];
    const sequence = recordSequence(rows.length, (start, end) => {
      slices.push([start, end]);
      return rows.slice(start, end);
    });
    const text = json({ ledger: { rows: sequence } });
    expect(slices).toEqual([[0, 256], [256, 512], [512, 600]]);
    expect(text).toBe(json({ ledger: { rows } }));
    expect(text.split('\n')[3]).toBe('      {"file":"pre.csv","line":2,"id":"S0","status":"missingScore"},');
    expect(JSON.parse(JSON.stringify({ rows: sequence }))).toEqual({ rows });
    expect(json({ rows: sequenceOf([]), also: [sequenceOf([])] })).toBe('{\n  "rows": [],\n  "also": [\n    []\n  ]\n}\n');
  });

  it('write any item on its own line as JSON.stringify writes it (toJSON with the item\'s index, undefined as null)', () => {
    const items = [1, undefined, 'two', new Date(0), [3, { four: 4 }], { toJSON: (key: string) => `item ${key}` }, sequenceOf([{ a: 1 }]), null];
    const text = json(sequenceOf(items), '');
    expect(text).toBe('[\n  1,\n  null,\n  "two",\n  "1970-01-01T00:00:00.000Z",\n  [3,{"four":4}],\n  "item 5",\n  [{"a":1}],\n  null\n]');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(sequenceOf(items))));
  });

  it('kept as columns, are written from them as bytes: the same text, and JSON.stringify still gets the records', () => {
    const ledgerRows = LedgerRows.from(Array.from({ length: 700 }, (_, index) => ({ file: 'pré.csv', line: index + 2, id: index % 50 === 0 ? null : `S${index}`, status: index % 9 === 0 ? ('missingScore' as const) : ('matched' as const), detail: index % 9 === 0 ? 'ABS "post"' : '' })));
    const plain = recordSequence(ledgerRows.length, (start, end) => ledgerRows.slice(start, end));
    const columns = recordSequence(ledgerRows.length, (start, end) => ledgerRows.slice(start, end), ledgerRows.columns());
    const chunks = jsonChunks({ ledger: { rows: columns }, after: [1] });
    const kinds = new Set<string>();
    let text = '';
    for (const chunk of chunks) {
      kinds.add(typeof chunk === 'string' ? 'string' : 'bytes');
      text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    }
    expect(kinds).toEqual(new Set(['string', 'bytes']));
    expect(text).toBe(json({ ledger: { rows: plain }, after: [1] }));
    expect(jsonText(jsonChunks({ ledger: { rows: columns }, after: [1] }))).toBe(text);
    expect(text.split('\n')[4]).toBe('      {"file":"pré.csv","line":3,"id":"S1","status":"matched","detail":""},');
    expect(JSON.stringify(columns)).toBe(JSON.stringify(ledgerRows.toArray()));
    expect(json({ rows: recordSequence(0, () => [], []) })).toBe('{\n  "rows": []\n}\n');
  });

  it('are recognised by their RECORDS mark', () => {
    const sequence = sequenceOf(rows);
    expect(sequence[RECORDS]).toBe(true);
    expect(isRecordSequence(sequence)).toBe(true);
    expect(isRecordSequence(rows)).toBe(false);
    expect(isRecordSequence({ length: 1, slice: () => [] })).toBe(false);
  });

  it('are written by slices: the ledger rows of a report, kept column by column', () => {
    const ledgerRows = LedgerRows.from(Array.from({ length: 300 }, (_, index) => ({ file: 'pre.csv', line: index + 2, id: `S${index}`, status: 'matched' as const, detail: '' })));
    const asked: Array<[number, number]> = [];
    const lines = recordSequence(ledgerRows.length, (start, end) => (asked.push([start, end]), ledgerRows.slice(start, end)));
    expect(json({ lines })).toBe(json({ lines: ledgerRows.toArray() }));
    expect(asked).toEqual([[0, 256], [256, 300]]);
    expect(json({ lines }).split('\n')[2]).toBe('    {"file":"pre.csv","line":2,"id":"S0","status":"matched","detail":""},');
  });
});

describe('long arrays of records', () => {
  const base = (index: number) => ({ id: `S${index}`, teacher: `T${index % 9}`, pre: index % 40, effect: (index % 13) / 7, flag: index % 2 === 0, section: null as unknown });

  it('write records that differ from the others, after the first slice of 256 too, as JSON.stringify does', () => {
    const odd: Record<number, unknown> = {
      300: { ...base(300), extra: 'x' },
      301: (({ id, ...rest }) => ({ ...rest, id }))(base(301)),
      302: (({ section: _section, ...rest }) => rest)(base(302)),
      303: { ...base(303), pre: undefined },
      304: { ...base(304), section: { nested: [1, -0] } },
      305: Object.assign(Object.create(null) as object, base(305)),
      306: { ...base(306), effect: -0, pre: Number.NaN, section: Number.NEGATIVE_INFINITY },
      307: { ...base(307), teacher: '"Ito"\n\u2028\ud83d' },
      308: { ...base(308), section: () => 1 },
      309: {},
      310: { ...base(310), section: new Date(0) },
      311: { ...base(311), section: [{ a: 1 }, { b: '},{' }] },
    };
    const records = Array.from({ length: 400 }, (_, index) => odd[index] ?? base(index));
    const text = json({ records });
    expect(text).toBe(`${layout({ records }, '', 0)}\n`);
    expect(text.split('\n')[2 + 306]).toBe('    {"id":"S306","teacher":"T0","pre":null,"effect":0,"flag":true,"section":null},');
    expect(text.split('\n')[2 + 311]).toBe('    {"id":"S311","teacher":"T5","pre":31,"effect":1.7142857142857142,"flag":false,"section":[{"a":1},{"b":"},{"}]},');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify({ records })));
    expect(json({ records: sequenceOf(records) })).toBe(text);
  });
});

describe('jsonChunks on random values', () => {
  const check = (value: unknown) => {
    const text = json(value);
    const expected = layout(value, '', 0);
    expect(text).toBe(expected === undefined ? '' : `${expected}\n`);
    if (expected !== undefined) expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
  };

  it('is the layout byte for byte, and parses to what JSON.stringify\'s text parses to', () => {
    fc.assert(fc.property(tree, check), { numRuns: 500 });
  });

  it('writes long arrays and sequences of rows of one key set (with odd rows among them) as JSON.stringify does', () => {
    fc.assert(fc.property(rows, fc.boolean(), (records, lazy) => check({ rows: lazy ? sequenceOf(records) : records, after: [records[0]] })), { numRuns: 60 });
  });
});
