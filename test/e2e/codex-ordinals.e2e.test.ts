/**
 * Ordinal reuse (openai/codex#44417, #44440): when a paginated rollout's last record is of a type Codex
 * does not know, Codex gives the next record it appends the same ordinal. session-doctor reports it, and
 * its fix (a known, model-invisible record appended with the next ordinal) stops the reuse.
 */
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { expectCleanResume } from './harness/assertions.js';
import { restoreCodexHome, snapshotCodexHome } from './harness/codex-driver.js';
import { CODEX_VERSION } from './harness/codex-install.js';
import { CodexEnv, closeAllEnvs } from './harness/env.js';
import * as R from './harness/rollout-file.js';
import * as S from './harness/scenarios.js';
import { check, fixInPlace } from './harness/session-doctor.js';
import { cliOrSkip, codexOrSkip } from './harness/skip.js';

afterEach(closeAllEnvs);

const unknownLast: Record<string, (ordinal: number, timestamp: string) => string> = {
  'an event_msg of an unknown subtype': (ordinal, timestamp) => JSON.stringify({ timestamp, ordinal, type: 'event_msg', payload: { type: 'future_event' } }),
  'a record of an unknown type': (ordinal, timestamp) => JSON.stringify({ timestamp, ordinal, type: 'future_record', payload: { anything: true } }),
};

describe(`Codex ${CODEX_VERSION}: ordinal reuse after an unknown last record`, () => {
  for (const [what, line] of Object.entries(unknownLast)) {
    it(`${what}: Codex reuses its ordinal; after fix it does not`, async (ctx) => {
      cliOrSkip(ctx);
      const env = await CodexEnv.create(codexOrSkip(ctx));
      const file = await S.recordParallelTools(env);
      const healthy = R.readRollout(file);
      const ordinal = R.maxOrdinal(healthy) + 1;
      writeFileSync(file, `${R.serializeRollout(healthy)}${line(ordinal, healthy.lines.at(-1)?.rec?.['timestamp'] as string)}\n`);
      const damaged = R.readRollout(file);
      const diagnostics = check(file).file.diagnostics;
      expect(diagnostics.filter((d) => d.rule === 'ordinal-reuse').map((d) => [d.line, d.severity, d.fixable])).toEqual([[damaged.lines.length, 'warning', true]]);

      const snapshot = await snapshotCodexHome(env.sb);
      await env.resume('continue');
      const appended = R.ordinals(R.readRollout(file)).slice(damaged.lines.length);
      expect(appended[0], 'Codex gives its first appended record the unknown record\'s ordinal').toBe(ordinal);
      await restoreCodexHome(env.sb, snapshot);

      const fixed = fixInPlace(file);
      expect(fixed.code, fixed.stderr).toBe(0);
      const repaired = R.readRollout(file);
      expect(R.serializeRollout(repaired).startsWith(R.serializeRollout(damaged)), 'no existing byte changed').toBe(true);
      expect(check(file).file.diagnostics.filter((d) => d.rule === 'ordinal-reuse')).toEqual([]);
      const run = await env.resume('continue');
      expectCleanResume(run);
      const all = R.ordinals(R.readRollout(file));
      expect(all, 'ordinals strictly increase').toEqual([...all].sort((a, b) => (a as number) - (b as number)));
      expect(new Set(all).size).toBe(all.length);
      expect(run.warnings.filter((w) => /duplicate or regressed/.test(w.message))).toEqual([]);
    });
  }
});
