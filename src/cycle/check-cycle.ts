/**
 * The rules a cycle must follow beyond each field's type: the reference group and every teacher
 * or section assignment name one of the cycle's strategies, strategy names are unique, bands go up,
 * and the proficiency cutoff is within the maximum score.
 */
import type { Cycle } from './cycle-schema.js';
import { SchemaViolation } from './schema-kit.js';

/** Returns the cycle when it follows the rules, otherwise throws `SchemaViolation` at the field. */
export function checkCycle(cycle: Cycle): Cycle {
  const names = cycle.strategies.map((strategy) => strategy.name);
  const listed = names.map((name) => `"${name}"`).join(', ');
  const mustBeStrategy = (path: string, value: string) => {
    if (!names.includes(value)) {
      throw new SchemaViolation(path, `expected one of the strategies (${listed || 'none defined'}), got "${value}"`);
    }
  };
  names.forEach((name, index) => {
    if (names.indexOf(name) !== index) throw new SchemaViolation(`strategies[${index}].name`, `"${name}" is listed twice`);
  });
  if (cycle.reference !== null) mustBeStrategy('reference', cycle.reference);
  for (const [teacher, strategy] of Object.entries(cycle.assignments.teachers)) mustBeStrategy(`assignments.teachers[${JSON.stringify(teacher)}]`, strategy);
  for (const [section, strategy] of Object.entries(cycle.assignments.sections)) mustBeStrategy(`assignments.sections[${JSON.stringify(section)}]`, strategy);
  const { maxScore, proficientAt, bands } = cycle.assessment;
  if (maxScore !== null && proficientAt !== null && proficientAt > maxScore) {
    throw new SchemaViolation('assessment.proficientAt', `expected at most the maximum score (${maxScore}), got the number ${proficientAt}`);
  }
  for (let index = 1; index < bands.length; index++) {
    if (bands[index].from <= bands[index - 1].from) {
      throw new SchemaViolation(`assessment.bands[${index}].from`, `expected more than the previous band's ${bands[index - 1].from}, got the number ${bands[index].from}`);
    }
  }
  return cycle;
}
