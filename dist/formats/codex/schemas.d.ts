import type { z as Z } from 'zod';
import { FieldList, type FieldRef } from '../../reading/field-list.js';
import type { ScannedFields } from '../../reading/json-scan.js';
/**
 * The shapes of the Codex records that matter to pairing, resume and repair (codex-rs/protocol/src/models.rs,
 * codex-rs/history). Each has a plain guard that decides whether a record fits, and a zod schema that only
 * explains why one does not: zod is loaded at the first explanation, as most files need none and loading
 * it costs some 40 ms. Every object is loose: unknown fields pass untouched, as Codex ignores them.
 * test/formats/codex/schemas.test.ts holds each guard to its schema.
 */
/** The zod schemas, built on first use. */
export declare const zodSchemas: () => {
    sessionMetaPayload: Z.ZodObject<{
        id: Z.ZodString;
        history_mode: Z.ZodOptional<Z.ZodEnum<{
            legacy: "legacy";
            paginated: "paginated";
        }>>;
    }, Z.core.$loose>;
    /** The response items that take part in pairing. */
    pairingItem: Z.ZodDiscriminatedUnion<[Z.ZodObject<{
        type: Z.ZodLiteral<"function_call">;
        name: Z.ZodString;
        arguments: Z.ZodString;
        call_id: Z.ZodString;
    }, Z.core.$loose>, Z.ZodObject<{
        type: Z.ZodLiteral<"custom_tool_call">;
        name: Z.ZodString;
        input: Z.ZodString;
        call_id: Z.ZodString;
    }, Z.core.$loose>, Z.ZodObject<{
        type: Z.ZodLiteral<"local_shell_call">;
        call_id: Z.ZodOptional<Z.ZodNullable<Z.ZodString>>;
        action: Z.ZodObject<{
            type: Z.ZodString;
        }, Z.core.$loose>;
    }, Z.core.$loose>, Z.ZodObject<{
        type: Z.ZodLiteral<"tool_search_call">;
        call_id: Z.ZodOptional<Z.ZodNullable<Z.ZodString>>;
        execution: Z.ZodOptional<Z.ZodString>;
    }, Z.core.$loose>, Z.ZodObject<{
        type: Z.ZodLiteral<"function_call_output">;
        call_id: Z.ZodOptional<Z.ZodNullable<Z.ZodString>>;
        output: Z.ZodUnion<readonly [Z.ZodString, Z.ZodArray<Z.ZodObject<{
            type: Z.ZodString;
        }, Z.core.$loose>>]>;
    }, Z.core.$loose>, Z.ZodObject<{
        type: Z.ZodLiteral<"custom_tool_call_output">;
        call_id: Z.ZodString;
        output: Z.ZodUnion<readonly [Z.ZodString, Z.ZodArray<Z.ZodObject<{
            type: Z.ZodString;
        }, Z.core.$loose>>]>;
    }, Z.core.$loose>, Z.ZodObject<{
        type: Z.ZodLiteral<"tool_search_output">;
        call_id: Z.ZodOptional<Z.ZodNullable<Z.ZodString>>;
        execution: Z.ZodOptional<Z.ZodString>;
        tools: Z.ZodArray<Z.ZodUnknown>;
    }, Z.core.$loose>], "type">;
    compactedPayload: Z.ZodObject<{
        message: Z.ZodOptional<Z.ZodString>;
        replacement_history: Z.ZodOptional<Z.ZodArray<Z.ZodObject<{
            type: Z.ZodString;
        }, Z.core.$loose>>>;
        replacement_history_metadata: Z.ZodOptional<Z.ZodArray<Z.ZodUnknown>>;
    }, Z.core.$loose>;
    threadRolledBack: Z.ZodObject<{
        type: Z.ZodLiteral<"thread_rolled_back">;
        num_turns: Z.ZodInt;
    }, Z.core.$loose>;
};
/** sessionMetaPayload's guard, for an object payload whose `id` and `history_mode` are these fields. */
export declare function sessionMetaValid(fields: ScannedFields, id: FieldRef, historyMode: FieldRef): boolean;
export declare function sessionMetaIssue(payload: unknown): string | undefined;
export declare function compactedIssue(payload: unknown): string | undefined;
export declare function threadRolledBackIssue(payload: unknown): string | undefined;
/** A response item's fields, by path within the item. */
declare const ITEM_PATHS: {
    readonly type: "type";
    readonly role: "role";
    readonly id: "id";
    readonly call_id: "call_id";
    readonly name: "name";
    readonly arguments: "arguments";
    readonly input: "input";
    readonly output: "output";
    /** The `type` of each element of an output array. */
    readonly outputTypes: "output[].type";
    readonly execution: "execution";
    readonly tools: "tools";
    readonly action: "action";
    readonly actionType: "action.type";
    /** The `text` of each element of a message's content array. */
    readonly contentTexts: "content[].text";
    readonly content: "content";
};
export declare const distinctItemPaths: (prefix: string) => string[];
/** Where a response item's fields are in a FieldList (at `payload.` in the envelope, at the top bare). */
export type ItemFields = {
    readonly [K in keyof typeof ITEM_PATHS]: FieldRef;
};
/** The paths of an item's fields at `prefix` in the record. */
export declare const itemPaths: (prefix: string) => string[];
/** The item's fields in a list that asked for itemPaths(prefix). */
export declare function itemFields(list: FieldList, prefix: string): ItemFields;
/** pairingItem's guard, for an object item of pairing type `type` (its fields scanned or parsed). */
export declare function pairingItemValid(type: string, fields: ScannedFields, at: ItemFields): boolean;
/** Why a parsed object item of pairing type `type` does not fit pairingItem; undefined when it does. */
export declare function pairingItemIssue(type: string, item: object, prefix: string): string | undefined;
export {};
