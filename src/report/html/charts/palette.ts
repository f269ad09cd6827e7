/**
 * Strategy colours from the Okabe–Ito palette (distinguishable with colour-blindness); the
 * reference group (business as usual) is grey so the strategies being tried stand out.
 */
const COLOURS = ['#0072B2', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#D55E00'];
export const REFERENCE_COLOUR = '#7A7F87';
export const DECLINE_COLOUR = '#D55E00';
export const INK = '#1d2733';
export const MUTED = '#5b6675';
export const GRID = '#e3e7ec';

/** Colour of each strategy by name, in the order given. */
export function strategyColours(names: readonly string[], reference: string | null): Map<string, string> {
  const colours = new Map<string, string>();
  let next = 0;
  for (const name of names) colours.set(name, name === reference ? REFERENCE_COLOUR : COLOURS[next++ % COLOURS.length]);
  return colours;
}
