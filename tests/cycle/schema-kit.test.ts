import { describe, expect, it } from 'vitest';
import { boolean, either, list, literal, nullable, number, object, oneOf, optional, record, SchemaViolation, text } from '../../src/cycle/schema-kit.js';

function violation(run: () => unknown): SchemaViolation {
  try {
    run();
  } catch (error) {
    if (error instanceof SchemaViolation) return error;
    throw error;
  }
  throw new Error('expected a SchemaViolation');
}

describe('schema kit', () => {
  const shape = object({
    name: text({ nonEmpty: true }),
    n: number({ integer: true, min: 1 }),
    ok: boolean(),
    kind: oneOf(['a', 'b']),
    note: optional(text()),
    items: list(object({ column: either(text({ nonEmpty: true }), number({ integer: true, min: 1 })) })),
    owners: record(text()),
    cap: nullable(number({ positive: true })),
    version: literal(1),
  });
  const good = { name: 'x', n: 2, ok: true, kind: 'a', items: [{ column: 'ID' }, { column: 3 }], owners: { Okafor: 'A' }, cap: null, version: 1 };

  it('returns a valid value unchanged, leaving absent optional fields out', () => {
    expect(shape.parse(good)).toEqual(good);
    expect('note' in shape.parse(good)).toBe(false);
    expect(shape.parse({ ...good, note: 'hi' }).note).toBe('hi');
  });

  it.each([
    [{ ...good, name: '  ' }, 'name: expected a non-empty string, got the string "  "'],
    [{ ...good, n: 1.5 }, 'n: expected a whole number of at least 1, got the number 1.5'],
    [{ ...good, ok: 'yes' }, 'ok: expected true or false, got the string "yes"'],
    [{ ...good, kind: 'c' }, 'kind: expected one of "a", "b", got the string "c"'],
    [{ ...good, items: [{ column: 'ID' }, { column: 0 }] }, 'items[1].column: expected a non-empty string or a whole number of at least 1, got the number 0'],
    [{ ...good, items: {} }, 'items: expected a list, got an object'],
    [{ ...good, owners: { 'Ms. Okafor': 3 } }, 'owners["Ms. Okafor"]: expected a string, got the number 3'],
    [{ ...good, cap: -1 }, 'cap: expected a number greater than 0 or null, got the number -1'],
    [{ ...good, version: 2 }, 'version: expected 1, got the number 2'],
    [{ ...good, nmae: 'typo' }, 'nmae: unknown field; expected one of name, n, ok, kind, note, items, owners, cap, version'],
  ])('names the path and what was expected (%#)', (value, message) => {
    expect(violation(() => shape.parse(value)).message).toBe(message);
  });

  it('reports a missing required field', () => {
    const { name: _name, ...rest } = good;
    expect(violation(() => shape.parse(rest)).message).toBe('name: missing; expected a non-empty string');
  });

  it('reports a non-object at the top level', () => {
    expect(violation(() => shape.parse([])).message).toBe('(top level): expected an object, got a list');
  });
});
