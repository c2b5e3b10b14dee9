// dist/cli/usage-error.js
/** Wrong use of the command line: one line on stderr, exit code 2. */
var UsageError = class extends Error {
	name = "UsageError";
};
export { UsageError as t };
