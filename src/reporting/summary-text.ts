import { plural, type FileResult, type RunSummary } from './results.js';

/** One sentence of a run's summary, with the tone people's formats colour it in. */
export interface SummarySentence {
  readonly tone: 'ok' | 'error' | 'warning' | 'plain';
  readonly text: string;
  /** A hint under the totals (stylish indents it). */
  readonly hint?: boolean;
}

/**
 * What a run found and did, and what to do next, in sentences: stylish prints one per line, the GitHub
 * log line joins them. Counts are pluralised; a dry run says what it would do.
 */
export function summarySentences(command: 'check' | 'fix', summary: RunSummary, results: readonly FileResult[]): SummarySentence[] {
  const { files, errors, warnings, infos, fixable, unsafeFixable, repaired, wouldRepair, unreadable, filesWithProblems } = summary;
  const out: SummarySentence[] = [];
  const problems = errors + warnings + infos;
  if (command === 'fix' && repaired > 0) out.push({ tone: 'ok', text: `✔ Repaired ${plural(repaired, 'problem')}.` });
  if (command === 'fix' && wouldRepair > 0) out.push({ tone: 'ok', text: `Would repair ${plural(wouldRepair, 'problem')} (nothing was written).` });
  if (problems === 0 && unreadable === 0) {
    if (command === 'check' || repaired + wouldRepair === 0) out.push({ tone: 'ok', text: `✔ ${plural(files, 'file')} checked, no problems.` });
  } else if (problems > 0) {
    const counts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos > 0 ? [plural(infos, 'info')] : [])].join(', ');
    const verb = command === 'check' ? '' : wouldRepair > 0 ? ' would remain' : problems === 1 ? ' remains' : ' remain';
    out.push({ tone: errors > 0 ? 'error' : 'warning', text: `✖ ${plural(problems, 'problem')} (${counts})${verb} in ${filesWithProblems} of ${plural(files, 'file')}.` });
  }
  const safe = fixable - unsafeFixable;
  if (command === 'check' && safe > 0) {
    const more = unsafeFixable > 0 ? ` (${unsafeFixable} more with \`--unsafe-fixes\`)` : '';
    out.push({ tone: 'plain', hint: true, text: `${safe} fixable with \`session-doctor fix\`${more}.` });
  } else if (command === 'check' && unsafeFixable > 0) {
    out.push({ tone: 'plain', hint: true, text: `${unsafeFixable} fixable with \`session-doctor fix --unsafe-fixes\` (unsafe fixes: review them first).` });
  } else if (command === 'fix' && unsafeFixable > 0) {
    out.push({
      tone: 'warning',
      hint: true,
      text:
        `${plural(unsafeFixable, 'unsafe fix', 'unsafe fixes')} held back (${unsafeFixable === 1 ? 'it changes what the model sees, or drops' : 'they change what the model sees, or drop'} real content): ` +
        `review, then run \`session-doctor fix --unsafe-fixes\` to apply ${unsafeFixable === 1 ? 'it' : 'them'} too.`,
    });
  }
  if (unreadable > 0) out.push({ tone: 'error', text: `✖ ${plural(unreadable, 'file')} could not be ${command === 'fix' ? 'read or replaced' : 'read'}.` });
  if (command === 'fix') out.push(...nextSteps(results));
  return out;
}

/** After a fix: how to use the copies (no client reads a .fixed file), or how to undo an in-place repair. */
function nextSteps(results: readonly FileResult[]): SummarySentence[] {
  let copies = 0;
  let backups = 0;
  for (const result of results) {
    if ('error' in result || result.written === undefined || result.written === '-') continue;
    if (result.backup !== undefined) backups += 1;
    else if (result.written !== result.path) copies += 1;
  }
  const steps: SummarySentence[] = [];
  if (copies > 0) {
    steps.push({
      tone: 'plain',
      text:
        'Next: no client reads a copy. Review it (`diff FILE FILE.fixed`), then repair the original with ' +
        '`session-doctor fix --in-place FILE`, which keeps it as FILE.bak (moving the copy over the file would lose the original).',
    });
  }
  if (backups > 0) steps.push({ tone: 'plain', text: 'To undo: `session-doctor restore FILE` puts the newest backup back.' });
  return steps;
}
