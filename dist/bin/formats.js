// dist/config/errors.js
/** A config file that cannot be read or is not valid: reported on stderr, exit code 2. */
var ConfigError = class extends Error {
	file;
	constructor(file, detail) {
		super(`${file}: ${detail}`);
		this.file = file;
		this.name = "ConfigError";
	}
};
// dist/reporting/formats.js
/** The report formats, by name: a module of its own so the CLI can offer them without loading the reporters. */
const REPORT_FORMATS = [
	"stylish",
	"json",
	"compact",
	"sarif",
	"github",
	"junit"
];
export { ConfigError as n, REPORT_FORMATS as t };
