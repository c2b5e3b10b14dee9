import type { ChalkInstance } from 'chalk';
import type { FileResult, RunSummary } from './results.js';
export interface ReportContext {
    readonly command: 'check' | 'fix';
    readonly summary: RunSummary;
    /** Colours for people's formats; machine formats ignore it. */
    readonly chalk: ChalkInstance;
    readonly toolVersion: string;
}
/** Renders a whole run. Reporters are pure: the CLI decides where the text goes. */
export type Reporter = (results: readonly FileResult[], context: ReportContext) => string;
