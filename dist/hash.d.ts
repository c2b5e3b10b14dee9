import type { Hash } from 'node:crypto';
/**
 * node:crypto's createHash, with the module loaded at the first call: loading it costs some 5 ms of every
 * run's start-up, and a check needs it only for a SARIF report or a repair's placeholder id.
 */
export declare function createHash(algorithm: string): Hash;
