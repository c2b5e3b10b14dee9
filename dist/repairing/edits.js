const REWRITERS = new Map();
/**
 * Names a line rewriter (`rewrite(bytes, ...args)`: the new bytes, or undefined when the line cannot be
 * rewritten) and gives the function that makes its edits. The module that makes an edit defines its
 * rewriter, so every rewrite edit there is can be applied (applyRewrite).
 */
export function defineRewrite(name, rewrite) {
    if (REWRITERS.has(name))
        throw new Error(`two line rewriters are named ${name}`);
    REWRITERS.set(name, (bytes, args) => rewrite(bytes, ...args));
    return (line, ...args) => ({ op: 'rewrite', line, rewrite: { name, args } });
}
/** The line's bytes as the rewrite makes them; undefined when it cannot. */
export function applyRewrite(rewrite, bytes) {
    const rewriter = REWRITERS.get(rewrite.name);
    if (!rewriter)
        throw new Error(`no line rewriter is named ${rewrite.name}`);
    return rewriter(bytes, rewrite.args);
}
