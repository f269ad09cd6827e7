/**
 * A student's name as a matching key, for exports without an ID (`--match name`): lower case,
 * accents removed, punctuation dropped, and the words sorted, so `Peña, Sofía`, `sofia pena` and
 * `Sofia  Peña` are one key.
 *
 * @example normaliseName('Peña, Sofía') === normaliseName('Sofia Pena') // true
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '')
    .sort()
    .join(' ');
}
