import type { FieldList } from './field-list.js';
import type { ScannedFields } from './json-scan.js';
/**
 * The questions a scan answers (see ScannedFields), asked of a value JSON.parse built, about the fields of
 * `list`: so that code judging records from their fields serves both the fast path and the parsed one.
 */
export declare function fieldsOf(value: unknown, list: FieldList): ScannedFields;
