/** Says whether a path (relative to the working folder, or absolute) is ignored. */
export type IgnoreMatcher = (path: string) => boolean;
/**
 * Compiles a glob to a RegExp over POSIX relative paths. `**` stands for any number of folders; a
 * pattern without `/` matches a name at any depth (as in .gitignore); a leading `/` or `./` anchors it.
 */
export declare function globToRegExp(pattern: string): RegExp;
/**
 * A matcher for `ignores` patterns relative to `base` (the config file's folder). A path is ignored
 * when a pattern matches it or one of the folders it is in, so `fixtures`, `fixtures/` and
 * `fixtures/**` all ignore everything under fixtures. Paths outside `base` are never ignored.
 */
export declare function ignoreMatcher(patterns: readonly string[], base: string, cwd: string): IgnoreMatcher;
