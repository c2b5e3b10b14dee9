/**
 * Runs a composite action (action.yml, `runs.using: composite`) as the GitHub runner does, for a test:
 * each step's `${{ inputs.* }}`, `${{ github.* }}` and `${{ steps.*.outputs.* }}` expressions are
 * evaluated (inputs not given take their defaults), a `shell: bash` step runs as
 * `bash --noprofile --norc -eo pipefail <script>` in its working-directory (default: the workspace), with
 * the step's `env:` and the runner's variables (GITHUB_ACTION_PATH, GITHUB_WORKSPACE, a GITHUB_OUTPUT file
 * of its own, GITHUB_STEP_SUMMARY, RUNNER_TEMP, GITHUB_ACTIONS, CI); the first failing step fails the
 * action; the action's outputs are evaluated from the steps' outputs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface ActionYaml {
  readonly inputs?: Record<string, { readonly default?: string }>;
  readonly outputs?: Record<string, { readonly value: string }>;
  readonly runs: {
    readonly using: string;
    readonly steps: readonly { id?: string; name?: string; shell?: string; run?: string; 'working-directory'?: string; env?: Record<string, string> }[];
  };
}

export interface ActionRun {
  /** The exit code of the first step that failed, or 0. */
  readonly code: number;
  /** Every step's stdout and stderr, in order. */
  readonly log: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

export interface RunnerContext {
  readonly actionPath: string;
  readonly workspace: string;
  /** A folder for the runner's files (outputs, summary, temp). */
  readonly runnerFolder: string;
  /** The machine's environment the step starts from. */
  readonly env: NodeJS.ProcessEnv;
}

/** A GITHUB_OUTPUT file: `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, index + 1);
      if (end < 0) throw new Error(`GITHUB_OUTPUT: no closing ${heredoc[2]} for ${heredoc[1]}`);
      outputs[heredoc[1]!] = lines.slice(index + 1, end).join('\n');
      index = end;
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    } else if (line !== '') {
      throw new Error(`GITHUB_OUTPUT: cannot read the line ${JSON.stringify(line)}`);
    }
  }
  return outputs;
}

export function runCompositeAction(context: RunnerContext, given: Record<string, string> = {}): ActionRun {
  const action = parse(readFileSync(join(context.actionPath, 'action.yml'), 'utf8')) as ActionYaml;
  if (action.runs.using !== 'composite') throw new Error(`not a composite action: ${action.runs.using}`);
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs ?? {})) inputs[name] = given[name] ?? spec.default ?? '';
  const steps: Record<string, Record<string, string>> = {};
  const evaluate = (text: string) =>
    text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, path: string) => {
      const [scope, ...rest] = path.split('.');
      if (scope === 'inputs') return inputs[rest[0]!] ?? '';
      if (scope === 'github' && rest[0] === 'action_path') return context.actionPath;
      if (scope === 'github' && rest[0] === 'workspace') return context.workspace;
      if (scope === 'steps' && rest[1] === 'outputs') return steps[rest[0]!]?.[rest[2]!] ?? '';
      throw new Error(`this runner does not evaluate \${{ ${path} }}`);
    });
  const summary = join(context.runnerFolder, 'step-summary.md');
  writeFileSync(summary, '');
  let log = '';
  let code = 0;
  for (const [index, step] of action.runs.steps.entries()) {
    if (step.run === undefined || step.shell !== 'bash') throw new Error(`step ${index}: this runner runs only \`shell: bash\` run steps`);
    const folder = mkdtempSync(join(context.runnerFolder, `step-${index}-`));
    const [script, output] = [join(folder, 'script.sh'), join(folder, 'output')];
    writeFileSync(script, evaluate(step.run));
    writeFileSync(output, '');
    const env: NodeJS.ProcessEnv = {
      ...context.env,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_PATH: context.actionPath,
      GITHUB_WORKSPACE: context.workspace,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: folder,
    };
    for (const [name, value] of Object.entries(step.env ?? {})) env[name] = evaluate(String(value));
    const cwd = step['working-directory'] ? evaluate(step['working-directory']) : context.workspace;
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, encoding: 'utf8', timeout: 300_000 });
    log += `${result.stdout}${result.stderr}`;
    if (step.id) steps[step.id] = parseOutputFile(readFileSync(output, 'utf8'));
    if (result.status !== 0) {
      code = result.status ?? 1;
      break;
    }
  }
  const outputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.outputs ?? {})) outputs[name] = evaluate(spec.value);
  return { code, log, outputs, summary: readFileSync(summary, 'utf8') };
}
