/**
 * The fields a format picks out of each line, by path, and numbered: a question about a field takes its
 * number (see ScannedFields), so that reading a field of each of a million lines is an array access and
 * not a lookup by path. A path names a field by its keys from the top (`payload.type`); `[]` after a key
 * goes through the elements of its array value (`payload.output[].type`).
 */
export class FieldList {
    paths;
    /** The top-level fields of the tree. */
    tree;
    /** The number of slots. */
    slots;
    /** Per ref: the slot of its field; for a field inside array elements, the slot of the array, else -1. */
    slotOf;
    arrayOf;
    /** Per slot: whether its array's elements are followed (a path went through it with `[]`). */
    followed;
    /** Per slot: whether its string values repeat from line to line (1), or are distinct (0). */
    repeats;
    /** Per ref: the path split at its dots, for reading a parsed value (value-fields.ts). */
    segments;
    constructor(paths, options = {}) {
        this.paths = paths;
        const tree = [];
        const slotOf = [];
        const arrayOf = [];
        const followed = new Set();
        let count = 0;
        for (const path of paths) {
            let list = tree;
            let inArray;
            let field;
            for (const segment of path.split('.')) {
                const name = segment.endsWith('[]') ? segment.slice(0, -2) : segment;
                if (name === '' || name.includes('['))
                    throw new Error(`unsupported field path ${path}`);
                const parent = field;
                field = list.find((candidate) => candidate.name.toString() === name);
                if (!field)
                    list.push((field = { name: Buffer.from(name), slot: count++, children: [], elements: [] }));
                // A field inside elements is one of the array's elements fields, or nested in one.
                if (parent && list === parent.elements)
                    inArray ??= parent.slot;
                if (segment.endsWith('[]')) {
                    if (inArray !== undefined)
                        throw new Error(`unsupported field path ${path}`);
                    followed.add(field.slot);
                    list = field.elements;
                }
                else {
                    list = field.children;
                }
            }
            slotOf.push(field.slot);
            arrayOf.push(inArray ?? -1);
            if (path.endsWith('[]'))
                throw new Error(`unsupported field path ${path}`);
        }
        this.tree = tree;
        this.slots = count;
        this.slotOf = Int32Array.from(slotOf);
        this.arrayOf = Int32Array.from(arrayOf);
        this.followed = new Uint8Array(count);
        for (const slot of followed)
            this.followed[slot] = 1;
        this.repeats = new Uint8Array(count).fill(1);
        for (const path of options.distinct ?? [])
            this.repeats[this.slotOf[this.of(path)]] = 0;
        this.segments = paths.map((path) => path.split('.'));
    }
    /** The number of a path asked for. */
    of(path) {
        const ref = this.paths.indexOf(path);
        if (ref < 0)
            throw new Error(`field ${path} was not asked for`);
        return ref;
    }
}
