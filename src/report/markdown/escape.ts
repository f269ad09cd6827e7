/**
 * Input text as literal GitHub-flavoured Markdown, escaping only what Markdown would act on so the
 * text still reads cleanly when pasted raw: one line; `\`, backticks, `*`, `|`, `~` escaped;
 * `_` where it could start or end emphasis; `]` where it would close a link; `<` where it would
 * open a tag or autolink (so `<script>` shows as text); a leading list, heading or quote marker.
 */
import { printable } from '../text/printable.js';

export function markdownText(text: string): string {
  return printable(text)
    .replace(/[\\`*|~]/g, '\\$&')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/\](?=[([:])/g, '\\]')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    .replace(/^([+-]|\d+[.)])(?=\s)/, '\\$1')
    .replace(/^(#|>|=+$)/, '\\$1');
}
