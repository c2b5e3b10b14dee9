import { type CodexAdapter } from './records.js';
/** The current envelope: `{"timestamp","ordinal"?,"type","payload"}` per line (Sept 2025 on). */
export declare const codexEnvelope: CodexAdapter;
