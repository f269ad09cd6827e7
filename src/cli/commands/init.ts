/**
 * impact init [dir] — create the cycle: cycle.json (and data/) in DIR. On a terminal a wizard asks
 * for what the flags leave out; with --yes, or when stdin is not a terminal, the flags are all.
 */
import { basename, resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { CycleDraft, DraftFlags } from '../../cycle/draft.js';
import { UsageError } from '../../errors.js';
import { parseNumber, parsePositiveInteger } from '../options.js';

const EXAMPLES = `
Examples:
  impact init fractions-spring                  (asks the questions on a terminal)
  impact init fractions-spring --yes --title "Grade 5 fractions" --problem "slow math fact recall" \\
    --strategy "Whiteboard fluency=daily whiteboard drills" --strategy "Number talks" \\
    --reference "Business as usual" --teacher-strategy "Okafor=Number talks" --max-score 40 --proficient-at 28`;

type InitFlags = DraftFlags & { yes?: boolean; force?: boolean };

/** `NAME=VALUE` (the value may be empty when `optional`), repeatable. */
function pairs(what: string, optionalValue = false) {
  return (raw: string, previous: Array<[string, string]> = []): Array<[string, string]> => {
    const at = raw.indexOf('=');
    const name = (at === -1 ? raw : raw.slice(0, at)).trim();
    const value = at === -1 ? '' : raw.slice(at + 1).trim();
    if (name === '' || (!optionalValue && value === '')) throw new InvalidArgumentError(`expected ${what}, got "${raw}".`);
    return [...previous, [name, value]];
  };
}

function band(raw: string, previous: CycleDraft['bands'] = []): CycleDraft['bands'] {
  const [[name, from]] = pairs('NAME=FROM')(raw);
  return [...previous, { name, from: parseNumber(from) }];
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .summary('create a cycle (cycle.json): a wizard on a terminal, or flags with --yes')
    .argument('[dir]', 'the cycle folder (created if needed)', '.')
    .option('--title <text>', 'the cycle\'s name (default: the folder\'s name)')
    .option('--problem <text>', 'the student problem, e.g. "slow math fact recall"')
    .option('--strategy <name[=description]>', 'a strategy the team tries, repeatable', pairs('NAME or NAME=DESCRIPTION', true))
    .option('--reference <name>', 'the comparison group, e.g. "Business as usual"')
    .option('--question <text>', 'the research question (default: composed from problem and strategies)')
    .option('--target <text>', 'the learning target')
    .option('--assessment <name>', 'the assessment given before and after')
    .option('--max-score <n>', 'the highest possible score', parseNumber)
    .option('--proficient-at <n>', 'the score that meets the learning target', parseNumber)
    .option('--band <name=from>', 'a named score band starting at FROM, repeatable (e.g. Close=20)', band)
    .option('--teacher-strategy <teacher=strategy>', 'the strategy a teacher uses, repeatable', pairs('TEACHER=STRATEGY'))
    .option('--section-strategy <section=strategy>', 'the strategy a section uses, repeatable', pairs('SECTION=STRATEGY'))
    .addOption(new Option('--effect-size <kind>', 'headline effect size').choices(['dav', 'dz', 'drm', 'db']))
    .addOption(new Option('--benchmark <name>', 'benchmark for effect sizes').choices(['hattie', 'cohen', 'kraft']))
    .option('--anonymize', 'reports use pseudonyms by default')
    .option('--min-n <n>', 'reports suppress groups smaller than N', parsePositiveInteger)
    .addOption(new Option('--view <view>', 'default report view').choices(['full', 'team']))
    .option('-y, --yes', 'ask nothing: use the flags (and defaults) only')
    .option('--force', 'replace an existing cycle.json')
    .option('--verbose', 'show stack traces for errors')
    .addHelpText('after', EXAMPLES)
    .action(async (dir: string, flags: InitFlags) => {
      // Loaded when the command runs, not when it is registered (start-up, issue 7); the wizard
      // only when it asks.
      const [{ buildCycle, draftFromFlags }, { cycleExists, cycleFilePath, newSalt, saveCycle }, { cycleFlag }, { writeOutput }] = await Promise.all([
        import('../../cycle/draft.js'),
        import('../../cycle/load-cycle.js'),
        import('../../cycle/status.js'),
        import('../output.js'),
      ]);
      if (!flags.force && (await cycleExists(dir))) {
        throw new UsageError(`${cycleFilePath(dir)} already exists; impact init does not overwrite a cycle.`, `See it with \`impact status${cycleFlag(dir)}\`; start over with --force.`);
      }
      let draft = draftFromFlags(flags);
      const folderName = basename(resolve(dir));
      if (!flags.yes && process.stdin.isTTY) {
        const { runWizard, terminalAsker } = await import('../wizard.js');
        draft = await runWizard(draft, await terminalAsker(), folderName);
      }
      const cycle = buildCycle(draft, newSalt(), folderName);
      await saveCycle(dir, cycle);
      await writeOutput(`Created ${cycleFilePath(dir)}: ${cycle.title}\nResearch question: ${cycle.question}\nNext: impact import pre FILE${cycleFlag(dir)}\n`, undefined, []);
    });
}
