/** Whether fix re-parents a not-adjacent result onto its tool_use line: it does not hang off it already, and its line holds no other block. */
export function isMovable(finding) {
    return finding.parentUuid !== finding.callUuid && finding.blocks === 1;
}
export function isClaudeFinding(finding, kind) {
    return finding.type === 'format' && finding.kind === kind;
}
