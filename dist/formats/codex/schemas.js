import { createRequire } from 'node:module';
import { FieldList } from '../../reading/field-list.js';
import { fieldsOf } from '../../reading/value-fields.js';
/**
 * The shapes of the Codex records that matter to pairing, resume and repair (codex-rs/protocol/src/models.rs,
 * codex-rs/history). Each has a plain guard that decides whether a record fits, and a zod schema that only
 * explains why one does not: zod is loaded at the first explanation, as most files need none and loading
 * it costs some 40 ms. Every object is loose: unknown fields pass untouched, as Codex ignores them.
 * test/formats/codex/schemas.test.ts holds each guard to its schema.
 */
/** The zod schemas, built on first use. */
export const zodSchemas = (() => {
    let built;
    // Loaded synchronously (classification is synchronous), from zod's CommonJS build.
    const load = () => createRequire(import.meta.url)('zod').z;
    return () => (built ??= build(load()));
})();
function build(z) {
    const callId = z.string().min(1);
    const outputBody = z.union([z.string(), z.array(z.looseObject({ type: z.string() }))], {
        error: 'output must be a string or an array of content items',
    });
    return {
        sessionMetaPayload: z.looseObject({
            id: z.string().min(1),
            history_mode: z.enum(['legacy', 'paginated']).optional(),
        }),
        /** The response items that take part in pairing. */
        pairingItem: z.discriminatedUnion('type', [
            z.looseObject({ type: z.literal('function_call'), name: z.string(), arguments: z.string(), call_id: callId }),
            z.looseObject({ type: z.literal('custom_tool_call'), name: z.string(), input: z.string(), call_id: callId }),
            z.looseObject({ type: z.literal('local_shell_call'), call_id: callId.nullable().optional(), action: z.looseObject({ type: z.string() }) }),
            z.looseObject({ type: z.literal('tool_search_call'), call_id: callId.nullable().optional(), execution: z.string().optional() }),
            z.looseObject({ type: z.literal('function_call_output'), call_id: callId.nullable().optional(), output: outputBody }),
            z.looseObject({ type: z.literal('custom_tool_call_output'), call_id: callId, output: outputBody }),
            z.looseObject({
                type: z.literal('tool_search_output'),
                call_id: callId.nullable().optional(),
                execution: z.string().optional(),
                tools: z.array(z.unknown()),
            }),
        ]),
        compactedPayload: z
            .looseObject({
            message: z.string().optional(),
            replacement_history: z.array(z.looseObject({ type: z.string() })).optional(),
            replacement_history_metadata: z.array(z.unknown()).optional(),
        })
            .refine((p) => p.replacement_history_metadata === undefined || p.replacement_history_metadata.length === (p.replacement_history?.length ?? 0), { message: 'replacement_history_metadata must have one entry per replacement_history item' }),
        threadRolledBack: z.looseObject({
            type: z.literal('thread_rolled_back'),
            num_turns: z.int().nonnegative(),
        }),
    };
}
/** Why `value` does not fit the schema; undefined when it does. Only called when the guard says no. */
function explain(schema, value, prefix) {
    const parsed = schema(zodSchemas()).safeParse(value);
    return parsed.success ? undefined : describeIssue(parsed.error, prefix);
}
/** One-line reason for a schema failure: the first issue, with its path. */
function describeIssue(error, prefix) {
    const issue = error.issues[0];
    if (!issue)
        return 'does not match its schema';
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** sessionMetaPayload's guard, for an object payload whose `id` and `history_mode` are these fields. */
export function sessionMetaValid(fields, id, historyMode) {
    const mode = fields.kind(historyMode) === 'absent' ? 'legacy' : fields.string(historyMode);
    return fields.kind(id) === 'string' && fields.string(id) !== '' && (mode === 'legacy' || mode === 'paginated');
}
const META_LIST = new FieldList(['id', 'history_mode']);
const [META_ID, META_HISTORY_MODE] = [META_LIST.of('id'), META_LIST.of('history_mode')];
export function sessionMetaIssue(payload) {
    const valid = isObject(payload) && sessionMetaValid(fieldsOf(payload, META_LIST), META_ID, META_HISTORY_MODE);
    return valid ? undefined : explain((s) => s.sessionMetaPayload, payload, 'payload');
}
export function compactedIssue(payload) {
    const valid = isObject(payload) &&
        (payload.message === undefined || typeof payload.message === 'string') &&
        (payload.replacement_history === undefined || (Array.isArray(payload.replacement_history) && payload.replacement_history.every((entry) => isObject(entry) && typeof entry.type === 'string'))) &&
        (payload.replacement_history_metadata === undefined ||
            (Array.isArray(payload.replacement_history_metadata) && payload.replacement_history_metadata.length === (payload.replacement_history?.length ?? 0)));
    return valid ? undefined : explain((s) => s.compactedPayload, payload, 'payload');
}
export function threadRolledBackIssue(payload) {
    const valid = isObject(payload) && payload.type === 'thread_rolled_back' && Number.isSafeInteger(payload.num_turns) && payload.num_turns >= 0;
    return valid ? undefined : explain((s) => s.threadRolledBack, payload, 'payload');
}
/** A response item's fields, by path within the item. */
const ITEM_PATHS = {
    type: 'type',
    role: 'role',
    id: 'id',
    call_id: 'call_id',
    name: 'name',
    arguments: 'arguments',
    input: 'input',
    output: 'output',
    /** The `type` of each element of an output array. */
    outputTypes: 'output[].type',
    execution: 'execution',
    tools: 'tools',
    action: 'action',
    actionType: 'action.type',
    /** The `text` of each element of a message's content array. */
    contentTexts: 'content[].text',
    content: 'content',
};
/** The item fields whose values differ from item to item (FieldListOptions.distinct). */
const DISTINCT_ITEM_PATHS = [ITEM_PATHS.id, ITEM_PATHS.arguments, ITEM_PATHS.input, ITEM_PATHS.output, ITEM_PATHS.contentTexts];
export const distinctItemPaths = (prefix) => DISTINCT_ITEM_PATHS.map((path) => `${prefix}${path}`);
/** The paths of an item's fields at `prefix` in the record. */
export const itemPaths = (prefix) => Object.values(ITEM_PATHS).map((path) => `${prefix}${path}`);
/** The item's fields in a list that asked for itemPaths(prefix). */
export function itemFields(list, prefix) {
    return Object.fromEntries(Object.entries(ITEM_PATHS).map(([key, path]) => [key, list.of(`${prefix}${path}`)]));
}
/** A field that may be absent, else is a string. */
const optionalString = (fields, field) => {
    const kind = fields.kind(field);
    return kind === 'absent' || kind === 'string';
};
/** outputBody: a string, or an array of objects with a string type. */
const outputBody = (fields, at) => fields.kind(at.output) === 'string' || fields.every(at.outputTypes, 'string');
/** pairingItem's guard, for an object item of pairing type `type` (its fields scanned or parsed). */
export function pairingItemValid(type, fields, at) {
    const callIdKind = fields.kind(at.call_id);
    const callId = callIdKind === 'string' && fields.string(at.call_id) !== '';
    const optionalCallId = callId || callIdKind === 'absent' || callIdKind === 'null';
    // What only some types have is read in their cases: this runs for every call and output line.
    switch (type) {
        case 'function_call':
            return fields.kind(at.name) === 'string' && fields.kind(at.arguments) === 'string' && callId;
        case 'custom_tool_call':
            return fields.kind(at.name) === 'string' && fields.kind(at.input) === 'string' && callId;
        case 'local_shell_call':
            return optionalCallId && fields.kind(at.action) === 'object' && fields.kind(at.actionType) === 'string';
        case 'tool_search_call':
            return optionalCallId && optionalString(fields, at.execution);
        case 'function_call_output':
            return optionalCallId && outputBody(fields, at);
        case 'custom_tool_call_output':
            return callId && outputBody(fields, at);
        case 'tool_search_output':
            return optionalCallId && optionalString(fields, at.execution) && fields.kind(at.tools) === 'array';
        default:
            return false;
    }
}
const ITEM_LIST = new FieldList(itemPaths(''));
const ITEM = itemFields(ITEM_LIST, '');
/** Why a parsed object item of pairing type `type` does not fit pairingItem; undefined when it does. */
export function pairingItemIssue(type, item, prefix) {
    return pairingItemValid(type, fieldsOf(item, ITEM_LIST), ITEM) ? undefined : explain((s) => s.pairingItem, item, prefix);
}
