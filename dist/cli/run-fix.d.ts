import { type CommonArgs } from './common-run.js';
export interface FixArgs extends CommonArgs {
    readonly inPlace: boolean;
    readonly backup: boolean;
    /** --copy-to: where the repaired session goes instead of <file>.fixed (`-`: stdout). */
    readonly copyTo?: string;
    readonly unsafeFixes: boolean;
    readonly dryRun: boolean;
    readonly diff: boolean;
    readonly force: boolean;
    readonly allowOpenWriters: boolean;
    readonly strategy: 'placeholder' | 'truncate';
    readonly placeholderText?: string;
    readonly minAge: number;
}
/** `session-doctor fix`: writes repaired copies (or replaces files with --in-place). Returns the exit code. */
export declare function runFixCommand(args: FixArgs): Promise<number>;
