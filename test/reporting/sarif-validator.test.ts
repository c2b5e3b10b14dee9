/**
 * Validates session-doctor's SARIF with Microsoft's SARIF validator (`sarif-multitool validate`), with its
 * SARIF rules and its GitHub ingestion rules: no error and no warning allowed.
 *
 * The npm package @microsoft/sarif-multitool ships a self-contained .NET executable per platform (about
 * 100 MB; no .NET install needed), so it is installed on demand into the git-ignored .cache/ folder rather
 * than as a dependency. The test is skipped, saying why, when it cannot be installed or run.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sarifReporter } from '../../src/reporting/sarif.js';
import { checkRun, contextFor, fixRun } from './support.js';

export const SARIF_MULTITOOL_VERSION = '5.7.0';
const CACHE = fileURLToPath(new URL('../../.cache/sarif-multitool/', import.meta.url));

type Validator = { ok: true; binary: string; version: string } | { ok: false; reason: string };

function installValidator(): Validator {
  const executable = process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool';
  const binary = join(CACHE, 'node_modules', '@microsoft', `sarif-multitool-${process.platform}`, executable);
  if (!existsSync(binary)) {
    mkdirSync(CACHE, { recursive: true });
    const install = spawnSync(
      'npm',
      ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', CACHE, `@microsoft/sarif-multitool@${SARIF_MULTITOOL_VERSION}`],
      { encoding: 'utf8', timeout: 300_000, shell: process.platform === 'win32' },
    );
    if (install.status !== 0 || !existsSync(binary)) {
      return { ok: false, reason: `npm could not install @microsoft/sarif-multitool@${SARIF_MULTITOOL_VERSION} for ${process.platform}: ${(install.stderr || String(install.error)).trim().split('\n').slice(-3).join(' ')}` };
    }
  }
  // The package makes the binary executable in a postinstall script, which npm may not run.
  if (process.platform !== 'win32') chmodSync(binary, 0o755);
  const version = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  // It prints its version on stderr.
  const banner = `${version.stdout}${version.stderr}`.trim();
  if (version.status !== 0 || !banner.includes(SARIF_MULTITOOL_VERSION)) {
    return { ok: false, reason: `the SARIF validator does not run on ${process.platform}/${process.arch}: ${banner || String(version.error)}` };
  }
  return { ok: true, binary, version: banner.split('\n')[0]! };
}

interface Finding {
  readonly rule: string;
  readonly level: string;
  readonly where: string;
  readonly text: string;
}

/** Runs the validator on SARIF files; returns its findings (every level) and any tool failure. */
function validate(binary: string, files: string[], folder: string): { findings: Finding[]; failures: string[] } {
  const log = join(folder, 'validation.sarif');
  const run = spawnSync(binary, ['validate', ...files, '--output', log, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0 || !existsSync(log)) return { findings: [], failures: [`validator exit ${run.status}: ${run.stdout}${run.stderr}`] };
  const output = JSON.parse(readFileSync(log, 'utf8')) as ValidatorLog;
  const sarifRun = output.runs[0]!;
  const rules = sarifRun.tool.driver.rules ?? [];
  const findings = (sarifRun.results ?? []).map((result) => {
    const template = result.ruleIndex !== undefined ? rules[result.ruleIndex]?.messageStrings?.[result.message.id ?? '']?.text : undefined;
    const text = template ? template.replace(/\{(\d+)\}/g, (_, index: string) => result.message.arguments?.[Number(index)] ?? '') : (result.message.text ?? '');
    const location = result.locations?.[0]?.physicalLocation;
    return { rule: result.ruleId, level: result.level ?? 'warning', where: `${location?.artifactLocation.uri ?? '?'}:${location?.region?.startLine ?? '?'}`, text };
  });
  const failures = (sarifRun.invocations ?? []).flatMap((invocation) => [
    ...(invocation.executionSuccessful ? [] : ['the validator did not run successfully']),
    ...[...(invocation.toolExecutionNotifications ?? []), ...(invocation.toolConfigurationNotifications ?? [])]
      .filter((notification) => notification.level === 'error')
      .map((notification) => notification.message.text ?? JSON.stringify(notification.message)),
  ]);
  return { findings, failures };
}

interface ValidatorLog {
  runs: {
    tool: { driver: { rules?: { messageStrings?: Record<string, { text: string }> }[] } };
    results?: {
      ruleId: string;
      ruleIndex?: number;
      level?: string;
      message: { id?: string; text?: string; arguments?: string[] };
      locations?: { physicalLocation?: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
    }[];
    invocations?: {
      executionSuccessful: boolean;
      toolExecutionNotifications?: { level?: string; message: { text?: string } }[];
      toolConfigurationNotifications?: { level?: string; message: { text?: string } }[];
    }[];
  }[];
}

const serious = (findings: Finding[]) => findings.filter((finding) => finding.level === 'error' || finding.level === 'warning');

let validator: Validator;
let folder: string;

beforeAll(async () => {
  validator = installValidator();
  if (!validator.ok) console.warn(`[session-doctor] SARIF validator tests skipped: ${validator.reason}`);
  folder = await mkdtemp(join(tmpdir(), 'sd-sarif-'));
}, 360_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('SARIF output under Microsoft SARIF validator', () => {
  it('has no error and no warning (SARIF and GitHub rules) for check, fix, empty and path-only runs', async (context) => {
    if (!validator.ok) return context.skip(validator.reason);
    const check = await checkRun();
    const fix = await fixRun();
    const documents: Record<string, string> = {
      'check.sarif': sarifReporter(check, contextFor('check', check, { cwd: folder })),
      'fix.sarif': sarifReporter(fix, contextFor('fix', fix, { cwd: folder })),
      'empty.sarif': sarifReporter([], contextFor('check', [], { cwd: folder })),
      // Without a working folder (library use): paths as given, absolute ones as file: URIs.
      'no-cwd.sarif': sarifReporter(
        [...check, { path: join(folder, 'elsewhere', 'a b#c.jsonl'), error: 'permission denied' }],
        contextFor('check', check, {}),
      ),
      // A file outside the working folder gets an absolute file: URI.
      'outside.sarif': sarifReporter(check, contextFor('check', check, { cwd: join(folder, 'sub') })),
    };
    const files: string[] = [];
    for (const [name, text] of Object.entries(documents)) {
      await writeFile(join(folder, name), text);
      files.push(join(folder, name));
    }
    const { findings, failures } = validate(validator.binary, files, folder);
    expect(failures).toEqual([]);
    expect(serious(findings)).toEqual([]);
    // It did look at every file: each gets its notes (for instance SARIF2009, rule ids not like CS2001).
    for (const file of Object.keys(documents)) expect(findings.some((finding) => finding.where.includes(file))).toBe(true);
    console.info(
      `[session-doctor] ${validator.version}: 0 errors, 0 warnings; notes: ${[...new Set(findings.map((finding) => finding.rule))].sort().join(', ')}`,
    );
  });

  it('does report the defects it is meant to catch (the check above can fail)', async (context) => {
    if (!validator.ok) return context.skip(validator.reason);
    const results = await checkRun();
    const log = JSON.parse(sarifReporter(results, contextFor('check', results, { cwd: folder }))) as {
      runs: { tool: { driver: Record<string, unknown> & { rules: Record<string, unknown>[] } } }[];
    };
    const driver = log.runs[0]!.tool.driver;
    delete driver.informationUri;
    delete driver.rules[0]!.help;
    await writeFile(join(folder, 'defective.sarif'), JSON.stringify(log, null, 2));
    const { findings } = validate(validator.binary, [join(folder, 'defective.sarif')], folder);
    const rules = serious(findings).map((finding) => finding.rule);
    expect(rules).toContain('SARIF2005'); // no informationUri
    expect(rules).toContain('GH2012'); // a rule without help
  });
});
