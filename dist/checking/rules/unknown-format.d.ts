declare const _default: import("../rule.js").Rule;
export default _default;
