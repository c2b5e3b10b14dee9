import { createRequire } from 'node:module';
/**
 * Built-in modules loaded at their first use rather than at start-up: loading each of these costs 2–5 ms
 * of every run (measured in the CLI bundle), and a short check needs none of them: node:crypto makes
 * temp names, SARIF fingerprints and placeholder ids; node:worker_threads checks many files or decodes
 * zstd; node:child_process asks lsof for open writers.
 */
function lazily(name) {
    let loaded;
    return () => (loaded ??= createRequire(import.meta.url)(name));
}
export const crypto = lazily('node:crypto');
export const workerThreads = lazily('node:worker_threads');
export const childProcess = lazily('node:child_process');
