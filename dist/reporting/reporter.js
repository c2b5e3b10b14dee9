/** The whole text of a chunked reporter, as one string. */
export const joined = (chunks) => (results, context) => [...chunks(results, context)].join('');
/** Each item changed by `change`, read lazily. */
export function* mapIterable(items, change) {
    for (const item of items)
        yield change(item);
}
