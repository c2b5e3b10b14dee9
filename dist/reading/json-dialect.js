export function scanDeferrals(dialect) {
    if (!dialect)
        return undefined;
    return {
        ...(dialect.maxDepth !== undefined && { maxDepth: dialect.maxDepth }),
        longIntegers: dialect.int64 === true,
        surrogateEscapes: dialect.loneSurrogates === true,
    };
}
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;
/** Why the reader of `dialect` rejects a line that `JSON.parse` turned into `value`, for messages; undefined if it takes it. */
export function dialectViolation(text, value, dialect) {
    const reason = violation(text, value, dialect);
    return reason === undefined ? undefined : `${dialect.reader} rejects it: ${reason}`;
}
function violation(text, value, dialect) {
    if (dialect.maxDepth !== undefined && deeperThan(value, dialect.maxDepth))
        return `nested deeper than ${dialect.maxDepth} levels`;
    if (dialect.int64) {
        const integer = outOfRangeInteger(text);
        if (integer !== undefined)
            return `the integer ${integer.length > 40 ? `${integer.slice(0, 40)}…` : integer} fits no 64-bit integer`;
    }
    const where = dialect.loneSurrogates ? loneSurrogateIn(value) : undefined;
    return where === undefined ? undefined : `a lone surrogate escape in ${where}`;
}
/** Whether objects and arrays nest deeper than `limit` levels (iterative: a line may nest 100 000 deep). */
function deeperThan(value, limit) {
    const stack = [[value, 1]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (depth > limit)
            return true;
        for (const child of Object.values(node))
            if (typeof child === 'object' && child !== null)
                stack.push([child, depth + 1]);
    }
    return false;
}
const isDigit = (code) => code >= 0x30 && code <= 0x39;
/** The first integer literal of a valid JSON text that fits no 64-bit integer (one linear pass, strings skipped). */
function outOfRangeInteger(text) {
    let inString = false;
    for (let i = 0; i < text.length; i += 1) {
        const code = text.charCodeAt(i);
        if (inString) {
            if (code === 0x5c)
                i += 1;
            else if (code === 0x22)
                inString = false;
        }
        else if (code === 0x22) {
            inString = true;
        }
        else if (code === 0x2d || isDigit(code)) {
            let end = i + 1;
            while (end < text.length && isDigit(text.charCodeAt(end)))
                end += 1;
            const digitsEnd = end;
            // A fraction or an exponent makes it a float: consume the rest of the number.
            while (end < text.length && /[\d.eE+-]/.test(text[end]))
                end += 1;
            if (end === digitsEnd && digitsEnd - i >= 19) {
                const literal = text.slice(i, end);
                const n = BigInt(literal);
                if (n < INT64_MIN || n > UINT64_MAX)
                    return literal;
            }
            i = end - 1;
        }
    }
    return undefined;
}
// ES2024's String.prototype.isWellFormed (Node 20 has it; the ES2023 lib does not declare it).
const hasLoneSurrogate = (text) => !text.isWellFormed();
/** The path of the first string or key holding a lone surrogate (raw UTF-8 cannot encode one: it was escaped). */
function loneSurrogateIn(value) {
    const stack = [[value, '']];
    while (stack.length > 0) {
        const [node, at] = stack.pop();
        if (typeof node === 'string') {
            if (hasLoneSurrogate(node))
                return at || 'the line';
        }
        else if (typeof node === 'object' && node !== null) {
            for (const [key, child] of Object.entries(node)) {
                const childPath = at === '' ? key : `${at}.${key}`;
                if (hasLoneSurrogate(key))
                    return `a key of ${at || 'the line'}`;
                stack.push([child, childPath]);
            }
        }
    }
    return undefined;
}
