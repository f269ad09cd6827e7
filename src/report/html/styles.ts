/** The report's stylesheet: readable on screen, printable to PDF with sensible page breaks. */
export const STYLES = `
:root { --ink: #1d2733; --muted: #5b6675; --line: #d9dee5; --accent: #0b5cad; --soft: #f0f3f7; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #eef1f5; color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1000px; margin: 24px auto; padding: 36px 48px 48px; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.08); }
header { border-bottom: 3px solid var(--accent); padding-bottom: 14px; margin-bottom: 8px; }
.eyebrow { margin: 0; color: var(--muted); font-size: 13px; letter-spacing: .04em; text-transform: uppercase; }
h1 { margin: 4px 0 10px; font-size: 28px; line-height: 1.2; }
h2 { margin: 34px 0 10px; font-size: 20px; border-bottom: 1px solid var(--line); padding-bottom: 4px; break-after: avoid; }
h3 { margin: 18px 0 6px; font-size: 16px; break-after: avoid; }
p { margin: 6px 0 10px; }
.question { font-size: 17px; margin: 0; }
.answer { background: #eef5fc; border-left: 5px solid var(--accent); padding: 6px 22px 8px; border-radius: 0 6px 6px 0; }
.answer h2 { border: 0; margin-top: 10px; }
.answer p { font-size: 16px; }
.note { color: var(--muted); font-size: 13px; }
table { width: 100%; border-collapse: collapse; margin: 8px 0 14px; font-size: 13.5px; font-variant-numeric: tabular-nums; }
th, td { padding: 5px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
.num { text-align: right; white-space: nowrap; }
tbody tr:nth-child(even) td { background: #fafbfc; }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; white-space: nowrap; }
.good { background: #e1f3e8; color: #17613a; }
.low { background: #fff0d4; color: #7a4a00; }
.bad { background: #fde2de; color: #a3261b; }
.plain { background: var(--soft); color: var(--muted); }
figure { margin: 18px 0 22px; break-inside: avoid; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
.next-steps { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 14px; }
.next-steps section { border: 1px solid var(--line); border-radius: 6px; padding: 6px 14px 10px; break-inside: avoid; }
.next-steps h3 { margin-top: 6px; }
.next-steps ul { margin: 4px 0; padding-left: 18px; font-size: 13.5px; }
.caveats { background: #fff8e6; border-left: 4px solid #d9a400; border-radius: 0 6px 6px 0; margin: 0; padding: 10px 16px 10px 34px; }
.caveats li { margin: 3px 0; }
.method { color: var(--muted); font-size: 13.5px; }
footer { margin-top: 30px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
@page { margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  main { margin: 0; padding: 0; max-width: none; box-shadow: none; }
  h2 { margin-top: 20px; }
  .keep, .answer, figure, .next-steps section { break-inside: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .page-break { break-before: page; }
}
`;
