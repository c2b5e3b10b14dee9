/**
 * Where values sit in the text of a JSON document that JSON.parse accepts, so that a repair can cut or
 * replace one value's bytes and keep every other byte, however the writer spaced the document.
 */
const isSpace = (char) => char === ' ' || char === '\n' || char === '\r' || char === '\t';
function skipSpace(text, at) {
    while (isSpace(text[at]))
        at += 1;
    return at;
}
/** The index just past the string whose opening quote is at `at`. */
function stringEnd(text, at) {
    for (let i = at + 1; i < text.length; i += 1) {
        if (text[i] === '\\')
            i += 1;
        else if (text[i] === '"')
            return i + 1;
    }
    return text.length;
}
/** The index just past the value that starts at `at` (no space before it). */
function valueEnd(text, at) {
    const first = text[at];
    if (first === '"')
        return stringEnd(text, at);
    if (first !== '{' && first !== '[') {
        let i = at;
        while (i < text.length && !isSpace(text[i]) && text[i] !== ',' && text[i] !== '}' && text[i] !== ']')
            i += 1;
        return i;
    }
    let depth = 0;
    for (let i = at; i < text.length; i += 1) {
        const char = text[i];
        if (char === '"')
            i = stringEnd(text, i) - 1;
        else if (char === '{' || char === '[')
            depth += 1;
        else if ((char === '}' || char === ']') && --depth === 0)
            return i + 1;
    }
    return text.length;
}
/** The spans of the members' values of the object at `at`, by key: of a key written twice, the last (as JSON.parse keeps it). */
function memberSpans(text, at) {
    const members = new Map();
    let i = skipSpace(text, at + 1);
    while (text[i] === '"') {
        const keyEnd = stringEnd(text, i);
        const key = JSON.parse(text.slice(i, keyEnd));
        const start = skipSpace(text, skipSpace(text, keyEnd) + 1);
        const end = valueEnd(text, start);
        members.set(key, { start, end });
        i = skipSpace(text, end);
        if (text[i] === ',')
            i = skipSpace(text, i + 1);
    }
    return members;
}
/** The spans of the elements of the array at `at`, in order. */
export function elementSpans(text, at) {
    const elements = [];
    let i = skipSpace(text, at + 1);
    while (i < text.length && text[i] !== ']') {
        const end = valueEnd(text, i);
        elements.push({ start: i, end });
        i = skipSpace(text, end);
        if (text[i] === ',')
            i = skipSpace(text, i + 1);
    }
    return elements;
}
/** The span of the value at `path` (object keys) in the JSON text `text`; undefined when a step is missing or not an object. */
export function valueSpan(text, path) {
    let span = { start: skipSpace(text, 0), end: text.length };
    for (const key of path) {
        if (text[span.start] !== '{')
            return undefined;
        const member = memberSpans(text, span.start).get(key);
        if (!member)
            return undefined;
        span = member;
    }
    return span;
}
