import { type LoadedConfig } from './types.js';
export interface LoadConfigOptions {
    /** Where the search starts. Default: process.cwd(). */
    readonly cwd?: string;
    /** Use this file (a config file, or a package.json with a "session-doctor" key); no search. */
    readonly file?: string;
}
/**
 * Finds and loads the configuration: `session-doctor.config.json`, or the "session-doctor" key of a
 * package.json, in the working folder or the nearest folder above it that has either (the config file
 * wins in a folder that has both). Returns undefined when there is none. Throws ConfigError for a file
 * that cannot be read, is not JSON, or is not a valid configuration. zod is loaded only when a file is found.
 */
export declare function loadConfig(options?: LoadConfigOptions): Promise<LoadedConfig | undefined>;
