import { plural } from '../checking/diagnostic.js';
import { REPORT_FORMATS, type ReportFormat } from '../reporting/formats.js';

/** What the Action was asked for (action.yml's inputs, as the runner hands them over: INPUT_<NAME>). */
export interface ActionInputs {
  readonly paths: readonly string[];
  readonly formats: readonly ReportFormat[];
  readonly failOn: FailureLevel;
  /** Where each file report goes (SARIF, JSON, JUnit), relative to the workspace. */
  readonly files: { readonly sarif: string; readonly json: string; readonly junit: string };
}

/** The least severe finding that fails the step; `never` fails it only when a file cannot be read. */
export type FailureLevel = 'error' | 'warning' | 'info' | 'never';
const FAILURE_LEVELS: readonly FailureLevel[] = ['error', 'warning', 'info', 'never'];

/** Formats written to the step's log; the CLI prints one report at most on stdout. */
const LOG_FORMATS: readonly ReportFormat[] = ['github', 'stylish', 'compact'];

/** An input the Action cannot use: the step fails with this one line. */
export class ActionInputError extends Error {
  override name = 'ActionInputError';
}

const input = (env: NodeJS.ProcessEnv, name: string, fallback: string): string => {
  const value = env[`INPUT_${name.toUpperCase()}`]?.trim();
  return value ? value : fallback;
};

/** One per line, or several on a line separated by spaces (a path with a space needs a line of its own). */
const list = (text: string): string[] =>
  (text.includes('\n') ? text.split('\n') : text.split(/\s+/)).map((item) => item.trim()).filter(Boolean);

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const paths = list(input(env, 'paths', '.'));
  const formats = [...new Set(input(env, 'formats', 'github sarif').split(/[\s,]+/).filter(Boolean))];
  for (const format of formats) {
    if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new ActionInputError(`formats: unknown format "${format}" (use ${REPORT_FORMATS.join(', ')})`);
  }
  const toLog = formats.filter((format) => (LOG_FORMATS as readonly string[]).includes(format));
  if (toLog.length > 1) throw new ActionInputError(`formats: ${toLog.join(' and ')} both go to the log; choose one of ${LOG_FORMATS.join(', ')}`);
  const failOn = input(env, 'fail_on', 'error');
  if (!(FAILURE_LEVELS as readonly string[]).includes(failOn)) throw new ActionInputError(`fail_on: "${failOn}" is not one of ${FAILURE_LEVELS.join(', ')}`);
  return {
    paths,
    formats: formats as ReportFormat[],
    failOn: failOn as FailureLevel,
    files: {
      sarif: input(env, 'sarif_file', 'session-doctor.sarif'),
      json: input(env, 'json_file', 'session-doctor.json'),
      junit: input(env, 'junit_file', 'session-doctor.xml'),
    },
  };
}

/** The CLI's reports for these inputs: the log format on stdout, the file formats to their files. */
export function reporterArgs(inputs: ActionInputs): string[] {
  return inputs.formats.flatMap((format) => {
    const file = format === 'sarif' || format === 'json' || format === 'junit' ? inputs.files[format] : undefined;
    return ['--reporter', file === undefined ? format : `${format}:${file}`];
  });
}

/** Whether findings of these counts fail the step at this level. */
export function fails(level: FailureLevel, counts: { readonly errors: number; readonly warnings: number; readonly infos: number }): boolean {
  if (level === 'never') return false;
  if (level === 'info') return counts.errors + counts.warnings + counts.infos > 0;
  if (level === 'warning') return counts.errors + counts.warnings > 0;
  return counts.errors > 0;
}

/** Why the step fails, counts pluralised: `1 error, 0 warnings, 2 infos`. */
export function failureMessage(level: FailureLevel, counts: { readonly errors: number; readonly warnings: number; readonly infos: number }): string {
  return `failing the step: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')} (fail_on: ${level})`;
}
