import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDraft, type CycleDraft } from '../../src/cycle/draft.js';
import { runWizard, type Asker } from '../../src/cli/wizard.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'impact-init-'));
}

/** An asker that answers from a script, in order, and records each question asked. */
function scriptedAsker(answers: Array<string | boolean>): Asker & { asked: string[]; said: string[] } {
  const queue = [...answers];
  const asked: string[] = [];
  const said: string[] = [];
  const next = (message: string) => {
    asked.push(message);
    if (queue.length === 0) throw new Error(`no answer scripted for "${message}"`);
    return queue.shift()!;
  };
  return {
    asked,
    said,
    input: async ({ message, default: fallback, validate }) => {
      const answer = String(next(message));
      const value = answer === '' && fallback !== undefined ? fallback : answer;
      const valid = validate?.(value) ?? true;
      if (valid !== true) throw new Error(`answer "${value}" to "${message}" rejected: ${valid}`);
      return value;
    },
    confirm: async ({ message }) => Boolean(next(message)),
    select: async <T extends string>({ message }: { message: string }) => next(message) as T,
    say: (text) => said.push(text),
  };
}

function cycleAt(dir: string) {
  return JSON.parse(readFileSync(join(dir, 'cycle.json'), 'utf8'));
}

describe('the init wizard (injected answers)', () => {
  it('asks in a coach\'s words and fills in the draft', async () => {
    const asker = scriptedAsker([
      'Grade 5 fractions', 'slow math fact recall', 'I can add fractions with unlike denominators',
      'Whiteboard fluency', 'daily 5-minute drills', true, 'Number talks', '', false,
      true, '', // comparison group: accept "Business as usual"
      'Fractions Check', '40', '28',
      'teacher', 'Okafor, Lindqvist', 'Nguyen', 'Brennan',
      false, // shared beyond the team?
      true, // keep the question
    ]);
    const draft = await runWizard(emptyDraft(), asker, 'folder');
    expect(draft).toEqual<CycleDraft>({
      ...emptyDraft(),
      title: 'Grade 5 fractions',
      problem: 'slow math fact recall',
      target: 'I can add fractions with unlike denominators',
      strategies: [{ name: 'Whiteboard fluency', description: 'daily 5-minute drills' }, { name: 'Number talks', description: null }],
      reference: 'Business as usual',
      assessment: 'Fractions Check',
      maxScore: 40,
      proficientAt: 28,
      teacherStrategies: { Okafor: 'Whiteboard fluency', Lindqvist: 'Whiteboard fluency', Nguyen: 'Number talks', Brennan: 'Business as usual' },
      anonymize: false,
    });
    expect(asker.said).toContain('Research question: What impact will Whiteboard fluency and Number talks have on slow math fact recall, compared with Business as usual?');
    expect(asker.asked[1]).toBe('What student problem is the team working on? (e.g. slow math fact recall)');
  });

  it('asks only for what the flags left out, and lets the team edit the question', async () => {
    const start: CycleDraft = { ...emptyDraft(), title: 'T', problem: 'weak recall', strategies: [{ name: 'Drills', description: null }], assessment: 'Quiz', maxScore: 20, proficientAt: 15, anonymize: true };
    const asker = scriptedAsker(['', false, false, 'Do drills improve recall?']);
    const draft = await runWizard(start, asker, 'folder');
    expect(asker.asked).toEqual([
      'What is the learning target? (optional)',
      'Is there a comparison group that keeps teaching as usual?',
      'Keep this research question?',
      'Your research question:',
    ]);
    expect(draft).toEqual({ ...start, target: undefined, question: 'Do drills improve recall?' });
    expect(start.question).toBeUndefined();
  });
});

describe('impact init (built program)', () => {
  const flags = ['--title', 'Grade 5 fractions', '--problem', 'slow math fact recall', '--strategy', 'Whiteboard fluency=daily drills', '--strategy', 'Number talks',
    '--reference', 'Business as usual', '--assessment', 'Fractions Check', '--max-score', '40', '--proficient-at', '28', '--band', 'Far=0', '--band', 'Close=20',
    '--teacher-strategy', 'Okafor=Whiteboard fluency', '--min-n', '5', '--effect-size', 'dz'];

  it('with --yes and flags asks nothing and writes cycle.json', () => {
    const dir = join(temporaryFolder(), 'spring');
    const result = runCli(['init', dir, '--yes', ...flags]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `Created ${dir}/cycle.json: Grade 5 fractions\n` +
        'Research question: What impact will Whiteboard fluency and Number talks have on slow math fact recall, compared with Business as usual?\n' +
        `Next: impact import pre FILE --cycle ${dir}\n`,
    );
    const cycle = cycleAt(dir);
    expect(cycle.strategies).toEqual([{ name: 'Whiteboard fluency', description: 'daily drills' }, { name: 'Number talks', description: null }, { name: 'Business as usual', description: 'comparison group' }]);
    expect(cycle.assessment).toEqual({ name: 'Fractions Check', maxScore: 40, proficientAt: 28, bands: [{ name: 'Far', from: 0 }, { name: 'Close', from: 20 }] });
    expect(cycle.assignments).toEqual({ teachers: { Okafor: 'Whiteboard fluency' }, sections: {} });
    expect(cycle.analysis.effectSize).toBe('dz');
    expect(cycle.privacy.minN).toBe(5);
    expect(cycle.privacy.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(existsSync(join(dir, 'data'))).toBe(true);
  });

  it('gives every cycle its own salt', () => {
    const a = join(temporaryFolder(), 'a');
    const b = join(temporaryFolder(), 'b');
    runCli(['init', a, '--yes', ...flags]);
    runCli(['init', b, '--yes', ...flags]);
    expect(cycleAt(a).privacy.salt).not.toBe(cycleAt(b).privacy.salt);
  });

  it('does not ask when stdin is not a terminal, and says which flags are missing', () => {
    const dir = temporaryFolder();
    const result = runCli(['init', dir, '--title', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('impact: error: impact init needs --problem TEXT and --strategy NAME.\nhint: Give the flags, or run impact init on a terminal without --yes to be asked.\n');
    expect(existsSync(join(dir, 'cycle.json'))).toBe(false);
  });

  it('refuses to overwrite an existing cycle without --force', () => {
    const dir = temporaryFolder();
    expect(runCli(['init', dir, '--yes', ...flags]).code).toBe(0);
    const before = readFileSync(join(dir, 'cycle.json'), 'utf8');
    const again = runCli(['init', dir, '--yes', '--problem', 'other', '--strategy', 'Other']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`impact: error: ${dir}/cycle.json already exists; impact init does not overwrite a cycle.`);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'cycle.json'), 'utf8')).toBe(before);
    const forced = runCli(['init', dir, '--yes', '--force', '--problem', 'other', '--strategy', 'Other']);
    expect(forced.code).toBe(0);
    expect(cycleAt(dir).problem).toBe('other');
  });

  it('refuses to overwrite even a corrupted cycle.json without --force', () => {
    const dir = temporaryFolder();
    writeFileSync(join(dir, 'cycle.json'), '{ not json');
    expect(runCli(['init', dir, '--yes', ...flags]).code).toBe(2);
    expect(readFileSync(join(dir, 'cycle.json'), 'utf8')).toBe('{ not json');
  });

  it.each([
    [['--band', 'Close'], /--band <name=from>' argument 'Close' is invalid. expected NAME=FROM/],
    [['--band', 'Close=abc'], /"abc" is not a number/],
    [['--teacher-strategy', 'Okafor=Flashcards'], /assignments\.teachers\["Okafor"\]: expected one of the strategies/],
    [['--reference', 'BAU', '--proficient-at', '50'], /assessment\.proficientAt: expected at most the maximum score \(40\)/],
  ])('rejects bad flags with a usage error (%j)', (extra, message) => {
    const result = runCli(['init', temporaryFolder(), '--yes', '--problem', 'p', '--strategy', 'Whiteboard fluency', '--max-score', '40', ...extra]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('loads inquirer only when the wizard runs', () => {
    const program = ['main.js', 'program.js', 'wizard.js', 'commands/init.js'].map((file) => readFileSync(join(ROOT, 'dist/cli', file), 'utf8')).join('\n');
    expect(program).not.toMatch(/^import .* from ['"]inquirer['"]/m);
    expect(program).toMatch(/await import\(['"]inquirer['"]\)/);
  });
});

/** Drives a command through a real pseudo-terminal: waits for each prompt, types the answer. */
const EXPECT_SCRIPT = String.raw`
import json, os, pty, re, select, sys, time
steps = json.loads(sys.argv[1]); command = sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(command[0], command)
ansi = re.compile(r'\x1b\[[0-9;?]*[A-Za-z]|\r')
pending = ''; screen = ''
def read(timeout):
    global pending, screen
    if not select.select([fd], [], [], timeout)[0]: return
    try: data = os.read(fd, 4096).decode('utf8', 'replace')
    except OSError: data = ''
    if data == '': raise EOFError
    pending += data; screen += data
for prompt, answer in steps:
    deadline = time.time() + 20
    while prompt not in ansi.sub('', pending):
        if time.time() > deadline:
            os.kill(pid, 9); sys.stdout.write(ansi.sub('', screen)); sys.stderr.write('timed out waiting for: ' + prompt); sys.exit(98)
        try: read(0.2)
        except EOFError:
            sys.stdout.write(ansi.sub('', screen)); sys.stderr.write('ended before: ' + prompt); sys.exit(97)
    pending = ''
    time.sleep(0.05)
    os.write(fd, answer.encode())
try:
    while True: read(20)
except EOFError: pass
status = os.waitpid(pid, 0)[1]
sys.stdout.write(ansi.sub('', screen))
sys.exit(os.waitstatus_to_exitcode(status))
`;

const hasPython = spawnSync('python3', ['--version']).status === 0;

describe.skipIf(!hasPython)('impact init on a real terminal', () => {
  function runOnTerminal(args: string[], steps: Array<[string, string]>) {
    const script = join(temporaryFolder(), 'expect.py');
    writeFileSync(script, EXPECT_SCRIPT);
    const result = spawnSync('python3', [script, JSON.stringify(steps), process.execPath, join(ROOT, 'bin/impact.js'), ...args], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 60_000,
    });
    return { screen: result.stdout, problem: result.stderr, code: result.status };
  }

  it('runs the wizard through a pseudo-terminal and writes what was answered', () => {
    const dir = join(temporaryFolder(), 'fractions');
    const { screen, problem, code } = runOnTerminal(['init', dir, '--assessment', 'Fractions Check'], [
      ['What do you call this cycle', '\r'], // accept the folder name
      ['What student problem', 'slow math fact recall\r'],
      ['learning target', '\r'],
      ['Which strategy will the team try', 'Whiteboard fluency\r'],
      ['look like in class', 'daily drills\r'],
      ['another strategy', 'n\r'],
      ['comparison group that keeps', 'y\r'],
      ['What do you call the comparison group', '\r'],
      ['highest possible score', '40\r'],
      ['met the target', '28\r'],
      ['How can impact tell', '\u001b[B\r'], // arrow down: by teacher
      ['teachers use Whiteboard fluency', 'Okafor, Lindqvist\r'],
      ['teachers use Business as usual', 'Brennan\r'],
      ['shared beyond the team', '\r'],
      ['Keep this research question', '\r'],
    ]);
    expect(problem).toBe('');
    expect(code).toBe(0);
    expect(screen).toContain('Research question: What impact will Whiteboard fluency have on slow math fact recall, compared with Business as usual?');
    expect(screen).not.toContain('Which assessment'); // given as a flag
    const cycle = cycleAt(dir);
    expect(cycle).toMatchObject({
      title: 'fractions',
      problem: 'slow math fact recall',
      target: null,
      reference: 'Business as usual',
      assessment: { name: 'Fractions Check', maxScore: 40, proficientAt: 28 },
      assignments: { teachers: { Okafor: 'Whiteboard fluency', Lindqvist: 'Whiteboard fluency', Brennan: 'Business as usual' }, sections: {} },
      privacy: { anonymize: false },
    });
  });

  it('asks nothing on a terminal with --yes', () => {
    const dir = temporaryFolder();
    const { screen, code } = runOnTerminal(['init', dir, '--yes', '--problem', 'p', '--strategy', 'S'], []);
    expect(code).toBe(0);
    expect(screen).not.toContain('Setting up a coaching cycle');
    expect(screen).toContain('Research question: What impact will S have on p?');
    expect(cycleAt(dir).strategies).toEqual([{ name: 'S', description: null }]);
  });

  it('writes nothing when the wizard is cancelled with Ctrl-C', () => {
    const dir = join(temporaryFolder(), 'cancelled');
    const { screen, code } = runOnTerminal(['init', dir], [['What do you call this cycle', '\u0003']]);
    expect(code).toBe(2);
    expect(screen).toContain('impact: error: impact init was cancelled; nothing was written.');
    expect(existsSync(dir)).toBe(false);
  });
});
