/**
 * A zstd frame holding `content` in raw (stored) blocks: what a compressor writes for incompressible data,
 * and valid input for any decoder. Node 20 has no zstd compressor and CI has no zstd tool, so the tests
 * make their .jsonl.zst files this way (RFC 8878: magic, a single-segment frame header with a 4-byte
 * content size, blocks of at most 128 KiB, each with its 3-byte header).
 */
export function zstdFrame(content: Buffer): Buffer {
  const header = Buffer.alloc(9);
  header.writeUInt32LE(0xfd2fb528, 0);
  // Frame_Header_Descriptor: a 4-byte Frame_Content_Size (flag 2), Single_Segment (no window descriptor).
  header[4] = (2 << 6) | (1 << 5);
  header.writeUInt32LE(content.length, 5);
  const parts: Buffer[] = [header];
  const BLOCK = 128 << 10;
  for (let at = 0; at < content.length || at === 0; at += BLOCK) {
    const block = content.subarray(at, at + BLOCK);
    const last = at + BLOCK >= content.length ? 1 : 0;
    const blockHeader = Buffer.alloc(3);
    // Block_Header: Last_Block (bit 0), Block_Type 0 = raw (bits 1-2), Block_Size (bits 3-23).
    blockHeader.writeUIntLE((block.length << 3) | last, 0, 3);
    parts.push(blockHeader, block);
  }
  return Buffer.concat(parts);
}
