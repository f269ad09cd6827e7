import { describe, expect, it } from 'vitest';
import { matchedStudentsOf } from '../../../src/report/html/charts/context.js';
import { makeFindings } from '../factory.js';

describe('matchedStudentsOf', () => {
  it("gives a strategy's students with both scores, in the findings' order", () => {
    const findings = makeFindings();
    for (const strategy of ['Number talks', 'Whiteboard fluency', 'Business as usual', 'No such strategy']) {
      const expected = findings.students.toArray().filter((student) => student.strategy === strategy && student.pre !== null && student.post !== null);
      expect(matchedStudentsOf(findings, strategy)).toEqual(expected);
    }
    // The factory's Number talks students include one without a pre score (Haddad), left out.
    const numberTalks = findings.students.toArray().filter((student) => student.strategy === 'Number talks');
    expect(matchedStudentsOf(findings, 'Number talks')).toHaveLength(numberTalks.length - 1);
  });
});
