/**
 * The JSON layout (src/report/json-chunks.ts): two-space indentation, except that an array of flat
 * records has one compact record per line. Random values are compared byte for byte with a plain
 * recursive statement of the layout, and after `JSON.parse` with `JSON.stringify`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/report/json-chunks.js';

const json = (value: unknown, suffix?: string) => [...jsonChunks(value, suffix)].join('');

/** The layout stated plainly: what jsonChunks must produce (without the final newline). */
function layout(value: unknown, key: string, depth: number): string | undefined {
  if (((typeof value === 'object' && value !== null) || typeof value === 'bigint') && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) value = value.valueOf();
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const inner = '  '.repeat(depth + 1);
  const close = '  '.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const flat = Array.from(value as unknown[]).every((item) => {
      const prototype = item !== null && typeof item === 'object' ? Object.getPrototypeOf(item) : undefined;
      return (prototype === Object.prototype || prototype === null) && Object.values(item).every((member) => member === null || member === undefined || ['string', 'number', 'boolean'].includes(typeof member));
    });
    const items = Array.from(value, (item: unknown, index) => (flat ? JSON.stringify(item) : (layout(item, String(index), depth + 1) ?? 'null')));
    return `[\n${inner}${items.join(`,\n${inner}`)}\n${close}]`;
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

const { value: tree } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'tree' },
    { weight: 6, arbitrary: member },
    { weight: 2, arbitrary: flatRecords },
    { weight: 2, arbitrary: fc.array(tie('value'), { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.array(member, { minLength: 60, maxLength: 110 }) },
    { weight: 1, arbitrary: fc.array(fc.oneof(member, flatRecord, fc.array(member, { maxLength: 3 })), { minLength: 60, maxLength: 110 }) },
    { weight: 1, arbitrary: fc.sparseArray(tie('value'), { maxLength: 5 }) },
    { weight: 3, arbitrary: fc.dictionary(key, tie('value'), { maxKeys: 5 }) },
    { weight: 1, arbitrary: tie('value').map((inner) => ({ toJSON: (name: string) => ({ name, inner }) })) },
    { weight: 1, arbitrary: flatRecords.map((records) => ({ toJSON: () => records })) },
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

  it('writes a record whose text holds "},{" correctly (the slice falls back to record by record)', () => {
    const rows = Array.from({ length: 300 }, (_, index) => ({ id: index, note: index === 150 ? 'a},{"b":1' : 'x' }));
    const text = json({ rows });
    expect(text.split('\n')[152]).toBe('    {"id":150,"note":"a},{\\"b\\":1"},');
    expect(JSON.parse(text)).toEqual({ rows });
  });

  it('lays out a top-level array of records, nested arrays of records and long arrays of groups', () => {
    expect(json([{ a: 1 }, { a: 2 }], '')).toBe('[\n  {"a":1},\n  {"a":2}\n]');
    expect(json([[{ a: 1 }], []], '')).toBe('[\n  [\n    {"a":1}\n  ],\n  []\n]');
    const groups = Array.from({ length: 100 }, (_, index) => ({ value: `T${index}`, pre: { mean: index / 3 }, rows: index === 50 ? [{ a: 1 }] : [] }));
    expect(json({ groups })).toBe(`${layout({ groups }, '', 0)}\n`);
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

describe('jsonChunks on random values', () => {
  it('is the layout byte for byte, and parses to what JSON.stringify\'s text parses to', () => {
    fc.assert(
      fc.property(tree, (value) => {
        const text = json(value);
        const expected = layout(value, '', 0);
        expect(text).toBe(expected === undefined ? '' : `${expected}\n`);
        if (expected !== undefined) expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 500 },
    );
  });
});
