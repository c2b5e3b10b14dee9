/** A config file that cannot be read or is not valid: reported on stderr, exit code 2. */
export class ConfigError extends Error {
  constructor(
    /** The config file, as shown to the user. */
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ConfigError';
  }
}
