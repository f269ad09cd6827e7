/**
 * The few ANSI styles impact's terminal output uses, written out rather than loaded: chalk costs
 * about 15 ms of start-up to import, a tenth of a small report's run (issue 7). The output is
 * byte-for-byte chalk's at level 1 (16 colours): a style closed inside the text is reopened, and
 * every line break closes and reopens the style (tests/report/ansi.test.ts checks against chalk).
 */

/** A text style: the text wrapped in its codes (empty text stays empty). */
export type Style = (text: string) => string;

/** One SGR attribute: its opening and closing code. */
interface Attribute {
  open: string;
  close: string;
}

const BOLD: Attribute = { open: '\u001B[1m', close: '\u001B[22m' };
const DIM: Attribute = { open: '\u001B[2m', close: '\u001B[22m' };
const RED: Attribute = { open: '\u001B[31m', close: '\u001B[39m' };
const YELLOW: Attribute = { open: '\u001B[33m', close: '\u001B[39m' };
const CYAN: Attribute = { open: '\u001B[36m', close: '\u001B[39m' };

/** A style applying `attributes`, outermost first (`style(BOLD, CYAN)` is chalk's `bold.cyan`). */
function style(...attributes: Attribute[]): Style {
  const openAll = attributes.map((attribute) => attribute.open).join('');
  const closeAll = attributes.map((attribute) => attribute.close).reverse().join('');
  const innermostFirst = [...attributes].reverse();
  return (text) => {
    if (text === '') return '';
    let body = text;
    if (body.includes('\u001B')) {
      for (const attribute of innermostFirst) body = body.replaceAll(attribute.close, attribute.close + attribute.open);
    }
    body = body.replace(/\r?\n/g, (lineBreak) => closeAll + lineBreak + openAll);
    return openAll + body + closeAll;
  };
}

const plain: Style = (text) => text;

/** The styles of the terminal report and of error messages. */
export interface Palette {
  bold: Style;
  dim: Style;
  /** Section headings: bold cyan. */
  heading: Style;
  /** Caveats: yellow. */
  warning: Style;
  /** `impact: error:`: bold red. */
  error: Style;
  /** `hint:`: yellow. */
  hint: Style;
}

export const COLOURED: Palette = {
  bold: style(BOLD),
  dim: style(DIM),
  heading: style(BOLD, CYAN),
  warning: style(YELLOW),
  error: style(RED, BOLD),
  hint: style(YELLOW),
};

export const PLAIN: Palette = { bold: plain, dim: plain, heading: plain, warning: plain, error: plain, hint: plain };

/** The coloured palette when `colour`, else the plain one. */
export function palette(colour: boolean): Palette {
  return colour ? COLOURED : PLAIN;
}
