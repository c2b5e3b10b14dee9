import { isAbsolute, relative, resolve, sep } from 'node:path';
const escape = (text) => text.replace(/[.+^$()|\\]/g, '\\$&');
/** One path segment of a glob: `*`, `?`, `[abc]`, `[!abc]`, `{a,b}` and literal text. */
function segmentSource(segment) {
    let out = '';
    for (let index = 0; index < segment.length; index += 1) {
        const char = segment[index];
        if (char === '*')
            out += '[^/]*';
        else if (char === '?')
            out += '[^/]';
        else if (char === '[') {
            const end = segment.indexOf(']', index + 2);
            if (end === -1) {
                out += '\\[';
                continue;
            }
            let body = segment.slice(index + 1, end);
            const negated = body.startsWith('!') || body.startsWith('^');
            if (negated)
                body = body.slice(1);
            out += `[${negated ? '^/' : ''}${body.replace(/\\/g, '\\\\').replace(/]/g, '\\]')}]`;
            index = end;
        }
        else if (char === '{') {
            const end = segment.indexOf('}', index);
            if (end === -1) {
                out += '\\{';
                continue;
            }
            out += `(?:${segment.slice(index + 1, end).split(',').map(segmentSource).join('|')})`;
            index = end;
        }
        else if (char === '}' || char === ']')
            out += `\\${char}`;
        else
            out += escape(char);
    }
    return out;
}
/**
 * Compiles a glob to a RegExp over POSIX relative paths. `**` stands for any number of folders; a
 * pattern without `/` matches a name at any depth (as in .gitignore); a leading `/` or `./` anchors it.
 */
export function globToRegExp(pattern) {
    let glob = pattern.trim().replace(/\\/g, '/').replace(/^\.\//, '');
    if (glob.endsWith('/'))
        glob = glob.replace(/\/+$/, '');
    if (glob.startsWith('/'))
        glob = glob.replace(/^\/+/, '');
    else if (!glob.includes('/'))
        glob = `**/${glob}`;
    const segments = glob.split('/').filter((segment, index, all) => segment !== '' || index === all.length - 1);
    let source = '';
    segments.forEach((segment, index) => {
        const last = index === segments.length - 1;
        if (segment === '**')
            source += last ? '.*' : '(?:[^/]+/)*';
        else
            source += segmentSource(segment) + (last ? '' : '/');
    });
    return new RegExp(`^${source}$`);
}
/**
 * A matcher for `ignores` patterns relative to `base` (the config file's folder). A path is ignored
 * when a pattern matches it or one of the folders it is in, so `fixtures`, `fixtures/` and
 * `fixtures/**` all ignore everything under fixtures. Paths outside `base` are never ignored.
 */
export function ignoreMatcher(patterns, base, cwd) {
    const expressions = patterns.map((pattern) => ({ regexp: globToRegExp(pattern), folderOnly: /\/\s*$/.test(pattern) }));
    return (path) => {
        const inside = relative(base, resolve(cwd, path));
        if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
            return false;
        const segments = inside.split(sep);
        for (let end = segments.length; end >= 1; end -= 1) {
            const candidate = segments.slice(0, end).join('/');
            const isFolder = end < segments.length;
            if (expressions.some(({ regexp, folderOnly }) => (isFolder || !folderOnly) && regexp.test(candidate)))
                return true;
        }
        return false;
    };
}
