import { setFlagsFromString } from 'node:v8';
/**
 * The CLI's V8 heap flags. It is a CLI choice: the library leaves its host's heap alone. The launcher sets
 * them before it compiles the CLI, as V8 refuses a code cache made under other flags (src/cli/launch.ts).
 *
 * - `--semi-space-growth-factor=1` keeps the young generation at its initial 1 MiB semi-spaces instead of
 *   letting it grow to 16 MiB: the checker's garbage is short-lived line by line, so the same speed was
 *   measured with ~10 MiB less peak RSS on a 1 GB file.
 * - `--heap-growing-percent=50` lets the old generation grow to 1.5× what survived the last full GC (at
 *   least 8 MiB more) before the next one, instead of up to 4×. A JSON.parse that fails allocates a Script
 *   for the error's location straight in the old generation (V8's JsonParser::ReportUnexpectedToken), so a
 *   file of a million broken lines piles up old garbage that only a full GC frees: 146 MiB peak RSS on 1M
 *   malformed lines before, 96 MiB after, for the same CPU time. A heap that truly grows (a 1 GB file's
 *   history) only pays a few more full GCs of a small heap.
 */
export function setHeapFlags() {
    setFlagsFromString('--semi-space-growth-factor=1');
    setFlagsFromString('--heap-growing-percent=50');
}
