import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/formats/names.js';
import { FORMATS, detectFormat, fallbackFormat } from '../../src/formats/registry.js';

describe('format registry', () => {
  it('has one adapter per format name, and names the same formats the CLI offers', () => {
    expect(FORMATS.map((format) => format.name).sort()).toEqual([...FORMAT_NAMES].sort());
  });

  it('detects each format from a typical first record', () => {
    expect(detectFormat({ timestamp: 't', type: 'session_meta', payload: {} })?.name).toBe('codex');
    expect(detectFormat({ id: 'x', timestamp: 't', instructions: null })?.name).toBe('codex-legacy');
    expect(detectFormat({ record_type: 'state' })?.name).toBe('codex-legacy');
    expect(detectFormat({ type: 'message', role: 'user', content: [] })?.name).toBe('responses');
    expect(detectFormat({ type: 'queue-operation', operation: 'enqueue', timestamp: 't', sessionId: 's' })?.name).toBe('claude-code');
    expect(detectFormat({ type: 'file-history-snapshot', messageId: 'm', snapshot: {} })?.name).toBe('claude-code');
    expect(detectFormat({ something: 'else' })).toBeUndefined();
  });

  it('takes a damaged rollout whose first records show no format for a Codex rollout, and anything else for none', () => {
    expect(fallbackFormat([{ something: 'else' }, { type: 'response_item' }])?.name).toBe('codex');
    expect(fallbackFormat([{ something: 'else' }, { type: 'row' }])).toBeUndefined();
  });
});
