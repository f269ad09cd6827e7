/**
 * The `impact init` wizard: asks, in a coach's words, for whatever the flags left out, and fills in
 * the same `CycleDraft` the flags build — nothing more. It runs only on a terminal and never with
 * `--yes`. Questions go through an `Asker`, so tests inject answers; on a terminal the asker is
 * inquirer, loaded only when the wizard runs so other commands do not pay for it.
 */
import { UsageError } from '../errors.js';
import type { CycleDraft } from '../cycle/draft.js';
import { draftQuestion, strategiesWithReference } from '../cycle/draft.js';

export interface Asker {
  input(question: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
  select<T extends string>(question: { message: string; choices: Array<{ name: string; value: T }>; default?: T }): Promise<T>;
  /** Shows a line between questions (the composed research question). */
  say(text: string): void;
}

/** The real asker: inquirer's prompts on the terminal; prompts go to stderr so stdout stays data. */
export async function terminalAsker(): Promise<Asker> {
  const { default: inquirer } = await import('inquirer');
  const module = inquirer.createPromptModule({ output: process.stderr });
  const prompt: typeof module = ((questions: Parameters<typeof module>[0]) =>
    module(questions).catch((error: unknown) => {
      // Ctrl-C or a closed terminal: nothing has been written yet.
      if (error instanceof Error && error.name === 'ExitPromptError') throw new UsageError('impact init was cancelled; nothing was written.');
      throw error;
    })) as typeof module;
  return {
    input: async (question) => String((await prompt([{ type: 'input', name: 'answer', ...question }])).answer ?? '').trim(),
    confirm: async (question) => Boolean((await prompt([{ type: 'confirm', name: 'answer', ...question }])).answer),
    select: async <T extends string>(question: { message: string; choices: Array<{ name: string; value: T }>; default?: T }) =>
      (await prompt([{ type: 'select', name: 'answer', ...question }])).answer as T,
    say: (text) => process.stderr.write(`${text}\n`),
  };
}

const optionalNumber = (value: string): true | string => (value.trim() === '' || Number.isFinite(Number(value.trim())) ? true : 'Type a number, or leave it blank.');
const required = (value: string): true | string => (value.trim() !== '' ? true : 'Please type an answer.');
const splitList = (value: string): string[] => value.split(',').map((item) => item.trim()).filter((item) => item !== '');

/** Asks for what `draft` lacks and returns the completed draft (the input is not changed). */
export async function runWizard(start: CycleDraft, ask: Asker, folderName: string): Promise<CycleDraft> {
  const draft: CycleDraft = { ...start, strategies: [...start.strategies], teacherStrategies: { ...start.teacherStrategies }, sectionStrategies: { ...start.sectionStrategies } };
  ask.say('Setting up a coaching cycle. Press Enter to accept a suggestion in (parentheses).');
  draft.title ??= await ask.input({ message: 'What do you call this cycle? (e.g. Grade 5 fractions, spring)', default: folderName });
  draft.problem ??= await ask.input({ message: 'What student problem is the team working on? (e.g. slow math fact recall)', validate: required });
  draft.target ??= (await ask.input({ message: 'What is the learning target? (optional)' })) || undefined;
  if (draft.strategies.filter((strategy) => strategy.name !== draft.reference).length === 0) {
    do {
      const name = await ask.input({ message: draft.strategies.length === 0 ? 'Which strategy will the team try?' : 'Which other strategy?', validate: required });
      const description = await ask.input({ message: `In a sentence, what does ${name} look like in class? (optional)` });
      draft.strategies.push({ name, description: description || null });
    } while (await ask.confirm({ message: 'Is another strategy being tried in this cycle?', default: false }));
  }
  if (draft.reference === undefined && (await ask.confirm({ message: 'Is there a comparison group that keeps teaching as usual?', default: false }))) {
    draft.reference = await ask.input({ message: 'What do you call the comparison group?', default: 'Business as usual', validate: required });
  }
  draft.assessment ??= (await ask.input({ message: 'Which assessment is given before and after? (e.g. Fractions Check; optional)' })) || undefined;
  draft.maxScore ??= numberOrUndefined(await ask.input({ message: 'What is the highest possible score? (blank: take it from the export)', validate: optionalNumber }));
  draft.proficientAt ??= numberOrUndefined(await ask.input({ message: 'What score means a student met the target? (optional)', validate: optionalNumber }));
  await askAssignments(draft, ask);
  draft.anonymize ??= await ask.confirm({ message: 'Will the report be shared beyond the team? (names become pseudonyms)', default: false });
  if (draft.question === undefined) {
    const composed = draftQuestion(draft);
    ask.say(`Research question: ${composed}`);
    if (!(await ask.confirm({ message: 'Keep this research question?', default: true }))) {
      draft.question = await ask.input({ message: 'Your research question:', default: composed, validate: required });
    }
  }
  return draft;
}

/** With more than one group, how students get their strategy: a column, or by teacher or section. */
async function askAssignments(draft: CycleDraft, ask: Asker): Promise<void> {
  const groups = strategiesWithReference(draft);
  if (groups.length < 2 || Object.keys(draft.teacherStrategies).length > 0 || Object.keys(draft.sectionStrategies).length > 0) return;
  const how = await ask.select({
    message: 'How can impact tell which students had which strategy?',
    choices: [
      { name: 'The export has a column naming each student\'s strategy', value: 'column' },
      { name: 'Each teacher uses one strategy', value: 'teacher' },
      { name: 'Each class section uses one strategy', value: 'section' },
    ],
    default: 'column',
  });
  if (how === 'column') return;
  const target = how === 'teacher' ? draft.teacherStrategies : draft.sectionStrategies;
  for (const group of groups) {
    const who = await ask.input({ message: `Which ${how === 'teacher' ? 'teachers' : 'sections'} use ${group.name}? (as in the export, comma-separated)` });
    for (const name of splitList(who)) target[name] = group.name;
  }
}

function numberOrUndefined(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text.trim());
}
