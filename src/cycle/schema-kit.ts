/**
 * A small typed validator for JSON read from disk: each schema checks an `unknown` value and
 * returns it typed, or throws a `SchemaViolation` naming the path of the bad field
 * (`strategies[1].name`) and what was expected there. The TypeScript type of a schema's output is
 * inferred (`Infer<typeof schema>`), so the schema is the one definition of the shape.
 *
 * @example object({ n: number() }).parse({ n: 'x' }) // throws: n: expected a number, got the string "x"
 */

/** The first bad field found: where it is, what was expected, and what was there. */
export class SchemaViolation extends Error {
  /** `problem` is what is wrong, e.g. `expected a number, got the string "x"`. */
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path === '' ? '(top level)' : path}: ${problem}`);
    this.name = 'SchemaViolation';
  }
}

export interface Schema<T> {
  /** What the value should be, in words (`a number of at least 0`). */
  readonly expected: string;
  parse(value: unknown, path?: string): T;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

/** How a value is shown in an error: its type and, when short, the value itself. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `the string "${value.slice(0, 40)}…"` : `the string "${value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

function schema<T>(expected: string, check: (value: unknown, path: string) => T): Schema<T> {
  return { expected, parse: (value, path = '') => check(value, path) };
}

function fail(path: string, expected: string, value: unknown): never {
  throw new SchemaViolation(path, `expected ${expected}, got ${describeValue(value)}`);
}

/** A string; `nonEmpty` also refuses one that is blank after trimming. */
export function text(options: { nonEmpty?: boolean; pattern?: RegExp; expected?: string } = {}): Schema<string> {
  const expected = options.expected ?? (options.nonEmpty ? 'a non-empty string' : 'a string');
  return schema(expected, (value, path) => {
    if (typeof value !== 'string') fail(path, expected, value);
    if (options.nonEmpty && value.trim() === '') fail(path, expected, value);
    if (options.pattern && !options.pattern.test(value)) fail(path, expected, value);
    return value;
  });
}

/** A finite number, optionally whole and at least `min`. */
export function number(options: { min?: number; integer?: boolean; positive?: boolean } = {}): Schema<number> {
  const kind = options.integer ? 'a whole number' : 'a number';
  const bound = options.positive ? ' greater than 0' : options.min !== undefined ? ` of at least ${options.min}` : '';
  const expected = kind + bound;
  return schema(expected, (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, expected, value);
    if (options.integer && !Number.isInteger(value)) fail(path, expected, value);
    if (options.positive && value <= 0) fail(path, expected, value);
    if (options.min !== undefined && value < options.min) fail(path, expected, value);
    return value;
  });
}

export function boolean(): Schema<boolean> {
  return schema('true or false', (value, path) => (typeof value === 'boolean' ? value : fail(path, 'true or false', value)));
}

/** One of a fixed set of strings. */
export function oneOf<const T extends string>(choices: readonly T[]): Schema<T> {
  const expected = `one of ${choices.map((choice) => `"${choice}"`).join(', ')}`;
  return schema(expected, (value, path) => ((choices as readonly unknown[]).includes(value) ? (value as T) : fail(path, expected, value)));
}

/** Exactly this value (a format version). */
export function literal<const T extends string | number>(wanted: T): Schema<T> {
  const expected = typeof wanted === 'string' ? `"${wanted}"` : String(wanted);
  return schema(expected, (value, path) => (value === wanted ? wanted : fail(path, expected, value)));
}

/** Either of two schemas (tried in order); the message lists both. */
export function either<A, B>(first: Schema<A>, second: Schema<B>): Schema<A | B> {
  const expected = `${first.expected} or ${second.expected}`;
  return schema(expected, (value, path) => {
    try {
      return first.parse(value, path);
    } catch (error) {
      if (!(error instanceof SchemaViolation)) throw error;
    }
    try {
      return second.parse(value, path);
    } catch (error) {
      if (error instanceof SchemaViolation && error.path === path) fail(path, expected, value);
      throw error;
    }
  });
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  const expected = `${inner.expected} or null`;
  return schema(expected, (value, path) => {
    if (value === null) return null;
    try {
      return inner.parse(value, path);
    } catch (error) {
      if (error instanceof SchemaViolation && error.path === path) fail(path, expected, value);
      throw error;
    }
  });
}

export function list<T>(item: Schema<T>): Schema<T[]> {
  return schema('a list', (value, path) => {
    if (!Array.isArray(value)) fail(path, 'a list', value);
    return value.map((entry, index) => item.parse(entry, `${path}[${index}]`));
  });
}

/** An object whose keys are free text and whose values all follow `item`. */
export function record<T>(item: Schema<T>): Schema<Record<string, T>> {
  return schema('an object', (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object', value);
    const result: Record<string, T> = {};
    for (const [key, entry] of Object.entries(value)) result[key] = item.parse(entry, join(path, key));
    return result;
  });
}

/** Marks an object field that may be left out (it is then absent from the result). */
export interface OptionalField<T> {
  readonly optional: Schema<T>;
}

export function optional<T>(inner: Schema<T>): OptionalField<T> {
  return { optional: inner };
}

type Shape = Record<string, Schema<unknown> | OptionalField<unknown>>;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends Schema<unknown> ? K : never }[keyof S];
type OptionalKeys<S extends Shape> = Exclude<keyof S, RequiredKeys<S>>;
type FieldType<F> = F extends Schema<infer T> ? T : F extends OptionalField<infer T> ? T : never;
export type ObjectOf<S extends Shape> = { [K in RequiredKeys<S>]: FieldType<S[K]> } & { [K in OptionalKeys<S>]?: FieldType<S[K]> };

/** An object with exactly these fields: a missing required field or an unknown one (a typo) is an error. */
export function object<S extends Shape>(shape: S): Schema<{ [K in keyof ObjectOf<S>]: ObjectOf<S>[K] }> {
  return schema('an object', (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object', value);
    const input = value as Record<string, unknown>;
    const known = Object.keys(shape);
    for (const key of Object.keys(input)) {
      if (!known.includes(key)) throw new SchemaViolation(join(path, key), `unknown field; expected one of ${known.join(', ')}`);
    }
    const result: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(shape)) {
      const fieldPath = join(path, key);
      if ('optional' in field) {
        if (input[key] !== undefined) result[key] = field.optional.parse(input[key], fieldPath);
        continue;
      }
      if (!(key in input)) throw new SchemaViolation(fieldPath, `missing; expected ${field.expected}`);
      result[key] = field.parse(input[key], fieldPath);
    }
    return result as ObjectOf<S>;
  });
}

/** `a.b`, or `a["odd key"]` when the key is not a plain word. */
function join(path: string, key: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}
