/** The file name searched for, from the working folder upward. */
export const CONFIG_FILE_NAME = 'session-doctor.config.json';
/** The key of package.json that may hold the configuration instead. */
export const PACKAGE_JSON_KEY = 'session-doctor';
