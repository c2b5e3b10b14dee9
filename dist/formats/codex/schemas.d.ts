import type { z as Z } from 'zod';
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
/** sessionMetaPayload's guard, for an object payload whose `id` and `history_mode` are at these paths. */
export declare function sessionMetaValid(fields: ScannedFields, id: string, historyMode: string): boolean;
export declare function sessionMetaIssue(payload: unknown): string | undefined;
export declare function compactedIssue(payload: unknown): string | undefined;
export declare function threadRolledBackIssue(payload: unknown): string | undefined;
/** Where a response item's fields are, from the record (`payload.call_id` in the envelope, `call_id` bare). */
export interface ItemPaths {
    readonly type: string;
    readonly role: string;
    readonly id: string;
    readonly call_id: string;
    readonly name: string;
    readonly arguments: string;
    readonly input: string;
    readonly output: string;
    /** The `type` of each element of an output array. */
    readonly outputTypes: string;
    readonly execution: string;
    readonly tools: string;
    readonly action: string;
    readonly actionType: string;
    /** The `text` of each element of a message's content array. */
    readonly contentTexts: string;
    readonly content: string;
}
export declare function itemPaths(prefix: string): ItemPaths;
/** pairingItem's guard, for an object item of pairing type `type` (its fields scanned or parsed). */
export declare function pairingItemValid(type: string, fields: ScannedFields, at: ItemPaths): boolean;
/** Why a parsed object item of pairing type `type` does not fit pairingItem; undefined when it does. */
export declare function pairingItemIssue(type: string, item: object, prefix: string): string | undefined;
