#!/usr/bin/env node
/**
 * The parser comparison behind the tokenizer choice (README, "Performance"): csv-parse, papaparse
 * and uDSV against impact's own tokenizer (src/ingest/csv-records.ts) on speed and memory over a
 * large generated file, and on agreement with impact's records over every fixture CSV.
 *
 *   npm run build && node bench/compare-parsers.mjs FILE.csv [PARSERS_DIR]
 *
 * papaparse and udsv are not dependencies of impact: install them somewhere else
 * (`npm install --prefix /tmp/parsers papaparse udsv csv-parse`) and pass that folder.
 * Each parser runs in its own process so memory figures do not mix.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [file, parsersDir = root, only] = process.argv.slice(2);
const NAMES = ['impact', 'csv-parse', 'papaparse', 'udsv'];

async function parserFor(name) {
  const require = createRequire(join(parsersDir, 'package.json'));
  const load = async (specifier) => import(pathToFileURL(require.resolve(specifier)).href);
  if (name === 'impact') {
    const { csvRecords } = await import(pathToFileURL(join(root, 'dist/ingest/csv-records.js')).href);
    return (text, delimiter) => Array.from(csvRecords(text, delimiter), (record) => record.fields);
  }
  if (name === 'csv-parse') {
    const { parse } = await load('csv-parse/sync');
    return (text, delimiter) => parse(text, { delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: false });
  }
  if (name === 'papaparse') {
    const Papa = (await load('papaparse')).default;
    // papaparse reads a final line end as one more (empty) record; impact does not.
    return (text, delimiter) => {
      const data = Papa.parse(text, { delimiter, skipEmptyLines: false }).data;
      if (/[\r\n]$/.test(text) && data.length > 0 && data[data.length - 1].length === 1 && data[data.length - 1][0] === '') data.pop();
      return data;
    };
  }
  const { inferSchema, initParser } = await load('udsv');
  return (text, delimiter) => {
    // uDSV takes the first line as the header (schema.cols) and returns the rows after it.
    const schema = inferSchema(text, { col: delimiter });
    return [schema.cols.map((column) => column.name), ...initParser(schema).stringArrs(text)];
  };
}

if (only !== undefined) {
  // Child: time one parser on one file.
  const parse = await parserFor(only);
  const text = readFileSync(file, 'utf8');
  const before = process.memoryUsage().rss;
  const started = performance.now();
  let records = 0;
  try {
    records = parse(text, ',').length;
  } catch (error) {
    process.stdout.write(JSON.stringify({ error: String(error.message ?? error).slice(0, 80) }));
    process.exit(0);
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(JSON.stringify({ seconds, records, rssMb: process.memoryUsage().rss / 1e6, growthMb: (process.memoryUsage().rss - before) / 1e6 }));
  process.exit(0);
}

const mb = statSync(file).size / 1e6;
process.stdout.write(`Speed and memory on ${file} (${mb.toFixed(1)} MB), parsing the decoded text to arrays of fields:\n`);
for (const name of NAMES) {
  try {
    const result = JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), file, parsersDir, name], { encoding: 'utf8' }));
    if (result.error) process.stdout.write(`  ${name.padEnd(10)} failed: ${result.error}\n`);
    else process.stdout.write(`  ${name.padEnd(10)} ${result.seconds.toFixed(2)} s  ${(mb / result.seconds).toFixed(0).padStart(4)} MB/s  ${result.records} records  peak RSS ${result.rssMb.toFixed(0)} MB\n`);
  } catch (error) {
    process.stdout.write(`  ${name.padEnd(10)} not available (${String(error.message).split('\n')[0].slice(0, 60)})\n`);
  }
}

// Agreement on every fixture: same records (fields and count) as impact's tokenizer?
const { decodeBytes } = await import(pathToFileURL(join(root, 'dist/ingest/decode.js')).href);
const { sniffDelimiter } = await import(pathToFileURL(join(root, 'dist/ingest/sniff-delimiter.js')).href);
const fixtures = [];
(function walk(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.(csv|tsv|txt)$/i.test(entry.name)) fixtures.push(path);
  }
})(join(root, 'fixtures'));
const reference = await parserFor('impact');
process.stdout.write(`\nAgreement with impact's records on ${fixtures.length} fixture files:\n`);
for (const name of NAMES.slice(1)) {
  let parse;
  try {
    parse = await parserFor(name);
  } catch {
    process.stdout.write(`  ${name.padEnd(10)} not available\n`);
    continue;
  }
  const differ = [];
  for (const fixture of fixtures) {
    let text;
    try {
      text = decodeBytes(readFileSync(fixture), fixture).text;
    } catch {
      continue;
    }
    const delimiter = sniffDelimiter(text);
    let expected;
    try {
      expected = JSON.stringify(reference(text, delimiter));
    } catch {
      expected = 'error';
    }
    let actual;
    try {
      actual = JSON.stringify(parse(text, delimiter));
    } catch {
      actual = 'error';
    }
    if (actual !== expected) differ.push(fixture.slice(root.length + 1));
  }
  process.stdout.write(`  ${name.padEnd(10)} ${fixtures.length - differ.length}/${fixtures.length} agree${differ.length > 0 ? `; differ: ${differ.slice(0, 6).join(', ')}${differ.length > 6 ? ', …' : ''}` : ''}\n`);
}
