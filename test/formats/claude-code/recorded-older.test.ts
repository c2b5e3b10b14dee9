/**
 * Real recordings of older Claude Code versions (test/fixtures/claude-code/older/<version>, recorded by
 * `SESSION_DOCTOR_E2E_CLAUDE_VERSION=<v> npm run record:claude -- test/fixtures/claude-code/older/<v>`):
 * every file the client wrote into the project folder, as check and fix see them. Users' stores hold
 * transcripts of all of these versions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkStream } from '../../../src/checking/check-source.js';
import { INTERRUPTED } from '../../support/claude-transcript.js';
import { diagnosticsOf, fixText } from '../../support/harness.js';

const OLDER = new URL('../../fixtures/claude-code/older/', import.meta.url);

interface Manifest {
  claudeCodeVersion: string;
  cases: { case: string; file: string; sessionId: string; subagents: string[]; others: string[]; damage: string[] }[];
}

const versions = readdirSync(OLDER).sort();
const lines = (bytes: Buffer) => bytes.toString('utf8').split('\n').slice(0, -1);

it('holds the versions the e2e suite was proven against', () => {
  expect(versions).toEqual(['1.0.1', '1.0.128', '2.0.77', '2.1.100', '2.1.197']);
});

for (const version of versions) {
  const root = new URL(`${version}/`, OLDER);
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', root), 'utf8')) as Manifest;
  const read = (file: string) => readFileSync(new URL(file, root));

  describe(`real Claude Code ${version} recordings`, () => {
    it('the manifest names this version and every case', () => {
      expect(manifest.claudeCodeVersion).toBe(version);
      expect(manifest.cases.map((c) => c.case)).toEqual(['bash', 'parallel-tools', 'multi-turn-resume', 'subagent', 'compact', 'killed-mid-tool']);
    });

    for (const recording of manifest.cases) {
      it(`${recording.case}: ${recording.damage.length === 0 ? 'no problem' : recording.damage.join(', ')}; every other file it wrote checks clean`, async () => {
        const main = read(recording.file);
        const report = await checkStream(main);
        expect(report.format).toBe('claude-code');
        expect(lines(main).every((line) => !line.includes('"version"') || line.includes(`"version":"${version}"`))).toBe(true);
        expect(report.diagnostics.map((d) => `${d.rule}: ${d.callId}`)).toEqual(recording.damage);
        for (const subagent of recording.subagents) expect(await diagnosticsOf(read(subagent)), subagent).toEqual([]);
        for (const other of recording.others) {
          const bytes = read(other);
          // 2.0.x leaves an empty <new id>.jsonl for every --resume; 1.0.x a file of one summary row (not reported).
          expect(await diagnosticsOf(bytes), other).toEqual(bytes.length === 0 ? [{ rule: 'empty-file', line: 1, severity: 'warning', fixable: false }] : []);
        }
      });
    }

    it('killed mid-tool: fix appends the interrupted result to the tool_use line, the rest byte for byte', async () => {
      const killed = manifest.cases.find((c) => c.case === 'killed-mid-tool')!;
      const original = read(killed.file);
      const { output } = await fixText(original);
      expect(output.subarray(0, original.length).equals(original)).toBe(true);
      const added = lines(output.subarray(original.length));
      expect(added).toHaveLength(1);
      const use = lines(original).map((line) => JSON.parse(line) as Record<string, unknown>).find((entry) => JSON.stringify(entry).includes('"id":"toolu_kill_sleep"'))!;
      const line = JSON.parse(added[0]!) as Record<string, unknown>;
      expect(line).toEqual({
        parentUuid: use.uuid,
        isSidechain: false,
        type: 'user',
        message: { role: 'user', content: [{ tool_use_id: 'toolu_kill_sleep', type: 'tool_result', content: INTERRUPTED, is_error: true }] },
        uuid: line.uuid,
        timestamp: new Date(Date.parse(use.timestamp as string) + 1).toISOString(),
        toolDenialKind: 'interrupted',
        sourceToolAssistantUUID: use.uuid,
        ...Object.fromEntries(['userType', 'entrypoint', 'cwd', 'sessionId', 'version', 'gitBranch', 'slug'].filter((k) => use[k] !== undefined).map((k) => [k, use[k]])),
      });
      expect(await diagnosticsOf(output)).toEqual([]);
      expect((await fixText(output)).output.equals(output), 'idempotent').toBe(true);
    });
  });
}
