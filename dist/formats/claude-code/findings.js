/**
 * Whether fix re-parents a not-adjacent result onto its tool_use line: it does not hang off it already, its
 * line holds no other block, and it sits in the call's turn (its line's children go with it: moved from a
 * later turn, it would take the turns between off the conversation).
 */
export function isMovable(finding) {
    return finding.parentUuid !== finding.callUuid && finding.blocks === 1 && !finding.laterTurn;
}
export function isClaudeFinding(finding, kind) {
    return finding.type === 'format' && finding.kind === kind;
}
