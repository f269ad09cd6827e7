/**
 * Applies a function to every string value inside a JSON-like value (objects, arrays), returning
 * a new value; object keys, numbers, booleans and nulls are left as they are.
 */
export function mapStrings<T>(value: T, change: (text: string) => string): T {
  if (typeof value === 'string') return change(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = mapStrings(item, change);
    return out as T;
  }
  return value;
}
