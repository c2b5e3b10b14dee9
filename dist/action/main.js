/**
 * The GitHub Action (action.yml): runs the CLI bundle beside it on the workspace with the reports asked
 * for, so annotations, the job summary, SARIF and the exit codes are exactly the CLI's; then sets the
 * step's outputs (the report files and the counts) and fails the step at the failure level asked for.
 * Inputs come as the runner hands them to an action: INPUT_<NAME> variables.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ActionInputError, failureMessage, fails, readInputs, reporterArgs } from './inputs.js';
const CLI = fileURLToPath(new URL('../bin/session-doctor.js', import.meta.url));
/** Appends step outputs to $GITHUB_OUTPUT, each in the multi-line form (a value may hold any character). */
function setOutputs(outputs) {
    const file = process.env.GITHUB_OUTPUT;
    if (!file)
        return;
    const delimiter = `session-doctor-${randomUUID()}`;
    appendFileSync(file, Object.entries(outputs).map(([name, value]) => `${name}<<${delimiter}\n${value}\n${delimiter}\n`).join(''));
}
function run(inputs) {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const scratch = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'session-doctor-'));
    try {
        // The counts come from the JSON report: the one asked for, or one of its own.
        const json = inputs.formats.includes('json') ? resolve(workspace, inputs.files.json) : join(scratch, 'report.json');
        const reports = [...reporterArgs(inputs), ...(inputs.formats.includes('json') ? [] : ['--reporter', `json:${json}`])];
        rmSync(json, { force: true }); // an old report would pass for this run's
        const cli = spawnSync(process.execPath, [CLI, 'check', ...reports, '--', ...inputs.paths], { cwd: workspace, stdio: 'inherit' });
        // 2: a usage error (no report) or a file that could not be read (a report, and the step fails): the CLI said why.
        if (cli.status !== 0 && cli.status !== 1 && !(cli.status === 2 && existsSync(json)))
            return cli.status ?? 2;
        const { summary } = JSON.parse(readFileSync(json, 'utf8'));
        setOutputs({
            ...(inputs.formats.includes('sarif') && { sarif_file: inputs.files.sarif }),
            ...(inputs.formats.includes('json') && { json_file: inputs.files.json }),
            ...(inputs.formats.includes('junit') && { junit_file: inputs.files.junit }),
            errors: summary.errors,
            warnings: summary.warnings,
            infos: summary.infos,
            fixable: summary.fixable,
            files: summary.files,
            files_with_problems: summary.filesWithProblems,
        });
        if (cli.status === 2)
            return 2;
        if (!fails(inputs.failOn, summary))
            return 0;
        process.stderr.write(`session-doctor: ${failureMessage(inputs.failOn, summary)}\n`);
        return 1;
    }
    finally {
        rmSync(scratch, { recursive: true, force: true });
    }
}
/** A workflow-command message: GitHub's escaping of %, CR and LF. */
const escape = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
try {
    process.exitCode = run(readInputs(process.env));
}
catch (error) {
    // A wrong input, or the CLI's report missing: one annotated line, never a stack trace.
    const message = error instanceof ActionInputError ? error.message : `internal error: ${error.message}`;
    process.stdout.write(`::error title=session-doctor::${escape(message)}\n`);
    process.exitCode = 2;
}
