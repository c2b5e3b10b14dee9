import { type CodexAdapter } from './records.js';
/** A type of the current envelope's records. */
export declare function isCodexEnvelopeType(type: unknown): boolean;
/** The current envelope: `{"timestamp","ordinal"?,"type","payload"}` per line (Sept 2025 on). */
export declare const codexEnvelope: CodexAdapter;
