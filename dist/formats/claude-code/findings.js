/**
 * Whether fix re-parents a not-adjacent result onto its tool_use line: it does not hang off it already, its
 * line holds no other block, and it sits in the call's turn or its children can be re-linked to its parent
 * (moved from a later turn with them, it would take the turns between off the conversation).
 */
export function isMovable(finding) {
    return finding.parentUuid !== finding.callUuid && finding.blocks === 1 && (!finding.laterTurn || finding.children !== undefined);
}
export function isClaudeFinding(finding, kind) {
    return finding.type === 'format' && finding.kind === kind;
}
