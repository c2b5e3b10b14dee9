/**
 * Where can the output of a dead call go? Each placement is applied by the harness to the same real
 * recording (a call killed mid-file, so records follow it) and measured with the real client, in the
 * Codex home that wrote the file (its state DB indexes the file, as in a user's home): does the model see
 * what Codex's own in-memory repair shows it, how many projection WARNs does the next resume log, and
 * does any byte before the end of the file move (a fork reads its parent by byte offset). The README's
 * placement table must say exactly what is measured here.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreCodexHome, sessionIdOf, snapshotCodexHome } from './harness/codex-driver.js';
import { CODEX_VERSION, REPO_ROOT } from './harness/codex-install.js';
import { CodexEnv, closeAllEnvs } from './harness/env.js';
import * as R from './harness/rollout-file.js';
import * as S from './harness/scenarios.js';
import { fixToCopy } from './harness/session-doctor.js';
import { cliOrSkip, codexOrSkip } from './harness/skip.js';

afterEach(closeAllEnvs);

interface Placement {
  name: string;
  /** The rollout with an output for each dead call (the damaged file is at `file`). */
  apply: (r: R.RolloutText, calls: R.RolloutLine[], file: string) => R.RolloutText;
}

/** Inserts after each call, the last call first so that line numbers stay valid. */
function afterEachCall(r: R.RolloutText, calls: R.RolloutLine[], line: (call: R.RolloutLine) => string): R.RolloutText {
  return [...calls].sort((a, b) => b.line - a.line).reduce((text, call) => R.insertAfter(text, call.line, line(call)), r);
}

/** Every record from `from` on gets the ordinal after the previous record's: the inserted lines take theirs. */
function renumberFrom(r: R.RolloutText, from: number): R.RolloutText {
  let previous = r.lines[from - 2]?.rec?.['ordinal'] as number;
  const lines = r.lines.map((l) => {
    if (l.line < from || !l.rec) return l;
    previous += 1;
    const text = typeof l.rec['ordinal'] === 'number' ? l.text.replace(/"ordinal":\d+/, `"ordinal":${previous}`) : l.text.replace('{"timestamp":"', `{"ordinal":${previous},"timestamp":"`);
    return { ...l, text };
  });
  return R.parseRollout(R.serializeRollout({ ...r, lines }));
}

const PLACEMENTS: Placement[] = [
  { name: 'right after each call, without an ordinal', apply: (r, calls) => afterEachCall(r, calls, (call) => R.placeholderOutputLine(call)) },
  {
    name: 'right after each call, later lines renumbered',
    apply: (r, calls) => renumberFrom(afterEachCall(r, calls, (call) => R.placeholderOutputLine(call)), Math.min(...calls.map((c) => c.line)) + 1),
  },
  {
    name: 'at the end, with the next ordinals',
    apply: (r, calls) => calls.reduce((text, call) => R.insertAfter(text, text.lines.length, R.placeholderOutputLine(call, R.maxOrdinal(text) + 1)), r),
  },
  {
    name: 'session-doctor fix: at the end when only events follow the call, else right after it',
    apply: (_, __, file) => {
      const fixed = fixToCopy(file);
      expect(fixed.code, fixed.stderr).toBe(0);
      return R.readRollout(`${file}.fixed`);
    },
  },
];

interface Case {
  name: string;
  record: (env: CodexEnv) => Promise<{ file: string; callIds: string[] }>;
}

const CASES: Case[] = [
  {
    name: 'one dead call, only events after it (a kill mid-tool)',
    record: async (env) => {
      const killed = await S.recordKilledExec(env, 'SIGKILL', { callIsLastLine: false });
      return { file: killed.file, callIds: [killed.callId] };
    },
  },
  {
    name: 'three dead parallel calls',
    record: async (env) => {
      const callIds = ['call_p1', 'call_p2', 'call_p3'];
      return { file: await S.killWhileRunning(env, callIds, 'SIGKILL'), callIds };
    },
  },
];

interface Measured {
  case: string;
  placement: string;
  sameAsCodex: boolean;
  warnings: number;
  prefixKept: boolean;
}

/** The row of the README table for a measurement. */
function row(m: Measured): string {
  return `| ${m.case} | ${m.placement} | ${m.sameAsCodex ? 'yes' : 'no'} | ${m.warnings} | ${m.prefixKept ? 'kept' : 'moved'} |`;
}

describe(`Codex ${CODEX_VERSION}: where a placeholder output can go`, () => {
  for (const c of CASES) {
    it(`${c.name}: measures each placement, and the README table says exactly that`, async (ctx) => {
      cliOrSkip(ctx);
      const env = await CodexEnv.create(codexOrSkip(ctx));
      const { file, callIds } = await c.record(env);
      const id = sessionIdOf(file);
      const damaged = R.readRollout(file);
      const calls = callIds.map((callId) => R.findLine(damaged, 'function_call', callId));
      const codexRepair = await env.resumeAndRestore('continue', id);
      expect(codexRepair.missingOutputLogs.length, 'Codex repairs it in memory').toBe(callIds.length);
      const snapshot = await snapshotCodexHome(env.sb);
      const measured: Measured[] = [];
      for (const placement of PLACEMENTS) {
        await restoreCodexHome(env.sb, snapshot);
        const text = R.serializeRollout(placement.apply(damaged, calls, file));
        rmSync(`${file}.fixed`, { force: true });
        writeFileSync(file, text);
        const run = await env.resume('continue', id);
        expect(run.run.code, placement.name).toBe(0);
        expect(run.missingOutputLogs, `${placement.name}: nothing synthesized`).toEqual([]);
        expect(run.pairing.fullyPaired, placement.name).toBe(true);
        measured.push({
          case: c.name,
          placement: placement.name,
          sameAsCodex: JSON.stringify(run.tools) === JSON.stringify(codexRepair.tools),
          warnings: run.warnings.filter((w) => w.target.includes('thread_history')).length,
          prefixKept: text.startsWith(R.serializeRollout(damaged)),
        });
      }
      writeFileSync(path.join(os.tmpdir(), `sd-placement-${CODEX_VERSION}-${CASES.indexOf(c)}.json`), JSON.stringify(measured, null, 1));
      const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
      for (const m of measured) expect(readme, 'README placement table').toContain(row(m));
      // session-doctor's choice: Codex's own model view, and no byte before the end moves when only events follow the dead calls.
      const chosen = measured[measured.length - 1]!;
      expect(chosen.sameAsCodex).toBe(true);
      expect(chosen.warnings).toBe(Math.min(...measured.filter((m) => m.sameAsCodex).map((m) => m.warnings)));
    });
  }
});
