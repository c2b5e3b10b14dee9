/**
 * Differential test of Codex's JSON reader against session-doctor's: lines that `JSON.parse` accepts
 * but that Codex may not. Each probe edits the output line of call_a in a real recording; when Codex
 * rejects the line it drops it silently (no log line) and synthesizes an output for call_a, which is
 * how the suite tells. session-doctor must call exactly those lines malformed, no more, no less.
 */
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreCodexHome, snapshotCodexHome } from './harness/codex-driver.js';
import { CODEX_VERSION } from './harness/codex-install.js';
import { CodexEnv, closeAllEnvs } from './harness/env.js';
import * as R from './harness/rollout-file.js';
import * as S from './harness/scenarios.js';
import { check } from './harness/session-doctor.js';
import { cliOrSkip, codexOrSkip } from './harness/skip.js';

afterEach(closeAllEnvs);

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

interface Probe {
  name: string;
  /** Edits the output line's text (compact JSON as Codex writes it). */
  edit: (line: string) => string;
  /** What Codex 0.169.0 and 0.171.0 were seen to do with it. */
  rejected: boolean;
}

const inPayload = (value: string) => (line: string) => line.replace('"call_id":', `"probe":${value},"call_id":`);
const atTop = (value: string) => (line: string) => line.replace('"type":"response_item"', `"probe":${value},"type":"response_item"`);
const inMetadata = (value: string) => (line: string) => line.replace('"metadata":{', `"metadata":{"probe":${value},`);

// The line's object is level 1 and its payload level 2: a probe of n levels in the payload nests 2 + n deep.
const PROBES: Probe[] = [
  { name: 'a lone leading surrogate in the payload', edit: inPayload('"\\ud800"'), rejected: true },
  { name: 'a lone trailing surrogate in the payload', edit: inPayload('"\\udc00"'), rejected: true },
  { name: 'a surrogate pair in the wrong order', edit: inPayload('"\\udc00\\ud800"'), rejected: true },
  { name: 'a leading surrogate followed by a plain character', edit: inPayload('"\\ud800x"'), rejected: true },
  { name: 'a lone surrogate in a payload key', edit: (line) => line.replace('"call_id":', '"\\ud800":1,"call_id":'), rejected: true },
  { name: 'a lone surrogate in the timestamp', edit: (line) => line.replace(/"timestamp":"([^"]*)"/, '"timestamp":"$1\\ud800"'), rejected: true },
  { name: 'a lone surrogate in an unknown top-level field', edit: atTop('"\\ud800"'), rejected: true },
  { name: 'a lone surrogate inside an object in an unknown top-level field', edit: atTop('{"a":"\\ud800"}'), rejected: true },
  { name: 'a lone surrogate in metadata', edit: inMetadata('"\\ud800"'), rejected: true },
  { name: 'an escaped surrogate pair', edit: inPayload('"\\ud83d\\ude00"'), rejected: false },
  { name: 'an escaped NUL', edit: inPayload('"\\u0000"'), rejected: false },
  { name: 'the largest unsigned 64-bit integer', edit: inPayload('18446744073709551615'), rejected: false },
  { name: 'one more than the largest unsigned 64-bit integer', edit: inPayload('18446744073709551616'), rejected: true },
  { name: 'the smallest signed 64-bit integer', edit: inPayload('-9223372036854775808'), rejected: false },
  { name: 'one less than the smallest signed 64-bit integer', edit: inPayload('-9223372036854775809'), rejected: true },
  { name: 'a 23-digit integer in an unknown top-level field', edit: atTop('99999999999999999999999'), rejected: true },
  { name: 'a 20-digit integer in metadata', edit: inMetadata('18446744073709551616'), rejected: true },
  { name: 'a 20-digit number with a fraction', edit: inPayload('18446744073709551616.0'), rejected: false },
  { name: 'a float beyond the range of f64', edit: inPayload('1e400'), rejected: false },
  { name: 'an integer written with an exponent', edit: inPayload('1e20'), rejected: false },
  { name: 'nesting 127 levels deep', edit: inPayload(nested(125)), rejected: false },
  { name: 'nesting 128 levels deep', edit: inPayload(nested(126)), rejected: true },
  { name: 'nesting 128 levels deep in an unknown top-level field', edit: atTop(nested(127)), rejected: true },
  { name: 'nesting 128 levels deep in metadata', edit: inMetadata(nested(126)), rejected: true },
  { name: 'a repeated key (the last one wins)', edit: (line) => line.replace('"call_id":"call_a"', '"call_id":"call_zz","call_id":"call_a"'), rejected: false },
];

describe(`Codex ${CODEX_VERSION}'s JSON reader and session-doctor's reject the same lines`, () => {
  it('each probe: Codex drops the line exactly when session-doctor reports it as malformed', async (ctx) => {
    cliOrSkip(ctx);
    const env = await CodexEnv.create(codexOrSkip(ctx));
    const file = await S.recordParallelTools(env);
    const healthy = R.readRollout(file);
    const output = R.findLine(healthy, 'function_call_output', 'call_a');
    const snapshot = await snapshotCodexHome(env.sb);
    const seen: Array<{ name: string; codex: boolean; sessionDoctor: boolean }> = [];
    for (const probe of PROBES) {
      await restoreCodexHome(env.sb, snapshot);
      const text = probe.edit(output.text);
      expect(text, probe.name).not.toBe(output.text);
      expect(() => JSON.parse(text) as unknown, probe.name).not.toThrow();
      writeFileSync(file, R.serializeRollout(R.replaceLine(healthy, output.line, text)));
      const run = await env.resume('continue');
      expect(run.run.code, probe.name).toBe(0);
      const codex = run.missingOutputLogs.some((l) => l.message.endsWith('call id: call_a'));
      const diagnostics = check(file).file.diagnostics;
      const sessionDoctor = diagnostics.some((d) => d.rule === 'malformed-line' && d.line === output.line);
      seen.push({ name: probe.name, codex, sessionDoctor });
    }
    expect(seen.map(({ name, codex }) => ({ name, codex })), 'what Codex rejects').toEqual(PROBES.map(({ name, rejected }) => ({ name, codex: rejected })));
    expect(seen.filter((s) => s.codex !== s.sessionDoctor), 'probes on which the two readers disagree').toEqual([]);
  });
});
