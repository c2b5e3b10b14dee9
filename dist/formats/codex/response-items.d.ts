import type { ScannedFields } from '../../reading/json-scan.js';
import type { HistoryItem } from '../format.js';
import { type ItemFields } from './schemas.js';
export interface ClassifiedItem {
    readonly item: HistoryItem;
    readonly label: string;
    readonly known: boolean;
    readonly invalid?: string;
}
export declare const itemsOf: (item: HistoryItem) => readonly HistoryItem[];
export declare function isResponseItemType(type: unknown): boolean;
/** Classifies one Responses API item as the checker sees it. Never throws. */
export declare function classifyResponseItem(value: unknown, pathPrefix?: string): ClassifiedItem;
/**
 * classifyResponseItem's result for an object item from its scanned fields (found at `at`); undefined
 * when it takes the parsed item: a user message (its text decides), an item pairingItem must judge or
 * explain, or a type that is not a string.
 */
export declare function classifyScannedItem(fields: ScannedFields, at: ItemFields): ClassifiedItem | undefined;
