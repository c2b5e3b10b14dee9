/**
 * A line of 100 MiB (a tool output that dumped a huge file), generated on the fly to a temp file: check
 * and fix stream it, fix copies it byte for byte while repairing the torn line after it, and the CLI
 * handles it within the default heap.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/checking/check-source.js';
import { fixFile } from '../../src/repairing/fix-file.js';
import { CodexSession } from '../support/codex-session.js';
import { ensureBuilt, expectCleanStderr, runCli } from './support/cli.js';
import { useTempFolder } from './support/temp.js';

const MIB = 1024 * 1024;
const HUGE = 100 * MIB;
const folder = useTempFolder('huge');

async function sha256(path: string, start = 0, end = Infinity): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { start, end, highWaterMark: 4 * MIB })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The session around the huge output: header and call before it, a torn record after it. */
function frame(): { head: string; outputPrefix: string; outputSuffix: string; tail: string } {
  const session = new CodexSession().startTurn().functionCall('call_cat', 'cat big.log');
  const marker = 'HUGE-OUTPUT-MARKER';
  session.functionOutput('call_cat', marker);
  const line = session.lines.pop()!;
  const [outputPrefix, outputSuffix] = line.split(marker) as [string, string];
  return { head: session.text(), outputPrefix, outputSuffix: `${outputSuffix}\n`, tail: '{"timestamp":"2026-03-04T10:00:09.000Z","ordinal":9,"type":"event_' };
}

let path: string;
let hugeStart = 0;
let hugeEnd = 0;
let hugeHash = '';

beforeAll(async () => {
  ensureBuilt();
  path = join(folder(), 'huge.jsonl');
  const { head, outputPrefix, outputSuffix, tail } = frame();
  const block = Buffer.alloc(MIB, 'A very long tool output line without a newline. ');
  async function* content(): AsyncIterable<Buffer> {
    yield Buffer.from(head + outputPrefix);
    for (let written = 0; written < HUGE; written += MIB) yield block;
    yield Buffer.from(outputSuffix + tail);
  }
  await pipeline(content(), createWriteStream(path));
  hugeStart = Buffer.byteLength(head);
  hugeEnd = hugeStart + Buffer.byteLength(outputPrefix) + HUGE + Buffer.byteLength(outputSuffix);
  hugeHash = await sha256(path, hugeStart, hugeEnd - 1);
});

describe('a line of 100 MiB', () => {
  it('check streams it: the huge record is parsed, the torn line after it reported', async () => {
    const report = await checkFile(path);
    expect(report.lines).toBe(new CodexSession().startTurn().functionCall('c').lines.length + 2);
    // The call is answered by the huge output; the turn is unfinished; the torn record is the last line.
    expect(report.diagnostics.map((d) => `${d.line}:${d.rule}`)).toEqual(['2:unfinished-turn', `${report.lines}:torn-final-line`]);
  });

  it('fix copies it byte for byte and drops only the torn tail', async () => {
    const report = await fixFile(path);
    expect(report.repairs.map((r) => r.rule)).toEqual(['torn-final-line']);
    const fixed = report.written!;
    expect((await stat(fixed)).size).toBe(hugeEnd);
    expect(await sha256(fixed, hugeStart, hugeEnd - 1)).toBe(hugeHash);
    expect(await sha256(fixed, 0, hugeStart - 1)).toBe(await sha256(path, 0, hugeStart - 1));
  });

  it('the CLI checks it with exit 1 (the torn line), no crash, no stack trace', async () => {
    const run = await runCli(['check', path]);
    expect(expectCleanStderr(run.stderr)).toEqual([]);
    expect(run.code).toBe(1);
    expect(run.stdout.toString()).toContain('torn-final-line');
  });
});
