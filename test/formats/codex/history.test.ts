/**
 * The pairing tracker against the reference (object per call) tracker it replaced: for any sequence of
 * records (calls, outputs of every kind, repeats, early and orphan outputs, turns, rollbacks, compaction
 * checkpoints), the same findings in the same order and the same turn boundaries.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistoryItem } from '../../../src/formats/format.js';
import type { PairingFinding } from '../../../src/formats/history.js';
import { PairingTracker } from '../../../src/formats/codex/history.js';
import type { CodexRecordInfo as RecordInfo, OutputKind } from '../../../src/formats/codex/records.js';
import { PairingTracker as ReferenceTracker, type PairingFinding as ReferenceFinding } from './support/reference-pairing.js';

const KINDS: readonly OutputKind[] = ['function_call_output', 'custom_tool_call_output', 'tool_search_output'];
const callId = fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5');

const itemArb: fc.Arbitrary<HistoryItem> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ callId, kind: fc.constantFrom('function_call', 'custom_tool_call', 'local_shell_call', 'tool_search_call'), expects: fc.constantFrom(...KINDS), itemId: fc.option(fc.constantFrom('fc_1', 'fc_2'), { nil: undefined }), name: fc.option(fc.constantFrom('exec_command', 'apply_patch', ''), { nil: undefined }) }).map(({ itemId, name, ...call }) => ({ role: 'call' as const, ...call, ...(itemId !== undefined && { itemId }), ...(name !== undefined && { name }) })) },
  { weight: 4, arbitrary: fc.record({ callId, kind: fc.constantFrom(...KINDS) }).map((output) => ({ role: 'output' as const, ...output })) },
  fc.constantFrom(...KINDS).map((kind) => ({ role: 'unpairable-output' as const, kind })),
  fc.constantFrom<HistoryItem>({ role: 'user-message' }, { role: 'reasoning' }, { role: 'other' }),
);

const recordArb: fc.Arbitrary<RecordInfo> = fc.oneof(
  { weight: 8, arbitrary: fc.array(itemArb, { minLength: 1, maxLength: 2 }).map((items) => ({ label: 'item', known: true, items })) },
  fc.constantFrom<'start' | 'end'>('start', 'end').map((turn) => ({ label: 'event', known: true, items: [], turn })),
  fc.nat(3).map((rollsBack) => ({ label: 'rollback', known: true, items: [], rollsBack })),
  fc.array(itemArb, { maxLength: 4 }).map((replacesHistory) => ({ label: 'compacted', known: true, items: [], replacesHistory })),
);

/** The reference keeps a call's item id and timestamp for good; the tracker only while the call is unanswered, the one finding that uses them. */
function comparable(finding: ReferenceFinding | PairingFinding): unknown {
  if (finding.type === 'unanswered') return finding;
  const strip = <T extends { item: { itemId?: string }; timestamp?: string }>(call: T) => {
    const { timestamp: _timestamp, item, ...rest } = call;
    const { itemId: _itemId, ...kept } = item;
    return { ...rest, item: kept };
  };
  if (finding.type === 'repeat-call') return { ...finding, first: strip(finding.first) };
  return 'call' in finding ? { ...finding, call: strip(finding.call) } : finding;
}

function run(records: readonly RecordInfo[], withTimestamps: boolean) {
  const found: unknown[] = [];
  const expected: unknown[] = [];
  const tracker = new PairingTracker((finding) => found.push(comparable(finding)));
  const reference = new ReferenceTracker((finding) => expected.push(comparable(finding)));
  records.forEach((info, index) => {
    const timestamp = () => (withTimestamps ? `t${index}` : undefined);
    tracker.record(index + 1, info, timestamp);
    reference.record(index + 1, info, timestamp);
  });
  tracker.end();
  reference.end();
  return { found, expected, boundaries: [tracker.turnBoundaries, reference.turnBoundaries] };
}

describe('PairingTracker', () => {
  it('finds what the reference tracker finds, in the same order', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 40 }), fc.boolean(), (records, withTimestamps) => {
        const { found, expected, boundaries } = run(records, withTimestamps);
        expect(found).toEqual(expected);
        expect(boundaries[0]).toEqual(boundaries[1]);
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps finding the same past a thousand calls (the call rows grow)', () => {
    const records: RecordInfo[] = [];
    for (let n = 0; n < 3000; n += 1) {
      const id = `call_${n % 2500}`;
      records.push({ label: 'call', known: true, items: [{ role: 'call', callId: id, kind: 'function_call', expects: 'function_call_output', itemId: `fc_${n}`, name: 'exec_command' }] });
      if (n % 7 !== 0) records.push({ label: 'output', known: true, items: [{ role: 'output', callId: id, kind: n % 11 === 0 ? 'custom_tool_call_output' : 'function_call_output' }] });
    }
    const { found, expected } = run(records, true);
    expect(found.length).toBeGreaterThan(500);
    expect(found).toEqual(expected);
  });
});
