/**
 * Dense numbers for string keys: the first key seen is 0, the next new one 1, and so on. Matching
 * a million students looks up a million IDs; a `Map<string, …>` of that size spends most of its
 * time rehashing and chasing entries (measured: ~1.1 s for 1M seven-digit IDs, this table ~0.4 s).
 * Open addressing over typed arrays, with FNV-1a hashes kept beside the keys so a probe compares
 * strings only when the hashes agree.
 *
 * @example
 * const index = new KeyIndex();
 * index.numberOf('S1'); // 0
 * index.numberOf('S2'); // 1
 * index.numberOf('S1'); // 0
 * index.size; // 2
 */
export class KeyIndex {
  private readonly keys: string[] = [];
  private hashes: Int32Array;
  /** Key number + 1 in each slot; 0 is empty. */
  private slots: Int32Array;

  /**
   * @param expected how many keys are likely (e.g. the rows to match): the table is made that big
   * at once instead of doubling its way there (each doubling re-inserts every key: at a million
   * keys that was about a third of the numbering time). More keys still fit; it grows as needed.
   */
  constructor(expected = 1024) {
    const keys = Math.max(1024, Math.min(expected, 1 << 26));
    let capacity = 2048;
    while (capacity < keys * 2) capacity *= 2;
    this.hashes = new Int32Array(keys);
    this.slots = new Int32Array(capacity);
  }

  /** How many distinct keys have been seen. */
  get size(): number {
    return this.keys.length;
  }

  /** The key with number `number`. */
  keyOf(number: number): string {
    return this.keys[number];
  }

  /** The key's number, assigning the next one when the key is new. */
  numberOf(key: string): number {
    const hash = hashOf(key);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let taken = this.slots[slot]; taken !== 0; taken = this.slots[slot]) {
      if (this.hashes[taken - 1] === hash && this.keys[taken - 1] === key) return taken - 1;
      slot = (slot + 1) & mask;
    }
    const number = this.keys.length;
    this.keys.push(key);
    if (number === this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[number] = hash;
    this.slots[slot] = number + 1;
    // At most half full, so probes stay short.
    if (this.keys.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    return number;
  }

  private rehash(capacity: number): void {
    const slots = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let number = 0; number < this.keys.length; number++) {
      let slot = this.hashes[number] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = number + 1;
    }
    this.slots = slots;
  }
}

/** 32-bit FNV-1a over the UTF-16 code units, then MurmurHash3's finaliser so the low bits (the slot) depend on every character. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let index = 0; index < key.length; index++) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}
