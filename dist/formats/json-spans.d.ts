/**
 * Where values sit in the text of a JSON document that JSON.parse accepts, so that a repair can cut or
 * replace one value's bytes and keep every other byte, however the writer spaced the document.
 */
/** A value's bytes: text.slice(start, end). */
export interface Span {
    readonly start: number;
    readonly end: number;
}
/** The spans of the elements of the array at `at`, in order. */
export declare function elementSpans(text: string, at: number): Span[];
/** The span of the value at `path` (object keys) in the JSON text `text`; undefined when a step is missing or not an object. */
export declare function valueSpan(text: string, path: readonly string[]): Span | undefined;
