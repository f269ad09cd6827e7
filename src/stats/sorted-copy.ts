/** Up to this many values an insertion sort in plain JS beats allocating a typed array to sort. */
const INSERTION_SORT_LIMIT = 64;

/**
 * Sorted copy: the values in ascending numeric order, as a new array (the input is not modified),
 * like R's `sort(x)` for finite numbers. The one sort behind the median, the minimum and maximum
 * and the signed ranks of a group, so each group's scores are sorted once.
 *
 * Up to 64 values (one classroom) it sorts by insertion, with no allocation beyond the copy;
 * beyond that by the native numeric sort of a Float64Array (a state-wide group of 100,000s).
 *
 * @param values finite numbers (not modified); −0 and 0 count as equal, in either order
 * @example
 * sortedCopy([14, 12, 20, 15]); // => [12, 14, 15, 20]
 */
export function sortedCopy(values: readonly number[]): number[] {
  const n = values.length;
  if (n > INSERTION_SORT_LIMIT) {
    const counted = countingSort(values);
    if (counted !== null) return counted;
    const sorted = new Float64Array(values).sort();
    const copy: number[] = new Array(n);
    for (let i = 0; i < n; i++) copy[i] = sorted[i];
    return copy;
  }
  const copy = values.slice();
  for (let i = 1; i < n; i++) {
    const value = copy[i];
    let j = i - 1;
    while (j >= 0 && copy[j] > value) {
      copy[j + 1] = copy[j];
      j--;
    }
    copy[j + 1] = value;
  }
  return copy;
}

/**
 * Whole numbers within a range no wider than the group is large (scores 0–40, RIT 150–300, gains
 * −40…40): sorted by counting each value, in time proportional to the group. A state-wide group
 * of 200,000 scores sorts ~10× faster than by comparison. Anything else: null.
 */
function countingSort(values: readonly number[]): number[] | null {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (!Number.isInteger(value)) return null;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const width = max - min + 1;
  if (!(width <= n)) return null;
  const counts = new Int32Array(width);
  for (let i = 0; i < n; i++) counts[values[i] - min]++;
  // Allocated at its size: growing 200,000 values by push copies them several times over.
  const sorted: number[] = new Array(n);
  let filled = 0;
  for (let offset = 0; offset < width; offset++) {
    const value = offset + min;
    for (let count = counts[offset]; count > 0; count--) sorted[filled++] = value;
  }
  return sorted;
}
