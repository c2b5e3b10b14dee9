import type { ScannedFields } from './json-scan.js';
export declare function fieldsOf(value: unknown): ScannedFields;
