export function isClaudeFinding(finding, kind) {
    return finding.type === 'format' && finding.kind === kind;
}
