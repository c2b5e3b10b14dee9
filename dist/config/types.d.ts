import type { Severity } from '../checking/diagnostic.js';
import type { ReportFormat } from '../reporting/index.js';
/** The file name searched for, from the working folder upward. */
export declare const CONFIG_FILE_NAME = "session-doctor.config.json";
/** The key of package.json that may hold the configuration instead. */
export declare const PACKAGE_JSON_KEY = "session-doctor";
/** What a config file may say (README, "Configuration"). */
export interface SessionDoctorConfig {
    /** Severity per rule name or code: error, warning, info, or off. */
    readonly rules?: Readonly<Record<string, Severity | 'off'>>;
    /** Glob patterns of session files not to check, relative to the config file's folder. */
    readonly ignores?: readonly string[];
    /** The report format when neither --format nor --reporter is given. */
    readonly format?: ReportFormat;
}
export interface LoadedConfig {
    /** The file the configuration came from (a config file, or a package.json). */
    readonly file: string;
    /** The folder `ignores` patterns are relative to: the file's folder. */
    readonly folder: string;
    readonly config: SessionDoctorConfig;
}
