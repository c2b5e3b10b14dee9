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
/** The only element of an array of one, else undefined. */
const only = (value) => (Array.isArray(value) && value.length === 1 ? value[0] : undefined);
const step = (value, segment) => (segment.endsWith('[]') ? only(member(value, segment.slice(0, -2))) : member(value, segment));
/**
 * The questions a scan answers (see ScannedFields), asked of a value JSON.parse built, about the fields of
 * `list`: so that code judging records from their fields serves both the fast path and the parsed one.
 */
export function fieldsOf(value, list) {
    const at = (field) => list.segments[field].reduce(step, value);
    return {
        kind: (field) => kindOf(at(field)),
        string: (field) => {
            const found = at(field);
            return typeof found === 'string' ? found : undefined;
        },
        number: (field) => {
            const found = at(field);
            return typeof found === 'number' ? found : undefined;
        },
        boolean: (field) => {
            const found = at(field);
            return typeof found === 'boolean' ? found : undefined;
        },
        every: (field, kind) => {
            const [array, name] = list.paths[field].split('[].');
            const elements = array.split('.').reduce(step, value);
            return Array.isArray(elements) && elements.every((element) => isObject(element) && kindOf(member(element, name)) === kind);
        },
        length: (field) => {
            const found = at(field);
            return Array.isArray(found) ? found.length : undefined;
        },
    };
}
