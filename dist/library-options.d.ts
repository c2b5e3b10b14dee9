/**
 * Throws a TypeError naming the option for an unknown option or a value of the wrong kind: a typo
 * (`inplace`) or a wrong type (`placeholderText: 5`, which would be written into the file) must not pass
 * silently. `undefined` counts as not given.
 */
export declare function validateOptions(fn: 'check' | 'fix', options: unknown, { content }?: {
    content?: boolean | undefined;
}): void;
