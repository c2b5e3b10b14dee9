import type { Hash } from 'node:crypto';
import { createRequire } from 'node:module';

let crypto: typeof import('node:crypto') | undefined;

/**
 * node:crypto's createHash, with the module loaded at the first call: loading it costs some 5 ms of every
 * run's start-up, and a check needs it only for a SARIF report or a repair's placeholder id.
 */
export function createHash(algorithm: string): Hash {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash(algorithm);
}
