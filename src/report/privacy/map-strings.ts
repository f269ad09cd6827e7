/**
 * Applies a function to every free-text string inside a JSON-like value (objects, arrays, and
 * values that map their own strings, like the ledger's rows), returning a new value; object keys,
 * numbers, booleans and nulls are left as they are, and so are the contract's fixed vocabularies
 * (`flag`, `status`, warning `code`, `method`…), which never hold input text and must stay
 * machine-readable whatever a student is called.
 */
const VOCABULARY_KEYS = new Set(['flag', 'status', 'code', 'method', 'over', 'effectSize', 'benchmark', 'view']);

/** A value that maps its own strings (the ledger's rows, stored column by column). */
interface MapsOwnStrings {
  mapStrings(change: (text: string) => string): unknown;
}

export function mapStrings<T>(value: T, change: (text: string) => string): T {
  if (typeof value === 'string') return change(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change)) as T;
  if (mapsOwnStrings(value)) return value.mapStrings(change) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = typeof item === 'string' && VOCABULARY_KEYS.has(key) ? item : mapStrings(item, change);
    return out as T;
  }
  return value;
}

function mapsOwnStrings(value: unknown): value is MapsOwnStrings {
  return typeof value === 'object' && value !== null && typeof (value as Partial<MapsOwnStrings>).mapStrings === 'function';
}
