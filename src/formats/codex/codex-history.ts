import { LineSet } from '../../checking/line-set.js';
import type { Repair } from '../../repairing/edits.js';
import type { FindingSink, HistoryModel, PlaceholderOptions, PlanCompletion, PlanDraft } from '../format.js';
import type { CallRecord, OutputRecord } from '../history.js';
import { PairingTracker } from './history.js';
import type { CodexAdapter, CodexRecordInfo, OutputKind } from './records.js';
import { completeFinalOrdinal } from './rules/final-record-missing-ordinal.js';

/**
 * A rollout's history as Codex rebuilds it: set-based pairing within compaction segments and live turns
 * (PairingTracker), plus what the paginated history mode needs of every repair (the final record's
 * ordinal).
 */
export class CodexHistory implements HistoryModel {
  readonly #tracker: PairingTracker;
  /** Lines that hold a record, and those of them without an ordinal. */
  readonly #recordLines = new LineSet();
  readonly #unnumberedLines = new LineSet();
  #paginated: boolean | undefined;
  #maxOrdinal: number | undefined;

  constructor(
    private readonly format: CodexAdapter,
    emit: FindingSink,
  ) {
    this.#tracker = new PairingTracker(emit);
  }

  get turnBoundaries(): readonly number[] {
    return this.#tracker.turnBoundaries;
  }

  record(line: number, info: CodexRecordInfo, timestamp: () => string | undefined): void {
    this.#recordLines.add(line);
    if (info.ordinal === undefined) this.#unnumberedLines.add(line);
    else this.#maxOrdinal = Math.max(this.#maxOrdinal ?? -1, info.ordinal);
    if (info.header && this.#paginated === undefined) this.#paginated = info.header.paginated;
    this.#tracker.record(line, info, timestamp);
  }

  end(): void {
    this.#tracker.end();
  }

  placeholder(call: CallRecord, options: PlaceholderOptions): Repair {
    const expects = call.item.expects as OutputKind;
    const text = this.format.renderPlaceholder({ ...call.item, expects, ...(call.timestamp !== undefined && { timestamp: call.timestamp }) }, options);
    const what = expects === 'tool_search_output' ? 'an empty' : `an "${options.text}"`;
    return { action: `inserted ${what} ${expects} after line ${call.line}`, edits: [{ op: 'insert-after', line: call.line, text }] };
  }

  removeOutput(output: OutputRecord, what: string): Repair {
    return { action: `removed ${what} at line ${output.line}`, edits: [{ op: 'remove', line: output.line }] };
  }

  /** What the paginated history mode needs: whether it is on, and which records carry an ordinal. */
  get ordinals() {
    return { paginated: this.#paginated ?? false, maxOrdinal: this.#maxOrdinal, recordLines: this.#recordLines, unnumberedLines: this.#unnumberedLines };
  }

  completePlan(draft: PlanDraft): PlanCompletion {
    if (!this.#paginated) return { edits: [], repaired: [] };
    return completeFinalOrdinal(draft, this.format, this.ordinals);
  }
}
