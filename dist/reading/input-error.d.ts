/** A file that cannot be read or written: reported in one line naming the file, exit code 2. */
export declare class InputError extends Error {
    readonly path: string;
    constructor(path: string, message: string);
}
/** Turns a Node.js system error into an InputError with a short human reason. */
export declare function toInputError(path: string, error: unknown): InputError;
