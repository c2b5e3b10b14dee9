/** Wrong use of the command line: one line on stderr, exit code 2. */
export declare class UsageError extends Error {
    name: string;
}
