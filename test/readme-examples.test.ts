/**
 * The README's examples, extracted and tried: every YAML example parses, the workflows use the Action
 * with inputs and outputs that action.yml has, and every shell command line that runs session-doctor
 * offline (in ```sh blocks, and the `run:` and `script:` lines of the YAML ones) runs, in a sandbox that
 * has the files and folders the examples name, and exits 0 or 1 (2 would be a usage error or a path it
 * could not read). Installs (npm, git clone, pre-commit) need the network: test/e2e/ runs those paths.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN } from './support/cli.js';
import { git, PROJECT_ROOT } from './support/project-snapshot.js';

const README = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const blocks = [...README.matchAll(/^```(\w*)[^\n]*\n([\s\S]*?)^```/gm)].map((match) => ({ language: match[1]!, text: match[2]! }));
const yamlBlocks = blocks.filter((block) => block.language === 'yaml').map((block) => ({ text: block.text, value: parse(block.text) as unknown }));
const action = parse(readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };

interface Step {
  readonly id?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
}

/** Every value under a YAML document, depth first. */
function* valuesIn(value: unknown): Generator<unknown> {
  yield value;
  if (Array.isArray(value)) for (const item of value) yield* valuesIn(item);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* valuesIn(item);
}

const steps = yamlBlocks.flatMap(({ value }) => [...valuesIn(value)].filter((item): item is Step => !!item && typeof item === 'object' && ('uses' in item || 'run' in item)));
const scriptLines = yamlBlocks.flatMap(({ value }) => [...valuesIn(value)].flatMap((item) => (item && typeof item === 'object' && 'script' in item ? (item.script as string[]) : [])));

/** A command line of an example, without its comment; `npx session-doctor` is the command itself here. */
const commandOf = (line: string) => line.replace(/\s+#\s.*$/, '').replace(/^#.*$/, '').replace(/\bnpx session-doctor\b/g, 'session-doctor').trim();
/** Lines that run session-doctor on local files only. */
const OFFLINE = /^(session-doctor|cat|git (ls-files|diff))\b.*\bsession-doctor\b|^session-doctor\b/;
const commands = [
  ...blocks.filter((block) => block.language === 'sh').flatMap((block) => block.text.split('\n')),
  ...steps.flatMap((step) => (step.run ? [step.run] : [])),
  ...scriptLines,
]
  .map(commandOf)
  .filter((line) => OFFLINE.test(line));

let sandbox: string;

beforeAll(() => {
  // The files and folders the examples name, holding the project's samples; old enough for --in-place.
  sandbox = mkdtempSync(join(tmpdir(), 'sd-readme-'));
  const samples = join(PROJECT_ROOT, 'samples');
  for (const folder of ['samples', 'sessions', '2026', 'extra', 'home/.codex/sessions', 'home/.claude/projects']) cpSync(samples, join(sandbox, folder), { recursive: true });
  mkdirSync(join(sandbox, 'path/to'), { recursive: true });
  for (const file of ['rollout.jsonl', 'path/to/rollout.jsonl', 'extra/rollout.jsonl']) cpSync(join(samples, 'crashed-mid-tool.jsonl'), join(sandbox, file));
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const entry of readdirSync(sandbox, { recursive: true, withFileTypes: true })) if (entry.isFile()) utimesSync(join(entry.parentPath, entry.name), hourAgo, hourAgo);
  mkdirSync(join(sandbox, 'bin'));
  writeFileSync(join(sandbox, 'bin/session-doctor'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(sandbox, 'bin/session-doctor'), 0o755);
  git(sandbox, 'init', '-q');
  git(sandbox, 'add', '-A', '--', '*.jsonl');
});
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

describe('README examples', () => {
  it('are valid YAML, and the workflows give the Action only inputs it has and read only outputs it sets', () => {
    expect(yamlBlocks.length).toBeGreaterThan(3);
    const actionSteps = steps.filter((step) => step.uses?.startsWith('OWNER/session-doctor@'));
    expect(actionSteps.length).toBeGreaterThan(0);
    const ids = new Set<string>();
    for (const step of actionSteps) {
      for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `input ${input}`).toContain(input);
      if (step.id) ids.add(step.id);
    }
    const read = yamlBlocks.flatMap(({ text }) => [...text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)]);
    expect(read.length).toBeGreaterThan(0);
    for (const [expression, id, output] of read) {
      expect(ids, expression).toContain(id);
      expect(Object.keys(action.outputs), expression).toContain(output);
    }
  });

  it('run: every offline session-doctor command line exits 0 or 1', () => {
    expect(commands.length).toBeGreaterThan(15);
    const env = { PATH: `${join(sandbox, 'bin')}:${process.env.PATH}`, HOME: join(sandbox, 'home'), NO_COLOR: '1' };
    const failed = commands.flatMap((command) => {
      const run = spawnSync('bash', ['-o', 'pipefail', '-c', command], { cwd: sandbox, env, encoding: 'utf8', input: '', timeout: 60_000 });
      // xargs exits 123 when the command exited 1 to 125; exit 2 says why on stderr.
      const ok = run.status === 0 || run.status === 1 || (command.includes('| xargs') && run.status === 123 && run.stderr === '');
      return ok ? [] : [`${command}\n  exit ${run.status}: ${run.stderr.trim()}`];
    });
    expect(failed).toEqual([]);
  });
});
