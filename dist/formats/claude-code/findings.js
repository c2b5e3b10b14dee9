import { relinkParentEdit, reparentResultEdit } from './relink.js';
/**
 * Whether fix re-parents a not-adjacent result onto its tool_use line: it does not hang off it already, its
 * line holds no other block, it does not hang off a later-turn result (heldBy), and it sits in the call's turn
 * or its children can be re-linked (moved from a later turn without them, it would take the turns between off
 * the conversation).
 */
export function isMovable(finding) {
    return finding.parentUuid !== finding.callUuid && finding.blocks === 1 && finding.heldBy === undefined && (!finding.laterTurn || finding.children !== undefined);
}
/** The rewrite that re-parents a not-adjacent result's line onto its tool_use's line. */
export const moveEdit = (finding) => reparentResultEdit(finding.output.line, finding.parentUuid, finding.callUuid);
/** The rewrites of a not-adjacent result's move: its line, and the lines after it (re-linked to `children.to`). */
export function moveEdits(finding) {
    const children = finding.children;
    return [moveEdit(finding), ...(children?.lines ?? []).map((line) => relinkParentEdit(line, children.uuid, children.to))];
}
/** The re-links the removals below a moved later-turn result make (children.removed), which its move needs. */
export function removedRelinks(finding) {
    const children = finding.children;
    return (children?.removed ?? []).map(({ line, from }) => relinkParentEdit(line, from, children.to));
}
export function isClaudeFinding(finding, kind) {
    return finding.type === 'format' && finding.kind === kind;
}
