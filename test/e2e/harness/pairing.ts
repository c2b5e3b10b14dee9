/**
 * Pairing inspector for the `input` array Codex sends to the Responses API, plus the
 * deterministic ids Codex 0.169.0 gives the outputs it synthesizes in memory on resume.
 */
import { createHash } from 'node:crypto';

export type Item = Record<string, unknown>;

/** Namespace of Codex's synthetic output ids (`SYNTHETIC_OUTPUT_ID_NAMESPACE`). */
export const SYNTHETIC_OUTPUT_ID_NAMESPACE = '90d38d3e-6a5b-4d52-bfe2-2f1e634bfac4';

function uuidBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  return Buffer.from(hex, 'hex');
}

function formatUuid(b: Buffer): string {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** RFC 4122 name-based UUID, version 5 (SHA-1). */
export function uuidv5(name: string, namespace: string): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(Buffer.from(name, 'utf8')).digest();
  const b = Buffer.from(hash.subarray(0, 16));
  b[6] = ((b[6] as number) & 0x0f) | 0x50;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  return formatUuid(b);
}

export type OutputPrefix = 'fco' | 'ctco' | 'tso';

/** Codex's id for an output it synthesizes for the call whose item id is `callItemId`. */
export function syntheticOutputId(prefix: OutputPrefix, callItemId: string): string {
  return `${prefix}_${uuidv5(`${prefix}:${callItemId}`, SYNTHETIC_OUTPUT_ID_NAMESPACE)}`;
}

export type CallKind = 'function_call' | 'custom_tool_call' | 'local_shell_call' | 'tool_search_call';
export type OutputKind = 'function_call_output' | 'custom_tool_call_output' | 'tool_search_output';

const CALL_KINDS = new Set<string>(['function_call', 'custom_tool_call', 'local_shell_call', 'tool_search_call']);
const OUTPUT_KINDS = new Set<string>(['function_call_output', 'custom_tool_call_output', 'tool_search_output']);

/** Output kind that answers a call kind. */
export function outputKindFor(kind: CallKind): OutputKind {
  switch (kind) {
    case 'function_call':
    case 'local_shell_call':
      return 'function_call_output';
    case 'custom_tool_call':
      return 'custom_tool_call_output';
    case 'tool_search_call':
      return 'tool_search_output';
  }
}

export function outputPrefixFor(kind: OutputKind): OutputPrefix {
  return kind === 'function_call_output' ? 'fco' : kind === 'custom_tool_call_output' ? 'ctco' : 'tso';
}

export function isCall(item: Item): boolean {
  if (!CALL_KINDS.has(String(item['type']))) return false;
  if (item['type'] === 'tool_search_call' && item['execution'] === 'server') return false;
  return typeof item['call_id'] === 'string';
}

export function isOutput(item: Item): boolean {
  if (!OUTPUT_KINDS.has(String(item['type']))) return false;
  if (item['type'] === 'tool_search_output' && item['execution'] === 'server') return false;
  return typeof item['call_id'] === 'string';
}

export interface CallRef {
  index: number;
  callId: string;
  kind: CallKind;
  id: string | undefined;
}

export interface OutputRef {
  index: number;
  callId: string;
  kind: OutputKind;
  id: string | undefined;
}

export interface SynthesizedOutput extends OutputRef {
  /** The call it answers (immediately before it). */
  call: CallRef;
}

export interface PairingReport {
  calls: CallRef[];
  outputs: OutputRef[];
  /** Calls with no output of the matching kind anywhere in the input. */
  callsWithoutOutput: CallRef[];
  /** Outputs whose call_id matches no call of the right kind. */
  outputsWithoutCall: OutputRef[];
  /** Call ids answered more than once. */
  duplicateOutputs: OutputRef[];
  /** Outputs that look synthesized by Codex: text "aborted" (or empty tool list) + deterministic id. */
  synthesized: SynthesizedOutput[];
  /** Every call has exactly one output of the right kind, and every output has a call. */
  fullyPaired: boolean;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Is `out` exactly what Codex synthesizes for `call`? */
export function looksSynthesized(out: Item, call: Item): boolean {
  const kind = str(call['type']) as CallKind;
  const outKind = outputKindFor(kind);
  if (out['type'] !== outKind || out['call_id'] !== call['call_id']) return false;
  const callItemId = str(call['id']);
  const expectedId = callItemId ? syntheticOutputId(outputPrefixFor(outKind), callItemId) : undefined;
  if (str(out['id']) !== expectedId) return false;
  if (outKind === 'tool_search_output') {
    return Array.isArray(out['tools']) && (out['tools'] as unknown[]).length === 0;
  }
  return out['output'] === 'aborted';
}

export function inspectPairing(input: Item[]): PairingReport {
  const calls: CallRef[] = [];
  const outputs: OutputRef[] = [];
  input.forEach((item, index) => {
    if (isCall(item)) {
      calls.push({ index, callId: item['call_id'] as string, kind: item['type'] as CallKind, id: str(item['id']) });
    } else if (isOutput(item)) {
      outputs.push({ index, callId: item['call_id'] as string, kind: item['type'] as OutputKind, id: str(item['id']) });
    }
  });
  const outputsFor = (c: CallRef): OutputRef[] => outputs.filter((o) => o.callId === c.callId && o.kind === outputKindFor(c.kind));
  const callsWithoutOutput = calls.filter((c) => outputsFor(c).length === 0);
  const outputsWithoutCall = outputs.filter((o) => !calls.some((c) => c.callId === o.callId && outputKindFor(c.kind) === o.kind));
  const duplicateOutputs: OutputRef[] = [];
  for (const c of calls) duplicateOutputs.push(...outputsFor(c).slice(1));
  const synthesized: SynthesizedOutput[] = [];
  for (const o of outputs) {
    const prev = input[o.index - 1];
    const call = calls.find((c) => c.index === o.index - 1);
    // Codex inserts its placeholder immediately after the call.
    if (prev && call && looksSynthesized(input[o.index] as Item, prev)) synthesized.push({ ...o, call });
  }
  return {
    calls,
    outputs,
    callsWithoutOutput,
    outputsWithoutCall,
    duplicateOutputs,
    synthesized,
    fullyPaired: callsWithoutOutput.length === 0 && outputsWithoutCall.length === 0 && duplicateOutputs.length === 0,
  };
}

/** The call and output items of an input array, in order (for before/after comparisons). */
export function toolItems(input: Item[]): Item[] {
  return input.filter((it) => isCall(it) || isOutput(it));
}
