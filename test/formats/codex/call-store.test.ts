/** The call store keeps calls as rows of 32-bit numbers, and widens them for line numbers that do not fit. */
import { describe, expect, it } from 'vitest';
import { CallStore } from '../../../src/formats/codex/call-store.js';
import type { CallRecord } from '../../../src/formats/history.js';

const call = (callId: string, line: number): CallRecord => ({
  line,
  item: { role: 'call', callId, kind: 'function_call', expects: 'function_call_output', itemId: `fc_${callId}`, name: 'exec_command' },
  timestamp: '2026-11-24T09:00:00.000Z',
  embedded: false,
  runStart: line - 1,
  turn: 3,
});

describe('CallStore', () => {
  it('gives back calls and outputs as they were added, across growth of its rows', () => {
    const store = new CallStore();
    for (let k = 0; k < 1000; k += 1) store.addCall(call(`c${k}`, 2 * k + 10), []);
    for (let k = 0; k < 1000; k += 2) store.addOutput(store.slotOf(`c${k}`)!, `c${k}`, 2 * k + 11, 'function_call_output', false, 3, false);
    // An answered call no longer needs what only a placeholder would (its item id and timestamp).
    const { timestamp: _timestamp, item: { itemId: _itemId, ...item }, ...answered } = call('c998', 2006);
    expect(store.call(store.slotOf('c998')!, 'c998')).toEqual({ ...answered, item });
    expect(store.isSimplyAnswered(store.slotOf('c998')!)).toBe(true);
    expect(store.isSimplyAnswered(store.slotOf('c999')!)).toBe(false);
    expect(store.call(store.slotOf('c999')!, 'c999')).toEqual(call('c999', 2008));
  });

  it('keeps line numbers past 2^32 - 1 exact', () => {
    const store = new CallStore();
    store.addCall(call('small', 7), []);
    const big = 2 ** 32 + 5;
    store.addCall(call('big', big), []);
    store.addOutput(store.slotOf('big')!, 'big', big + 2, 'custom_tool_call_output', false, 3, false);
    expect(store.call(store.slotOf('small')!, 'small')).toEqual(call('small', 7));
    expect(store.call(store.slotOf('big')!, 'big').line).toBe(big);
    expect(store.call(store.slotOf('big')!, 'big').runStart).toBe(big - 1);
    expect(store.outputs(store.slotOf('big')!, 'big')).toEqual([{ line: big + 2, kind: 'custom_tool_call_output', callId: 'big', embedded: false, turn: 3, early: false }]);
    // Once wide, the rows stay wide as they grow.
    for (let k = 0; k < 100; k += 1) store.addCall(call(`later${k}`, big + 10 + k), []);
    for (let k = 0; k < 100; k += 1) expect(store.call(store.slotOf(`later${k}`)!, `later${k}`)).toEqual(call(`later${k}`, big + 10 + k));
    expect(store.call(store.slotOf('small')!, 'small')).toEqual(call('small', 7));
  });
});
