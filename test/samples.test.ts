import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../src/checking/check-source.js';
import { ClaudeTranscript } from './support/claude-transcript.js';
import { CodexSession } from './support/codex-session.js';

/**
 * The bundled samples are made here, from the session builder: this test keeps samples/ in sync with
 * these definitions (UPDATE_SAMPLES=1 rewrites them) and pins what check finds in each.
 */
const SAMPLES = fileURLToPath(new URL('../samples/', import.meta.url));

interface Sample {
  readonly content: () => string | Buffer;
  /** `severity rule@line`, in report order. */
  readonly expected: readonly string[];
}

const samples: Record<string, Sample> = {
  'healthy.jsonl': {
    content: () => {
      const session = new CodexSession().execTurn('call_ls');
      session.startTurn('Add a greeting file.').reasoning().customCall('call_patch').tokenUsage().customOutput('call_patch').endTurn();
      session.startTurn('Run both checks.').reasoning().functionCall('call_a', 'npm test').functionCall('call_b', 'npm run lint');
      session.tokenUsage().functionOutput('call_b').functionOutput('call_a').endTurn();
      return session.startTurn('Find a calendar tool.').toolSearchCall('call_search').toolSearchOutput('call_search').endTurn().text();
    },
    expected: [],
  },
  'crashed-mid-tool.jsonl': {
    // The agent was killed while `npm test` ran: the call is the last line, with no output.
    content: () => new CodexSession().execTurn('call_ls').startTurn('Run the tests.').reasoning().functionCall('call_tests', 'npm test').text(),
    expected: ['info unfinished-turn@13', 'error missing-output@18'],
  },
  'orphaned-output.jsonl': {
    content: () => {
      const session = new CodexSession().startTurn().reasoning();
      session.functionOutput('call_lost_in_a_merge');
      session.item({ type: 'function_call_output', output: 'an injected message with no call_id' });
      return session.functionCall('call_ls').functionOutput('call_ls').endTurn().text();
    },
    expected: ['error orphan-output@7', 'error output-without-call-id@8'],
  },
  'duplicated-output.jsonl': {
    content: () => {
      const session = new CodexSession().startTurn().customCall('call_patch').customOutput('call_patch').tokenUsage().customOutput('call_patch', 'Success (retried).');
      return session.functionCall('call_id_reused').functionOutput('call_id_reused').functionCall('call_id_reused').functionOutput('call_id_reused').endTurn().text();
    },
    expected: ['error duplicate-output@9', 'error duplicate-call-id@12', 'error duplicate-output@13'],
  },
  'wrong-output-kind.jsonl': {
    content: () => new CodexSession().startTurn().customCall('call_patch').functionOutput('call_patch').localShellCall('call_shell').endTurn().text(),
    expected: ['error mismatched-output-kind@7', 'error missing-output@8'],
  },
  'torn-lines.jsonl': {
    // A crash tore a line; Codex's next append added the newline after the fragment. Then a second crash.
    content: () => {
      const session = new CodexSession().execTurn('call_1');
      session.lines.push(session.lines[session.lines.length - 1]!.slice(0, 48));
      session.execTurn('call_2');
      return `${session.text()}${session.lines[3]!.slice(0, 60)}`;
    },
    expected: ['error malformed-line@13', 'error torn-final-line@25'],
  },
  'bad-first-line.jsonl': {
    content: () => {
      const session = new CodexSession().execTurn('call_1');
      session.lines[0] = session.lines[0]!.slice(0, 80);
      return session.text();
    },
    expected: ['error malformed-line@1', 'error missing-session-meta@2'],
  },
  'windows-edited.jsonl': {
    // Saved by a Windows editor: byte order mark, CRLF endings, a blank line.
    content: () => {
      const session = new CodexSession().execTurn('call_1');
      session.lines.splice(4, 0, '');
      return `\uFEFF${session.lines.map((line) => `${line}\r\n`).join('')}`;
    },
    expected: ['error byte-order-mark@1', 'warning crlf-line-ending@1', 'info blank-line@5'],
  },
  'stripped-ordinal.jsonl': {
    // Lines appended by hand to a paginated rollout: no ordinal at the end, a reused one before.
    content: () => {
      const session = new CodexSession().execTurn('call_1');
      session.lines[10] = session.lines[10]!.replace('"ordinal":10', '"ordinal":9');
      session.lines[11] = session.lines[11]!.replace(/"ordinal":\d+,/, '');
      return session.text();
    },
    expected: ['warning ordinal-regression@11', 'error final-record-missing-ordinal@12'],
  },
  'legacy-2025.jsonl': {
    content: () =>
      [
        { id: '5973b6c0-94b8-487b-a530-2aeb6098ae0e', timestamp: '2025-05-07T17:24:21.000Z', instructions: null },
        { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'list the files' }] },
        { type: 'function_call', name: 'shell', arguments: '{"command":["ls"]}', call_id: 'call_1' },
        { record_type: 'state' },
      ]
        .map((record) => `${JSON.stringify(record)}\n`)
        .join(''),
    expected: ['warning legacy-format@1', 'error missing-output@3'],
  },
  'claude-code-healthy.jsonl': {
    content: () => {
      const t = new ClaudeTranscript().bashTurn('toolu_ls', 'list the files');
      t.prompt('run both checks');
      const [a, b] = t.assistant([
        { type: 'tool_use', id: 'toolu_test', name: 'Bash', input: { command: 'npm test' } },
        { type: 'tool_use', id: 'toolu_lint', name: 'Bash', input: { command: 'npm run lint' } },
      ]);
      t.result('toolu_test', a!);
      t.result('toolu_lint', b!);
      t.reply('Both pass.');
      return t.text();
    },
    expected: [],
  },
  'claude-code-killed-mid-tool.jsonl': {
    // Claude Code was killed while `npm test` ran: the tool_use is the last chain line, with no result.
    content: () => {
      const t = new ClaudeTranscript().bashTurn('toolu_ls', 'list the files');
      t.prompt('run the tests');
      t.lastPrompt('run the tests', t.toolUse('toolu_tests'));
      return t.text();
    },
    expected: ['error missing-output@16'],
  },
  'claude-code-misplaced-results.jsonl': {
    // A result hung off an interjected assistant line, an orphan result, a result written twice.
    content: () => {
      const t = new ClaudeTranscript();
      t.prompt('check the build');
      t.toolUse('toolu_build');
      t.result('toolu_build', t.reply('While that runs: the config looks fine.'));
      t.result('toolu_from_another_session', t.reply('Built.'));
      t.reply('Next?');
      t.prompt('and the tests');
      const use = t.toolUse('toolu_tests');
      t.result('toolu_tests', use);
      t.result('toolu_tests', use, 'ok (again)');
      t.reply('All green.');
      return t.text();
    },
    expected: ['error tool-result-not-adjacent@8', 'error orphan-output@10', 'error duplicate-output@19'],
  },
  'claude-code-broken-chain.jsonl': {
    // A line was lost a minute before the last reply: resume would drop all history before it.
    content: () => {
      const t = new ClaudeTranscript().bashTurn('toolu_ls', 'list the files');
      t.wait(60_000);
      t.last = t.uuid();
      t.reply('As I said above, the list is short.');
      t.lastPrompt('list the files', t.last);
      return t.text();
    },
    expected: ['error broken-parent-chain@11'],
  },
  'claude-code-compacted.jsonl': {
    // A result lost before /compact: the client no longer sends that turn, so a warning; fix answers the
    // call right after its tool_use, inside the segment the boundary summarised.
    content: () => {
      const t = new ClaudeTranscript();
      t.prompt('run the migration');
      t.toolUse('toolu_migrate');
      t.compact(t.reply('The migration is running.'));
      t.bashTurn('toolu_status', 'check the status');
      return t.text();
    },
    expected: ['warning missing-output@6'],
  },
};

describe('samples/', () => {
  it('holds exactly the samples defined here, byte for byte', async () => {
    for (const [name, sample] of Object.entries(samples)) {
      const content = Buffer.from(sample.content());
      if (process.env.UPDATE_SAMPLES) await writeFile(`${SAMPLES}${name}`, content);
      expect((await readFile(`${SAMPLES}${name}`)).equals(content), name).toBe(true);
    }
    expect((await readdir(SAMPLES)).filter((name) => name.endsWith('.jsonl')).sort()).toEqual(Object.keys(samples).sort());
  });

  it.each(Object.entries(samples))('%s shows what it is meant to', async (name, sample) => {
    const report = await checkFile(`${SAMPLES}${name}`);
    expect(report.diagnostics.map(({ rule, line, severity }) => `${severity} ${rule}@${line}`)).toEqual(sample.expected);
  });
});
