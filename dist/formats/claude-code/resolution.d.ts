import type { PairingFinding } from '../history.js';
import type { ClaudeHistory } from './chain.js';
import type { ClaudeFinding } from './findings.js';
/** A missing parent is bridged to the nearest earlier entry only within this window (2.1.332's loader). */
export declare const BRIDGE_MS = 5000;
/** The end-of-file work: the leaf, the walk, the messages, and what does not pair. */
export declare class Resolution {
    #private;
    private readonly h;
    private readonly emit;
    constructor(h: ClaudeHistory, emit: (finding: ClaudeFinding | PairingFinding) => void);
    run(): void;
}
