import type { HistoryOptions } from '../format.js';
import type { PairingFinding } from '../history.js';
import type { CodexRecordInfo } from './records.js';
export declare class PairingTracker {
    #private;
    private readonly emit;
    private readonly options;
    /** Lines of turn boundaries: turn start/end events and the starts of user turns. */
    readonly turnBoundaries: number[];
    constructor(emit: (finding: PairingFinding) => void, options?: HistoryOptions);
    record(line: number, info: CodexRecordInfo, timestamp: () => string | undefined): void;
    end(): void;
}
