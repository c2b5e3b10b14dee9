declare const _default: import("../../../checking/rule.js").Rule;
export default _default;
