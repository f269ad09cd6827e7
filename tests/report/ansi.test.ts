import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { COLOURED, PLAIN, palette } from '../../src/report/text/ansi.js';

// The oracle: chalk at level 1, which the terminal report and error messages used before issue 7.
const chalk = new Chalk({ level: 1 });
const CHALK = {
  bold: (text: string) => chalk.bold(text),
  dim: (text: string) => chalk.dim(text),
  heading: (text: string) => chalk.bold.cyan(text),
  warning: (text: string) => chalk.yellow(text),
  error: (text: string) => chalk.red.bold(text),
  hint: (text: string) => chalk.yellow(text),
};

const SAMPLES = [
  '',
  'GROWTH BY STRATEGY',
  'two\nlines',
  'windows\r\nline ends\r\n',
  '\nleading and trailing\n',
  `already ${chalk.yellow('yellow')} inside`,
  `already ${chalk.bold('bold')} and ${chalk.dim('dim')} and ${chalk.red.bold('both')}\nthen a line`,
  'Ünïcödé — ✓',
];

describe('ANSI styles (byte-for-byte chalk level 1)', () => {
  it.each(Object.keys(CHALK) as Array<keyof typeof CHALK>)('%s', (name) => {
    for (const sample of SAMPLES) expect(JSON.stringify(COLOURED[name](sample))).toBe(JSON.stringify(CHALK[name](sample)));
  });

  it('plain leaves text alone', () => {
    for (const sample of SAMPLES) for (const style of Object.values(PLAIN)) expect(style(sample)).toBe(sample);
    expect(palette(false)).toBe(PLAIN);
    expect(palette(true)).toBe(COLOURED);
  });
});
