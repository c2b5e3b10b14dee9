import type { FormatAdapter } from '../format.js';
/** The current envelope: `{"timestamp","ordinal"?,"type","payload"}` per line (Sept 2025 on). */
export declare const codexEnvelope: FormatAdapter;
