import { defineRule } from '../../../checking/rule.js';
import { BRIDGE_MS } from '../resolution.js';
import { isClaudeFinding } from '../findings.js';
import { relinkParentEdit } from '../relink.js';
export default defineRule({
    name: 'broken-parent-chain',
    code: 'SD401',
    severity: 'error',
    fixable: true,
    summary: 'A parentUuid names no entry in the file.',
    explanation: 'Claude Code rebuilds the conversation by walking parentUuid back from the last message. When a parent is not in ' +
        'the file (a lost or torn line, a writer bug), it bridges to the nearest earlier entry only if that is at most 5 s ' +
        'older (Claude Code 2.1 and later; 2.0.77 and 1.0.128 bridge no gap); beyond that the walk ends and all earlier ' +
        'history is dropped without a word. An error when history is lost ' +
        '(the message says how many messages become unreachable), a warning when the client bridges it or the break is on ' +
        'a dead branch. fix links a bridged entry to the entry the client bridges to (safe: the model sees the same, and ' +
        'older clients get the history back). A cut ' +
        'chain is re-linked to the entry the client would bridge to only when that entry is unambiguous and only with ' +
        '--unsafe-fixes, because it changes what the model sees: it restores the lost history. A compact summary beyond ' +
        'the bridge names its boundary, so a lost boundary (a torn compact_boundary line) loses the messages it preserved, ' +
        'not the history before it, which stays compacted: fix makes the summary the root it already is to the client ' +
        '(re-linking it to the entry before would send the whole history the user compacted away).',
    create(context) {
        return {
            pairing(finding) {
                if (!isClaudeFinding(finding, 'broken-parent'))
                    return;
                const { line, missing, bridged, known, outside, unreachable, summary, target } = finding;
                if (summary) {
                    context.report({
                        line,
                        message: `parentUuid ${missing} names no entry in the file: it was the compact boundary of this summary, which is lost. ` +
                            'Claude Code starts the conversation at the summary, without the messages the boundary preserved; the history before it stays compacted.',
                        fixable: known,
                        repair: () => ({ action: `made line ${line}, a compact summary whose boundary is lost, the root it is to Claude Code`, edits: [relinkParentEdit(line, missing, null)] }),
                    });
                    return;
                }
                const seconds = target ? ` (${(target.gapMs / 1000).toFixed(1)} s before it)` : '';
                const onto = target ? `line ${target.line}${seconds}` : '';
                let message = `parentUuid ${missing} names no entry in the file;`;
                if (outside)
                    message += ' the entry is on a dead branch, which Claude Code does not walk.';
                else if (bridged)
                    message += ` Claude Code bridges it to ${onto}, within its ${BRIDGE_MS / 1000} s window (since 2.1; 2.0 and 1.0 drop the earlier history there).`;
                else if (unreachable === 0)
                    message += ' no earlier message is in the file, so the conversation starts here and nothing is lost.';
                else
                    message += ` Claude Code ends the conversation here: ${unreachable} earlier message${unreachable === 1 ? ' is' : 's are'} dropped on resume${target ? ` (the nearest earlier entry is ${onto}, beyond the ${BRIDGE_MS / 1000} s bridge)` : ''}.`;
                const relinkable = known && !outside && target?.unique === true && (bridged || unreachable > 0);
                if (!outside && target && !target.unique)
                    message += ' More than one entry has that timestamp, so fix does not choose.';
                context.report({
                    line,
                    message,
                    outsideHistory: outside || bridged || unreachable === 0,
                    fixable: relinkable,
                    ...(!bridged && { applicability: 'unsafe' }),
                    repair: () => ({
                        action: `linked line ${line} to its ${bridged ? 'bridged' : 'nearest earlier'} entry at line ${target.line}`,
                        edits: [relinkParentEdit(line, missing, target.uuid)],
                    }),
                });
            },
        };
    },
});
