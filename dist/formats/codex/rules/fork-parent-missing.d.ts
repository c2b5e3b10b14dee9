/**
 * Its check reads other files (the fork's parent), so it runs at the edges, in src/formats/codex/links.ts
 * (FileLinks.check): the per-file hooks are empty.
 */
declare const _default: import("../../../checking/rule.js").Rule;
export default _default;
