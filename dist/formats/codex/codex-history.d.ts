import { LineSet } from '../../checking/line-set.js';
import type { Repair } from '../../repairing/edits.js';
import type { FindingSink, HistoryModel, HistoryOptions, PlaceholderOptions, PlanCompletion, PlanDraft } from '../format.js';
import type { CallRecord, OutputRecord } from '../history.js';
import type { ForkOrigin } from './forks.js';
import type { CodexAdapter, CodexRecordInfo } from './records.js';
/**
 * A rollout's history as Codex rebuilds it: set-based pairing within compaction segments and live turns
 * (PairingTracker), plus what the paginated history mode needs of every repair (the final record's
 * ordinal).
 */
export declare class CodexHistory implements HistoryModel {
    #private;
    private readonly format;
    constructor(format: CodexAdapter, emit: FindingSink, options: HistoryOptions);
    /** The session this rollout was forked from, named by the session_meta on its first line. */
    get forkOrigin(): ForkOrigin | undefined;
    get turnBoundaries(): readonly number[];
    record(line: number, info: CodexRecordInfo, timestamp: () => string | undefined): void;
    end(): void;
    placeholder(call: CallRecord, options: PlaceholderOptions): Repair;
    removeOutput(output: OutputRecord, what: string): Repair;
    /** The file's last record: Codex numbers the next one it appends from it. */
    get lastRecord(): {
        readonly line: number;
        readonly info: CodexRecordInfo;
    } | undefined;
    /** What the paginated history mode needs: whether it is on, and which records carry an ordinal. */
    get ordinals(): {
        paginated: boolean;
        maxOrdinal: number | undefined;
        recordLines: LineSet;
        unnumberedLines: LineSet;
    };
    completePlan(draft: PlanDraft): PlanCompletion;
}
