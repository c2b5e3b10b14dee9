#!/usr/bin/env node
// Naive baseline for Claude Code transcripts: createReadStream → readline → JSON.parse every line → pair
// tool_use ids (assistant content blocks) with tool_result ids (user content blocks), and follow the
// parentUuid chain (a parent must name a uuid seen earlier in the file).
// Usage: node bench/baselines/naive-claude.mjs FILE... ; prints one JSON summary (summed over the files).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const total = { lines: 0, malformed: 0, messages: 0, missingParents: 0, calls: 0, outputs: 0, unpairedCalls: 0, orphanOutputs: 0, duplicateOutputs: 0 };
for (const file of process.argv.slice(2)) {
  const uuids = new Set();
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
    if (typeof line.uuid !== 'string') continue; // rows without a chain role
    total.messages++;
    if (typeof line.parentUuid === 'string' && !uuids.has(line.parentUuid)) total.missingParents++;
    uuids.add(line.uuid);
    const content = line.message?.content;
    if (!Array.isArray(content)) continue;
    for (const block of content) {
      if (line.type === 'assistant' && block?.type === 'tool_use' && typeof block.id === 'string') calls.add(block.id);
      else if (line.type === 'user' && block?.type === 'tool_result' && typeof block.tool_use_id === 'string') {
        if (outputs.has(block.tool_use_id)) total.duplicateOutputs++;
        outputs.add(block.tool_use_id);
        total.outputs++;
      }
    }
  }
  total.calls += calls.size;
  for (const id of calls) if (!outputs.has(id)) total.unpairedCalls++;
  for (const id of outputs) if (!calls.has(id)) total.orphanOutputs++;
}
console.log(JSON.stringify(total));
