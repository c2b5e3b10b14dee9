import { type ReportFormat } from '../reporting/formats.js';
/** What the Action was asked for (action.yml's inputs, as the runner hands them over: INPUT_<NAME>). */
export interface ActionInputs {
    readonly paths: readonly string[];
    readonly formats: readonly ReportFormat[];
    readonly failOn: FailureLevel;
    /** Where each file report goes (SARIF, JSON, JUnit), relative to the workspace. */
    readonly files: {
        readonly sarif: string;
        readonly json: string;
        readonly junit: string;
    };
}
/** The least severe finding that fails the step; `never` fails it only when a file cannot be read. */
export type FailureLevel = 'error' | 'warning' | 'info' | 'never';
/** An input the Action cannot use: the step fails with this one line. */
export declare class ActionInputError extends Error {
    name: string;
}
export declare function readInputs(env: NodeJS.ProcessEnv): ActionInputs;
/** The CLI's reports for these inputs: the log format on stdout, the file formats to their files. */
export declare function reporterArgs(inputs: ActionInputs): string[];
/** Whether findings of these counts fail the step at this level. */
export declare function fails(level: FailureLevel, counts: {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
}): boolean;
/** Why the step fails, counts pluralised: `1 error, 0 warnings, 2 infos`. */
export declare function failureMessage(level: FailureLevel, counts: {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
}): string;
