import { isDeepStrictEqual } from 'node:util';
/**
 * Replaces the first occurrence of `from` with `to` (of a pattern's `value` group, when it has one: see
 * memberValue), and keeps the result only if, parsed, it differs from the original exactly as `expected`
 * says. Textual edits keep every other byte of the line.
 */
export function verifiedReplace(line, from, to, expected) {
    const text = line.toString('utf8');
    const match = typeof from === 'string' ? { index: text.indexOf(from), 0: from } : from.exec(text);
    if (!match || match.index === -1)
        return undefined;
    const [at, end] = ('indices' in match && match.indices?.groups?.value) || [match.index, match.index + match[0].length];
    const edited = text.slice(0, at) + to + text.slice(end);
    try {
        if (!isDeepStrictEqual(JSON.parse(edited), expected(JSON.parse(text))))
            return undefined;
    }
    catch {
        return undefined;
    }
    return Buffer.from(edited, 'utf8');
}
const regExpText = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Member `key` with the value whose JSON text is `valueJson` (canonical: an id, a type), however the writer
 * spaced the colon: JSON writers differ there (Python's json.dumps writes `"key": value`). verifiedReplace
 * replaces only the value (its `value` group), so the spacing is kept. The key comes first in the pattern, not
 * in a lookbehind: the engine then skips ahead to it (30 times faster on a 64 MiB line without it).
 */
export function memberValue(key, valueJson) {
    return new RegExp(`${regExpText(JSON.stringify(key))}\\s*:\\s*(?<value>${regExpText(valueJson)})`, 'd');
}
