/** The UTF-8 byte order mark, which JSONL must not start with. */
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
export const startsWithBom = (bytes) => bytes.subarray(0, UTF8_BOM.length).equals(UTF8_BOM);
export const withoutBom = (bytes) => (startsWithBom(bytes) ? bytes.subarray(UTF8_BOM.length) : bytes);
