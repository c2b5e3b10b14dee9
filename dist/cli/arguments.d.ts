/** The complaint about a `--no-OPTION` of an option that takes a value (up to `--`, after which all are paths). */
export declare function negatedValueOption(args: readonly string[]): string | undefined;
/** A count or a number of seconds: digits only (no sign, fraction, exponent or hex), within safe integers. */
export declare function nonNegativeInteger(option: string, value: unknown): number;
/** --jobs: a number of threads from 1 to 64, or `auto` (and the default): undefined. */
export declare function threadCount(value: unknown): number | undefined;
/** --max-warnings: a count, or -1 for no limit (ESLint's meaning, and the default). */
export declare function warningLimit(value: unknown): number;
