/** The UTF-8 byte order mark, which JSONL must not start with. */
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export const startsWithBom = (bytes: Buffer): boolean => bytes.subarray(0, UTF8_BOM.length).equals(UTF8_BOM);

export const withoutBom = (bytes: Buffer): Buffer => (startsWithBom(bytes) ? bytes.subarray(UTF8_BOM.length) : bytes);
