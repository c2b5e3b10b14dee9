/** A config file that cannot be read or is not valid: reported on stderr, exit code 2. */
export declare class ConfigError extends Error {
    /** The config file, as shown to the user. */
    readonly file: string;
    constructor(
    /** The config file, as shown to the user. */
    file: string, detail: string);
}
