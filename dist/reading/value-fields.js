const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A key's value in a JSON object (own keys only: JSON.parse makes no other), or undefined. */
const member = (value, key) => (isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined);
function kindOf(value) {
    if (value === undefined)
        return 'absent';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    return typeof value;
}
/**
 * The questions a scan answers (see ScannedFields), asked of a value JSON.parse built: so that code
 * judging records from their fields serves both the fast path and the parsed one.
 */
/** The only element of an array of one, else undefined. */
const only = (value) => (Array.isArray(value) && value.length === 1 ? value[0] : undefined);
const step = (value, segment) => (segment.endsWith('[]') ? only(member(value, segment.slice(0, -2))) : member(value, segment));
export function fieldsOf(value) {
    const at = (path) => path.split('.').reduce(step, value);
    return {
        kind: (path) => kindOf(at(path)),
        string: (path) => {
            const found = at(path);
            return typeof found === 'string' ? found : undefined;
        },
        number: (path) => {
            const found = at(path);
            return typeof found === 'number' ? found : undefined;
        },
        boolean: (path) => {
            const found = at(path);
            return typeof found === 'boolean' ? found : undefined;
        },
        every: (path, kind) => {
            const [array, field] = path.split('[].');
            const elements = at(array);
            return Array.isArray(elements) && elements.every((element) => isObject(element) && kindOf(member(element, field)) === kind);
        },
        length: (path) => {
            const found = at(path);
            return Array.isArray(found) ? found.length : undefined;
        },
    };
}
