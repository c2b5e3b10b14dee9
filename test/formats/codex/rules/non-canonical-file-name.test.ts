import { describe, expect, it } from 'vitest';
import { CodexSession } from '../../../support/codex-session.js';
import { diagnosticsOf } from '../../../support/harness.js';

const only = { select: ['non-canonical-file-name'] };

describe('non-canonical-file-name', () => {
  const session = new CodexSession().execTurn('a');
  const canonical = `rollout-2026-03-04T10-00-00-${session.sessionId}.jsonl`;

  it('accepts the canonical name, with the reverted-thread suffix too, and ignores other names', async () => {
    for (const path of [canonical, `rollout-2026-03-04T10-00-00-${session.sessionId}_0199aaaa.jsonl`, 'notes/session.jsonl', '-']) {
      expect(await diagnosticsOf(session.text(), { ...only, path })).toEqual([]);
    }
  });

  it('reports a name Codex would not list in its store, and a name naming another session anywhere', async () => {
    expect(await diagnosticsOf(session.text(), { ...only, path: 'home/.codex/sessions/2026/03/04/rollout-2026-03-04.fixed.jsonl' })).toEqual([
      { rule: 'non-canonical-file-name', line: 1, severity: 'warning', fixable: false },
    ]);
    expect(await diagnosticsOf(session.text(), { ...only, path: 'home/.codex/sessions/2026/03/04/copy.jsonl' })).toHaveLength(1);
    const other = canonical.replace(session.sessionId, '0199aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee');
    expect(await diagnosticsOf(session.text(), { ...only, path: other })).toHaveLength(1);
    expect(await diagnosticsOf(session.text(), { ...only, path: `ci/artifacts/${other}` })).toHaveLength(1);
  });

  it('says nothing where the name does not matter: any folder named sessions, fixtures, datasets', async () => {
    for (const path of ['project/sessions/good.jsonl', 'sessions/2026/healthy.jsonl', 'fixtures/rollout-copy.jsonl', 'data/sessions/2026/03/x/a.jsonl']) {
      expect(await diagnosticsOf(session.text(), { ...only, path }), path).toEqual([]);
    }
  });
});
