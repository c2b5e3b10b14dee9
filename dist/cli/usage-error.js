/** Wrong use of the command line: one line on stderr, exit code 2. */
export class UsageError extends Error {
    name = 'UsageError';
}
