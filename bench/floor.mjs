#!/usr/bin/env node
/**
 * The floor the benchmark compares against: Node reading the file(s) and counting the lines,
 * doing nothing else. `node bench/floor.mjs FILE...` prints the line count.
 */
import { createReadStream } from 'node:fs';

let lines = 0;
for (const file of process.argv.slice(2)) {
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) lines++;
  }
}
process.stdout.write(`${lines}\n`);
