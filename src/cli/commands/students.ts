/**
 * impact students [files...] — the per-student table: growth, flags, next steps.
 */
import type { Command } from 'commander';
import { registerAnalysisCommand } from './analysis-command.js';

const EXAMPLES = `
Examples:
  impact students pre.csv post.csv --id "Student ID" --score Score --max-score 40
  impact students scores.csv --pre Pre --post Post --format csv --out students.csv
  impact students --cycle fractions-spring --format csv    (the cycle's imported data)`;

export function registerStudents(program: Command): void {
  registerAnalysisCommand(program, {
    name: 'students',
    summary: 'per-student growth, flags and next steps',
    description: 'One row per student: pre, post, gain, normalized change, individual effect size and flag.',
    examples: EXAMPLES,
    renderer: 'studentsChunks',
  });
}
