import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KeyIndex } from '../../src/ingest/key-index.js';

describe('KeyIndex', () => {
  it('numbers keys in the order first seen (the @example)', () => {
    const index = new KeyIndex();
    expect([index.numberOf('S1'), index.numberOf('S2'), index.numberOf('S1')]).toEqual([0, 1, 0]);
    expect(index.size).toBe(2);
    expect(index.keyOf(1)).toBe('S2');
  });

  it('keeps 200,000 keys apart through many rehashes, including the empty key and near-equal ones', () => {
    const index = new KeyIndex();
    const keys = ['', ' ', '0', '00', 'a', 'A', 'é', 'e\u0301'];
    for (let number = 0; number < 200_000; number++) keys.push(String(number).padStart(7, '0'));
    const first = keys.map((key) => index.numberOf(key));
    const again = keys.map((key) => index.numberOf(key));
    const expected = keys.map((_, number) => number);
    expect(first).toEqual(expected);
    expect(again).toEqual(expected);
    expect(index.size).toBe(keys.length);
  });

  it('sized for the keys expected, still numbers more or fewer keys alike', () => {
    for (const expected of [0, 10, 5000, 100_000]) {
      const index = new KeyIndex(expected);
      const keys = Array.from({ length: 20_000 }, (_, number) => `S${number % 15_000}`);
      expect(keys.map((key) => index.numberOf(key))).toEqual(keys.map((_, number) => number % 15_000));
      expect(index.size).toBe(15_000);
      expect(index.keyOf(14_999)).toBe('S14999');
    }
  });

  it('agrees with a Map on any sequence of strings', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3000 }), (keys) => {
        const index = new KeyIndex();
        const map = new Map<string, number>();
        for (const key of keys) {
          if (!map.has(key)) map.set(key, map.size);
          expect(index.numberOf(key)).toBe(map.get(key));
        }
        expect(index.size).toBe(map.size);
      }),
    );
  });
});
