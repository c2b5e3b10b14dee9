#!/usr/bin/env node
// Naive baseline: createReadStream → readline → JSON.parse every line → pair call ids with output ids.
// Usage: node bench/baselines/naive.mjs FILE... ; prints one JSON summary (summed over the files,
// pairing done per file). Same pairing kinds as session-doctor:
// function_call/local_shell_call ↔ function_call_output, custom_tool_call ↔ custom_tool_call_output,
// tool_search_call ↔ tool_search_output (server-executed tool searches and null call ids are skipped).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const CALLS = new Map([['function_call', 'fn'], ['local_shell_call', 'fn'], ['custom_tool_call', 'custom'], ['tool_search_call', 'search']]);
const OUTPUTS = new Map([['function_call_output', 'fn'], ['custom_tool_call_output', 'custom'], ['tool_search_output', 'search']]);

const total = { lines: 0, malformed: 0, calls: 0, outputs: 0, unpairedCalls: 0, orphanOutputs: 0, duplicateOutputs: 0 };
for (const file of process.argv.slice(2)) {
  const calls = new Set();
  const outputs = new Set();
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (text === '') continue;
    total.lines++;
    let line;
    try {
      line = JSON.parse(text);
    } catch {
      line = undefined;
    }
    if (typeof line !== 'object' || line === null || Array.isArray(line)) {
      total.malformed++;
      continue;
    }
    const p = line.type === 'response_item' ? line.payload : line; // bare items: pre-envelope rollouts
    if (typeof p?.call_id !== 'string' || p.execution === 'server') continue;
    if (CALLS.has(p.type)) {
      calls.add(`${CALLS.get(p.type)}:${p.call_id}`);
    } else if (OUTPUTS.has(p.type)) {
      const key = `${OUTPUTS.get(p.type)}:${p.call_id}`;
      if (outputs.has(key)) total.duplicateOutputs++;
      outputs.add(key);
      total.outputs++;
    }
  }
  total.calls += calls.size;
  for (const key of calls) if (!outputs.has(key)) total.unpairedCalls++;
  for (const key of outputs) if (!calls.has(key)) total.orphanOutputs++;
}
console.log(JSON.stringify(total));
