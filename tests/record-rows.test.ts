/** How a column kept in a typed array grows (record-rows.ts): `grown` copies it into a longer one of the same kind. */
import { describe, expect, it } from 'vitest';
import { grown } from '../src/record-rows.js';

describe('grown', () => {
  it('copies a typed array into a longer one of the same kind', () => {
    const longer = grown(Int32Array.of(3, -1, 7), 6);
    expect(longer).toBeInstanceOf(Int32Array);
    expect([...longer]).toEqual([3, -1, 7, 0, 0, 0]);
    const doubles = grown(Float64Array.of(2.5), 2);
    expect(doubles).toBeInstanceOf(Float64Array);
    expect([...doubles]).toEqual([2.5, 0]);
  });
});
