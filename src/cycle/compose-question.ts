/**
 * The research question, composed from the problem and the strategies in a coach's words:
 * "What impact will Whiteboard fluency have on slow math fact recall?" The reference group, when
 * there is one, is named as the comparison. The team may edit it; the edit is kept.
 *
 * @example composeQuestion('slow math fact recall', ['Whiteboard fluency'], null)
 * // 'What impact will Whiteboard fluency have on slow math fact recall?'
 */
export function composeQuestion(problem: string, strategies: readonly string[], reference: string | null): string {
  const tried = strategies.filter((name) => name !== reference);
  const subject = tried.length === 0 ? 'the strategy' : joinWithAnd(tried);
  const topic = problem.trim().replace(/[.?!]+$/, '');
  const comparison = reference !== null ? `, compared with ${reference}` : '';
  return `What impact will ${subject} have on ${lowerFirst(topic)}${comparison}?`;
}

/** `A`, `A and B`, `A, B and C`. */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** `Slow recall` → `slow recall`, but `ELL students` and `I` stay as written. */
function lowerFirst(text: string): string {
  const firstWord = text.split(/\s/, 1)[0];
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
