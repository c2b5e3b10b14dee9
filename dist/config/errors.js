/** A config file that cannot be read or is not valid: reported on stderr, exit code 2. */
export class ConfigError extends Error {
    file;
    constructor(
    /** The config file, as shown to the user. */
    file, detail) {
        super(`${file}: ${detail}`);
        this.file = file;
        this.name = 'ConfigError';
    }
}
