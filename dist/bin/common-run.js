import { n as __require, r as __toESM, t as __commonJSMin } from "./rolldown-runtime.js";
import { t as findRule } from "./select-rules.js";
import { n as ConfigError, t as REPORT_FORMATS } from "./formats.js";
import { n as toInputError, t as InputError } from "./input-error.js";
import { a as summarize, i as isUnreadable, n as STREAMED_REPORTS, r as githubStepSummary, t as REPORTERS } from "./reporting.js";
import { t as VERSION } from "./version.js";
import { n as writeReport, r as removeOnInterrupt } from "./report-output.js";
import { t as UsageError } from "./usage-error.js";
import { a as printable } from "./unknown-rule-error.js";
import { createReadStream, createWriteStream, existsSync, readFileSync, statSync } from "node:fs";
import os, { homedir, tmpdir } from "node:os";
import { appendFile, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import process$1 from "node:process";
import tty from "node:tty";
import { pipeline } from "node:stream/promises";
// dist/config/apply.js
/**
* The severities to run with: the config's, except that a rule the config turns off comes back when
* --select names it (by name or code; a prefix or ALL does not), because command-line flags win.
*/
function mergeSeverities(configured, select) {
	if (!configured) return void 0;
	if (!select) return { ...configured };
	const named = new Set(select.map((token) => findRule(token)?.name).filter((name) => name !== void 0));
	const merged = {};
	for (const [key, severity] of Object.entries(configured)) {
		if (severity === "off" && named.has(findRule(key)?.name ?? "")) continue;
		merged[key] = severity;
	}
	return merged;
}
// dist/config/ignores.js
const escape = (text) => text.replace(/[.+^$()|\\]/g, "\\$&");
/** One path segment of a glob: `*`, `?`, `[abc]`, `[!abc]`, `{a,b}` and literal text. */
function segmentSource(segment) {
	let out = "";
	for (let index = 0; index < segment.length; index += 1) {
		const char = segment[index];
		if (char === "*") out += "[^/]*";
		else if (char === "?") out += "[^/]";
		else if (char === "[") {
			const end = segment.indexOf("]", index + 2);
			if (end === -1) {
				out += "\\[";
				continue;
			}
			let body = segment.slice(index + 1, end);
			const negated = body.startsWith("!") || body.startsWith("^");
			if (negated) body = body.slice(1);
			out += `[${negated ? "^/" : ""}${body.replace(/\\/g, "\\\\").replace(/]/g, "\\]")}]`;
			index = end;
		} else if (char === "{") {
			const end = segment.indexOf("}", index);
			if (end === -1) {
				out += "\\{";
				continue;
			}
			out += `(?:${segment.slice(index + 1, end).split(",").map(segmentSource).join("|")})`;
			index = end;
		} else if (char === "}" || char === "]") out += `\\${char}`;
		else out += escape(char);
	}
	return out;
}
/**
* Compiles a glob to a RegExp over POSIX relative paths. `**` stands for any number of folders; a
* pattern without `/` matches a name at any depth (as in .gitignore); a leading `/` or `./` anchors it.
*/
function globToRegExp(pattern) {
	let glob = pattern.trim().replace(/\\/g, "/").replace(/^\.\//, "");
	if (glob.endsWith("/")) glob = glob.replace(/\/+$/, "");
	if (glob.startsWith("/")) glob = glob.replace(/^\/+/, "");
	else if (!glob.includes("/")) glob = `**/${glob}`;
	const segments = glob.split("/").filter((segment, index, all) => segment !== "" || index === all.length - 1);
	let source = "";
	segments.forEach((segment, index) => {
		const last = index === segments.length - 1;
		if (segment === "**") source += last ? ".*" : "(?:[^/]+/)*";
		else source += segmentSource(segment) + (last ? "" : "/");
	});
	return new RegExp(`^${source}$`);
}
/**
* A matcher for `ignores` patterns relative to `base` (the config file's folder). A path is ignored
* when a pattern matches it or one of the folders it is in, so `fixtures`, `fixtures/` and
* `fixtures/**` all ignore everything under fixtures. Paths outside `base` are never ignored.
*/
function ignoreMatcher(patterns, base, cwd) {
	const expressions = patterns.map((pattern) => ({
		regexp: globToRegExp(pattern),
		folderOnly: /\/\s*$/.test(pattern)
	}));
	return (path) => {
		const inside = relative(base, resolve(cwd, path));
		if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return false;
		const segments = inside.split(sep);
		for (let end = segments.length; end >= 1; end -= 1) {
			const candidate = segments.slice(0, end).join("/");
			const isFolder = end < segments.length;
			if (expressions.some(({ regexp, folderOnly }) => (isFolder || !folderOnly) && regexp.test(candidate))) return true;
		}
		return false;
	};
}
// dist/config/types.js
/** The file name searched for, from the working folder upward. */
const CONFIG_FILE_NAME = "session-doctor.config.json";
/** The key of package.json that may hold the configuration instead. */
const PACKAGE_JSON_KEY = "session-doctor";
// dist/config/load-config.js
/**
* Finds and loads the configuration: `session-doctor.config.json`, or the "session-doctor" key of a
* package.json, in the working folder or the nearest folder above it that has either (the config file
* wins in a folder that has both). Returns undefined when there is none. Throws ConfigError for a file
* that cannot be read, is not JSON, or is not a valid configuration. zod is loaded only when a file is found.
*/
async function loadConfig(options = {}) {
	const cwd = resolve(options.cwd ?? process.cwd());
	const found = options.file !== void 0 ? explicit(resolve(cwd, options.file), cwd) : search(cwd);
	if (!found) return void 0;
	const { validateConfig } = await import("./schema.js");
	const shown = displayPath(found.file, cwd);
	const config = validateConfig(found.value, found.key ? `${shown} ("${found.key}" key)` : shown);
	return {
		file: found.file,
		folder: dirname(found.file),
		config
	};
}
function explicit(file, cwd) {
	const value = parse(read$1(file, cwd), file, cwd);
	if (basename(file) !== "package.json") return {
		file,
		value
	};
	if (!isObject(value) || !Object.hasOwn(value, "session-doctor")) throw new ConfigError(displayPath(file, cwd), `has no "${PACKAGE_JSON_KEY}" key`);
	return {
		file,
		value: value[PACKAGE_JSON_KEY],
		key: PACKAGE_JSON_KEY
	};
}
function search(start) {
	for (let folder = start;; folder = dirname(folder)) {
		const configFile = join(folder, CONFIG_FILE_NAME);
		if (isFile(configFile)) return {
			file: configFile,
			value: parse(read$1(configFile, start), configFile, start)
		};
		const packageFile = join(folder, "package.json");
		if (isFile(packageFile)) {
			const text = readOrUndefined(packageFile);
			if (text?.includes(`"session-doctor"`)) {
				const value = parseOrUndefined(text);
				if (isObject(value) && Object.hasOwn(value, "session-doctor")) return {
					file: packageFile,
					value: value[PACKAGE_JSON_KEY],
					key: PACKAGE_JSON_KEY
				};
			}
		}
		if (dirname(folder) === folder) return void 0;
	}
}
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function isFile(path) {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}
function read$1(file, cwd) {
	try {
		return readFileSync(file, "utf8");
	} catch (error) {
		const code = error.code;
		const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : error.message;
		throw new ConfigError(displayPath(file, cwd), `cannot read the config file: ${reason}`);
	}
}
function readOrUndefined(file) {
	try {
		return readFileSync(file, "utf8");
	} catch {
		return;
	}
}
function parse(text, file, cwd) {
	try {
		return JSON.parse(text.replace(/^\uFEFF/, ""));
	} catch (error) {
		throw new ConfigError(displayPath(file, cwd), `not valid JSON: ${withLineAndColumn(error.message, text)}`);
	}
}
function parseOrUndefined(text) {
	try {
		return JSON.parse(text.replace(/^\uFEFF/, ""));
	} catch {
		return;
	}
}
/** Node 20's JSON.parse names a position only; people want a line and a column. */
function withLineAndColumn(message, text) {
	const position = /at position (\d+)/.exec(message);
	if (!position || /line \d+/.test(message)) return message;
	const before = text.slice(0, Number(position[1]));
	return `${message} (line ${before.split("\n").length}, column ${before.length - before.lastIndexOf("\n")})`;
}
/** The file relative to the working folder when it is inside it, else absolute. */
function displayPath(file, cwd) {
	const inside = relative(cwd, file);
	return inside && !inside.startsWith(`..${sep}`) && inside !== ".." && !isAbsolute(inside) ? inside : file;
}
// dist/reading/find-session-files.js
/** Session files in folders: Codex rollouts (also compressed), Claude Code transcripts, and other JSONL. */
const SESSION_FILE = /\.(jsonl|ndjson|jsonl\.zst)$/;
/** Folders never searched: dependencies and VCS data. */
const SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
/**
* Expands the paths given on the command line: a file is taken as it is (whatever its name), a folder
* is searched recursively for *.jsonl, *.ndjson and *.jsonl.zst files, in a stable order. Symbolic links to folders
* are not followed (no cycles). A path that cannot be read is returned with its error.
*/
async function findSessionFiles(paths) {
	const found = [];
	const seen = /* @__PURE__ */ new Set();
	const add = (input) => {
		if (seen.has(input.path)) return;
		seen.add(input.path);
		found.push(input);
	};
	for (const path of paths) {
		let info;
		try {
			info = await stat(path);
		} catch (error) {
			add({
				path,
				error: toInputError(path, error)
			});
			continue;
		}
		if (info.isDirectory()) await walk(path, add);
		else add({ path });
	}
	return found;
}
async function walk(folder, add) {
	let entries;
	try {
		entries = await readdir(folder, { withFileTypes: true });
	} catch (error) {
		add({
			path: folder,
			error: toInputError(folder, error)
		});
		return;
	}
	entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
	const names = new Set(entries.map((entry) => entry.name));
	for (const entry of entries) {
		if (entry.name.endsWith(".zst") && names.has(entry.name.slice(0, -4))) continue;
		const path = join(folder, entry.name);
		if (entry.isDirectory()) {
			if (!SKIPPED_FOLDERS.has(entry.name)) await walk(path, add);
		} else if (SESSION_FILE.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) add({ path });
	}
}
// node_modules/chalk/source/vendor/ansi-styles/index.js
const ANSI_BACKGROUND_OFFSET = 10;
const wrapAnsi16 = (offset = 0) => (code) => `\u001B[${code + offset}m`;
const wrapAnsi256 = (offset = 0) => (code) => `\u001B[${38 + offset};5;${code}m`;
const wrapAnsi16m = (offset = 0) => (red, green, blue) => `\u001B[${38 + offset};2;${red};${green};${blue}m`;
const styles$1 = {
	modifier: {
		reset: [0, 0],
		bold: [1, 22],
		dim: [2, 22],
		italic: [3, 23],
		underline: [4, 24],
		overline: [53, 55],
		inverse: [7, 27],
		hidden: [8, 28],
		strikethrough: [9, 29]
	},
	color: {
		black: [30, 39],
		red: [31, 39],
		green: [32, 39],
		yellow: [33, 39],
		blue: [34, 39],
		magenta: [35, 39],
		cyan: [36, 39],
		white: [37, 39],
		blackBright: [90, 39],
		gray: [90, 39],
		grey: [90, 39],
		redBright: [91, 39],
		greenBright: [92, 39],
		yellowBright: [93, 39],
		blueBright: [94, 39],
		magentaBright: [95, 39],
		cyanBright: [96, 39],
		whiteBright: [97, 39]
	},
	bgColor: {
		bgBlack: [40, 49],
		bgRed: [41, 49],
		bgGreen: [42, 49],
		bgYellow: [43, 49],
		bgBlue: [44, 49],
		bgMagenta: [45, 49],
		bgCyan: [46, 49],
		bgWhite: [47, 49],
		bgBlackBright: [100, 49],
		bgGray: [100, 49],
		bgGrey: [100, 49],
		bgRedBright: [101, 49],
		bgGreenBright: [102, 49],
		bgYellowBright: [103, 49],
		bgBlueBright: [104, 49],
		bgMagentaBright: [105, 49],
		bgCyanBright: [106, 49],
		bgWhiteBright: [107, 49]
	}
};
Object.keys(styles$1.modifier);
const foregroundColorNames = Object.keys(styles$1.color);
const backgroundColorNames = Object.keys(styles$1.bgColor);
[...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
	const codes = /* @__PURE__ */ new Map();
	for (const [groupName, group] of Object.entries(styles$1)) {
		for (const [styleName, style] of Object.entries(group)) {
			styles$1[styleName] = {
				open: `\u001B[${style[0]}m`,
				close: `\u001B[${style[1]}m`
			};
			group[styleName] = styles$1[styleName];
			codes.set(style[0], style[1]);
		}
		Object.defineProperty(styles$1, groupName, {
			value: group,
			enumerable: false
		});
	}
	Object.defineProperty(styles$1, "codes", {
		value: codes,
		enumerable: false
	});
	styles$1.color.close = "\x1B[39m";
	styles$1.bgColor.close = "\x1B[49m";
	styles$1.color.ansi = wrapAnsi16();
	styles$1.color.ansi256 = wrapAnsi256();
	styles$1.color.ansi16m = wrapAnsi16m();
	styles$1.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
	styles$1.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
	styles$1.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
	Object.defineProperties(styles$1, {
		rgbToAnsi256: {
			value(red, green, blue) {
				if (red === green && green === blue) {
					if (red < 8) return 16;
					if (red > 248) return 231;
					return Math.round((red - 8) / 247 * 24) + 232;
				}
				return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
			},
			enumerable: false
		},
		hexToRgb: {
			value(hex) {
				const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
				if (!matches) return [
					0,
					0,
					0
				];
				let [colorString] = matches;
				if (colorString.length === 3) colorString = [...colorString].map((character) => character + character).join("");
				const integer = Number.parseInt(colorString, 16);
				return [
					integer >> 16 & 255,
					integer >> 8 & 255,
					integer & 255
				];
			},
			enumerable: false
		},
		hexToAnsi256: {
			value: (hex) => styles$1.rgbToAnsi256(...styles$1.hexToRgb(hex)),
			enumerable: false
		},
		ansi256ToAnsi: {
			value(code) {
				if (code < 8) return 30 + code;
				if (code < 16) return 90 + (code - 8);
				let red;
				let green;
				let blue;
				if (code >= 232) {
					red = ((code - 232) * 10 + 8) / 255;
					green = red;
					blue = red;
				} else {
					code -= 16;
					const remainder = code % 36;
					red = Math.floor(code / 36) / 5;
					green = Math.floor(remainder / 6) / 5;
					blue = remainder % 6 / 5;
				}
				const value = Math.max(red, green, blue) * 2;
				if (value === 0) return 30;
				let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
				if (value === 2) result += 60;
				return result;
			},
			enumerable: false
		},
		rgbToAnsi: {
			value: (red, green, blue) => styles$1.ansi256ToAnsi(styles$1.rgbToAnsi256(red, green, blue)),
			enumerable: false
		},
		hexToAnsi: {
			value: (hex) => styles$1.ansi256ToAnsi(styles$1.hexToAnsi256(hex)),
			enumerable: false
		}
	});
	return styles$1;
}
const ansiStyles = assembleStyles();
// node_modules/chalk/source/vendor/supports-color/index.js
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process$1.argv) {
	const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
	const position = argv.indexOf(prefix + flag);
	const terminatorPosition = argv.indexOf("--");
	return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
const { env } = process$1;
let flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) flagForceColor = 0;
else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) flagForceColor = 1;
function envForceColor() {
	if ("FORCE_COLOR" in env) {
		if (env.FORCE_COLOR === "true") return 1;
		if (env.FORCE_COLOR === "false") return 0;
		return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
	}
}
function translateLevel(level) {
	if (level === 0) return false;
	return {
		level,
		hasBasic: true,
		has256: level >= 2,
		has16m: level >= 3
	};
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
	const noFlagForceColor = envForceColor();
	if (noFlagForceColor !== void 0) flagForceColor = noFlagForceColor;
	const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
	if (forceColor === 0) return 0;
	if (sniffFlags) {
		if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) return 3;
		if (hasFlag("color=256")) return 2;
	}
	if ("TF_BUILD" in env && "AGENT_NAME" in env) return 1;
	if (haveStream && !streamIsTTY && forceColor === void 0) return 0;
	const min = forceColor || 0;
	if (env.TERM === "dumb") return min;
	if (process$1.platform === "win32") {
		const osRelease = os.release().split(".");
		if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) return Number(osRelease[2]) >= 14931 ? 3 : 2;
		return 1;
	}
	if ("CI" in env) {
		if ([
			"GITHUB_ACTIONS",
			"GITEA_ACTIONS",
			"CIRCLECI"
		].some((key) => key in env)) return 3;
		if ([
			"TRAVIS",
			"APPVEYOR",
			"GITLAB_CI",
			"BUILDKITE",
			"DRONE"
		].some((sign) => sign in env) || env.CI_NAME === "codeship") return 1;
		return min;
	}
	if ("TEAMCITY_VERSION" in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
	if (env.COLORTERM === "truecolor") return 3;
	if (env.TERM === "xterm-kitty") return 3;
	if (env.TERM === "xterm-ghostty") return 3;
	if (env.TERM === "wezterm") return 3;
	if ("TERM_PROGRAM" in env) {
		const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
		switch (env.TERM_PROGRAM) {
			case "iTerm.app": return version >= 3 ? 3 : 2;
			case "Apple_Terminal": return 2;
		}
	}
	if (/-256(color)?$/i.test(env.TERM)) return 2;
	if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) return 1;
	if ("COLORTERM" in env) return 1;
	return min;
}
function createSupportsColor(stream, options = {}) {
	return translateLevel(_supportsColor(stream, {
		streamIsTTY: stream && stream.isTTY,
		...options
	}));
}
const supportsColor = {
	stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
	stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
	let index = string.indexOf(substring);
	if (index === -1) return string;
	const substringLength = substring.length;
	let endIndex = 0;
	let returnValue = "";
	do {
		returnValue += string.slice(endIndex, index) + substring + replacer;
		endIndex = index + substringLength;
		index = string.indexOf(substring, endIndex);
	} while (index !== -1);
	returnValue += string.slice(endIndex);
	return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
	let endIndex = 0;
	let returnValue = "";
	do {
		const gotCR = string[index - 1] === "\r";
		returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
		endIndex = index + 1;
		index = string.indexOf("\n", endIndex);
	} while (index !== -1);
	returnValue += string.slice(endIndex);
	return returnValue;
}
// node_modules/chalk/source/index.js
const { stdout: stdoutColor, stderr: stderrColor } = supportsColor;
const GENERATOR = Symbol("GENERATOR");
const STYLER = Symbol("STYLER");
const IS_EMPTY = Symbol("IS_EMPTY");
const levelMapping = [
	"ansi",
	"ansi",
	"ansi256",
	"ansi16m"
];
const styles = Object.create(null);
const applyOptions = (object, options = {}) => {
	if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) throw new Error("The `level` option should be an integer from 0 to 3");
	const colorLevel = stdoutColor ? stdoutColor.level : 0;
	object.level = options.level === void 0 ? colorLevel : options.level;
};
var Chalk = class {
	constructor(options) {
		return chalkFactory(options);
	}
};
const chalkFactory = (options) => {
	const chalk = (...strings) => strings.join(" ");
	applyOptions(chalk, options);
	Object.setPrototypeOf(chalk, createChalk.prototype);
	return chalk;
};
function createChalk(options) {
	return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansiStyles)) styles[styleName] = { get() {
	const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
	Object.defineProperty(this, styleName, { value: builder });
	return builder;
} };
styles.visible = { get() {
	const builder = createBuilder(this, this[STYLER], true);
	Object.defineProperty(this, "visible", { value: builder });
	return builder;
} };
const getModelAnsi = (model, level, type, ...arguments_) => {
	if (model === "rgb") {
		if (level === "ansi16m") return ansiStyles[type].ansi16m(...arguments_);
		if (level === "ansi256") return ansiStyles[type].ansi256(ansiStyles.rgbToAnsi256(...arguments_));
		return ansiStyles[type].ansi(ansiStyles.rgbToAnsi(...arguments_));
	}
	if (model === "hex") return getModelAnsi("rgb", level, type, ...ansiStyles.hexToRgb(...arguments_));
	return ansiStyles[type][model](...arguments_);
};
for (const model of [
	"rgb",
	"hex",
	"ansi256"
]) {
	styles[model] = { get() {
		const { level } = this;
		return function(...arguments_) {
			const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansiStyles.color.close, this[STYLER]);
			return createBuilder(this, styler, this[IS_EMPTY]);
		};
	} };
	const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
	styles[bgModel] = { get() {
		const { level } = this;
		return function(...arguments_) {
			const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansiStyles.bgColor.close, this[STYLER]);
			return createBuilder(this, styler, this[IS_EMPTY]);
		};
	} };
}
const proto = Object.defineProperties(() => {}, {
	...styles,
	level: {
		enumerable: true,
		get() {
			return this[GENERATOR].level;
		},
		set(level) {
			this[GENERATOR].level = level;
		}
	}
});
const createStyler = (open, close, parent) => {
	let openAll;
	let closeAll;
	if (parent === void 0) {
		openAll = open;
		closeAll = close;
	} else {
		openAll = parent.openAll + open;
		closeAll = close + parent.closeAll;
	}
	return {
		open,
		close,
		openAll,
		closeAll,
		parent
	};
};
const createBuilder = (self, _styler, _isEmpty) => {
	const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
	Object.setPrototypeOf(builder, proto);
	builder[GENERATOR] = self;
	builder[STYLER] = _styler;
	builder[IS_EMPTY] = _isEmpty;
	return builder;
};
const applyStyle = (self, string) => {
	if (self.level <= 0 || !string) return self[IS_EMPTY] ? "" : string;
	let styler = self[STYLER];
	if (styler === void 0) return string;
	const { openAll, closeAll } = styler;
	if (string.includes("\x1B")) while (styler !== void 0) {
		string = stringReplaceAll(string, styler.close, styler.open);
		styler = styler.parent;
	}
	const lfIndex = string.indexOf("\n");
	if (lfIndex !== -1) string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
	return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles);
createChalk();
createChalk({ level: stderrColor ? stderrColor.level : 0 });
// dist/cli/colour.js
/**
* Colour level: an explicit flag wins, then NO_COLOR (any non-empty value turns colour off, per
* no-color.org; chalk itself ignores it), then FORCE_COLOR, then whether the output is a terminal.
*/
function colourLevel({ flag, env, isTTY }) {
	if (flag !== void 0) return flag ? 1 : 0;
	if (env.NO_COLOR) return 0;
	const force = env.FORCE_COLOR;
	if (force !== void 0) {
		if (force === "" || force === "true") return 1;
		if (force === "false") return 0;
		const level = Number.parseInt(force, 10);
		return Number.isNaN(level) ? 1 : Math.max(0, Math.min(level, 3));
	}
	return isTTY && env.TERM !== "dumb" ? 1 : 0;
}
const makeChalk = (inputs) => new Chalk({ level: colourLevel(inputs) });
// dist/cli/exit-code.js
/** 0 clean, 1 errors (or more warnings than allowed), 2 a file could not be read or replaced. */
function exitCode(summary, maxWarnings) {
	if (summary.unreadable > 0) return 2;
	if (summary.errors > 0) return 1;
	if (maxWarnings >= 0 && summary.warnings > maxWarnings) return 1;
	return 0;
}
// dist/cli/inputs.js
var import_split2 = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module) => {
	const { Transform } = __require("stream");
	const { StringDecoder } = __require("string_decoder");
	const kLast = Symbol("last");
	const kDecoder = Symbol("decoder");
	function transform(chunk, enc, cb) {
		let list;
		if (this.overflow) {
			list = this[kDecoder].write(chunk).split(this.matcher);
			if (list.length === 1) return cb();
			list.shift();
			this.overflow = false;
		} else {
			this[kLast] += this[kDecoder].write(chunk);
			list = this[kLast].split(this.matcher);
		}
		this[kLast] = list.pop();
		for (let i = 0; i < list.length; i++) try {
			push(this, this.mapper(list[i]));
		} catch (error) {
			return cb(error);
		}
		this.overflow = this[kLast].length > this.maxLength;
		if (this.overflow && !this.skipOverflow) {
			cb(/* @__PURE__ */ new Error("maximum buffer reached"));
			return;
		}
		cb();
	}
	function flush(cb) {
		this[kLast] += this[kDecoder].end();
		if (this[kLast]) try {
			push(this, this.mapper(this[kLast]));
		} catch (error) {
			return cb(error);
		}
		cb();
	}
	function push(self, val) {
		if (val !== void 0) self.push(val);
	}
	function noop(incoming) {
		return incoming;
	}
	function split(matcher, mapper, options) {
		matcher = matcher || /\r?\n/;
		mapper = mapper || noop;
		options = options || {};
		switch (arguments.length) {
			case 1:
				if (typeof matcher === "function") {
					mapper = matcher;
					matcher = /\r?\n/;
				} else if (typeof matcher === "object" && !(matcher instanceof RegExp) && !matcher[Symbol.split]) {
					options = matcher;
					matcher = /\r?\n/;
				}
				break;
			case 2: if (typeof matcher === "function") {
				options = mapper;
				mapper = matcher;
				matcher = /\r?\n/;
			} else if (typeof mapper === "object") {
				options = mapper;
				mapper = noop;
			}
		}
		options = Object.assign({}, options);
		options.autoDestroy = true;
		options.transform = transform;
		options.flush = flush;
		options.readableObjectMode = true;
		const stream = new Transform(options);
		stream[kLast] = "";
		stream[kDecoder] = new StringDecoder("utf8");
		stream.matcher = matcher;
		stream.mapper = mapper;
		stream.maxLength = options.maxLength;
		stream.skipOverflow = options.skipOverflow || false;
		stream.overflow = false;
		stream._destroy = function(err, cb) {
			this._writableState.errorEmitted = false;
			cb(err);
		};
		return stream;
	}
	module.exports = split;
})))(), 1);
/** The Codex session store checked when no path is given. */
function codexSessionStore(env) {
	return join(env.CODEX_HOME || join(homedir(), ".codex"), "sessions");
}
/** Claude Code's transcript store, checked too when no path is given. */
function claudeProjectsStore(env) {
	return join(env.CLAUDE_CONFIG_DIR || join(homedir(), ".claude"), "projects");
}
/**
* Reads a list of paths (`--files-from`, e.g. from `git ls-files` or `find`): one per line, or NUL-separated
* (`-z`, `-print0`) with `nul`. A path is taken exactly as written (spaces are part of names): only empty
* entries are skipped, and a line's CR when the list has CRLF line ends.
*/
async function readPathList(source, { nul = false } = {}) {
	const paths = [];
	const lines = source.pipe((0, import_split2.default)(nul ? "\0" : /\r?\n/));
	source.on("error", (error) => lines.destroy(error));
	for await (const line of lines) if (line !== "") paths.push(line);
	return paths;
}
/**
* The files a command works on, in the order given, each once (`d/x` and `./d/x` are one file, named as
* first given); `-` stands for stdin and is kept as it is.
*/
async function resolveInputs(paths) {
	const inputs = [];
	const seen = /* @__PURE__ */ new Set();
	for (const path of paths) for (const input of path === "-" ? [{ path }] : await findSessionFiles([path])) {
		const key = input.path === "-" ? "-" : resolve(input.path);
		if (seen.has(key)) continue;
		seen.add(key);
		inputs.push(input);
	}
	return inputs;
}
/** Copies stdin to a private temp file, for commands that read their input twice. */
async function spoolStdin() {
	const folder = await mkdtemp(join(tmpdir(), "session-doctor-"));
	const path = join(folder, "stdin.jsonl");
	const release = removeOnInterrupt(folder, { recursive: true });
	const dispose = async () => {
		await rm(folder, {
			recursive: true,
			force: true
		});
		release();
	};
	try {
		await pipeline(process.stdin, createWriteStream(path, { mode: 384 }));
	} catch (error) {
		await dispose();
		throw new InputError("-", `cannot read stdin: ${error.message}`);
	}
	return {
		path,
		dispose
	};
}
// dist/cli/common-run.js
/** `sarif:out/results.sarif` → { format: 'sarif', file: 'out/results.sarif' }. */
function parseReporter(spec) {
	const colon = spec.indexOf(":");
	const format = colon === -1 ? spec : spec.slice(0, colon);
	const file = colon === -1 ? void 0 : spec.slice(colon + 1);
	if (!REPORT_FORMATS.includes(format)) throw new UsageError(`--reporter ${spec}: unknown format "${format}" (choose from ${REPORT_FORMATS.join(", ")})`);
	if (file === "") throw new UsageError(`--reporter ${spec}: no file after the colon (write ${format} for stdout)`);
	return {
		format,
		...file !== void 0 && file !== "-" && { file }
	};
}
/**
* Reads the config file (unless --no-config) and settles the reports: flags win over the config file.
* With --reporter, the reports are exactly those listed (plus --format/--output-file when --format is given).
*/
async function withConfig(args, flags) {
	const cwd = process.cwd();
	const loaded = flags.config === false ? void 0 : await loadConfig({
		cwd,
		...flags.config !== void 0 && { file: flags.config }
	});
	const config = loaded?.config ?? {};
	const severities = mergeSeverities(config.rules, args.select);
	const format = flags.format ?? config.format ?? "stylish";
	let reporters;
	if (flags.reporters.length > 0) {
		if (flags.format === void 0 && args.outputFile !== void 0) throw new UsageError("--output-file goes with --format; with --reporter, write FORMAT:FILE");
		reporters = [...flags.format !== void 0 ? [{
			format,
			...args.outputFile !== void 0 && { file: args.outputFile }
		}] : [], ...flags.reporters.map(parseReporter)];
		if (reporters.filter((target) => target.file === void 0).length > 1) throw new UsageError("only one report can go to stdout: give the others a file (--reporter FORMAT:FILE)");
		const files = reporters.flatMap((target) => target.file === void 0 ? [] : [resolve(cwd, target.file)]);
		const twice = files.find((file, index) => files.indexOf(file) !== index);
		if (twice !== void 0) throw new UsageError(`two reports would be written to ${twice}`);
	}
	return {
		...args,
		format,
		...reporters && { reporters },
		...severities && { severities },
		...loaded && config.ignores && config.ignores.length > 0 && { ignored: ignoreMatcher(config.ignores, loaded.folder, cwd) }
	};
}
/** The paths to work on: those given, those listed by --files-from, or else the session stores of Codex and Claude Code. */
async function pathsToCheck(args) {
	const paths = [...args.paths];
	if (args.filesFrom !== void 0) {
		const source = args.filesFrom === "-" ? process.stdin : createReadStream(args.filesFrom);
		try {
			paths.push(...await readPathList(source, { nul: args.nullSeparated === true }));
		} catch (error) {
			throw new InputError(args.filesFrom, `cannot read the path list: ${error.message}`);
		}
		return withoutIgnored(paths, args.ignored);
	}
	if (paths.length > 0) return withoutIgnored(paths, args.ignored);
	const codex = codexSessionStore(process.env);
	const claude = claudeProjectsStore(process.env);
	const stores = [{
		path: codex,
		name: `the Codex session store ${codex}`
	}, {
		path: claude,
		name: `the Claude Code store ${claude}`
	}].filter((store) => existsSync(store.path));
	if (stores.length === 0) throw new InputError(codex, `no paths given, and there is no Codex session store here, nor a Claude Code store at ${claude}`);
	process.stderr.write(`session-doctor: no paths given; checking ${stores.map((store) => store.name).join(" and ")}\n`);
	return withoutIgnored(stores.map((store) => store.path), args.ignored);
}
/**
* Drops the files the config file ignores, given or found in folders (stdin is never ignored). A file named
* explicitly that the config ignores is not dropped silently: a warning names it (as ESLint does).
*/
async function withoutIgnored(paths, ignored) {
	if (!ignored) return paths;
	const kept = [];
	for (const path of paths) {
		if (path === "-") {
			kept.push(path);
			continue;
		}
		const found = await findSessionFiles([path]);
		for (const input of found) if ("error" in input || !ignored(input.path)) kept.push(input.path);
		else if (found.length === 1 && input.path === path) process.stderr.write(`session-doctor: warning: ${printable(path)}: ignored by the config file's "ignores", not checked (use --no-config to check it)\n`);
	}
	return kept;
}
function displayName(args, path) {
	return path === "-" && args.stdinFilename ? args.stdinFilename : path;
}
const checkOptionsOf = (args) => ({
	...args.select && { select: args.select },
	...args.ignore && { ignore: args.ignore },
	...args.severities && { severities: args.severities },
	...args.inputFormat !== "auto" && { format: args.inputFormat }
});
/** The reports to write: --reporter's, or the one of --format and --output-file. */
function reportTargets(args) {
	return args.reporters ?? [{
		format: args.format,
		...args.outputFile !== void 0 && { file: args.outputFile }
	}];
}
const SESSION_NAME = /\.(jsonl|ndjson|jsonl\.zst)$/;
/**
* A report is never written over a session file: `-o` names the report in check and fix alike, and a
* session-like name there is most likely meant for the repaired copy (--copy-to).
*/
function refuseSessionReportFiles(args) {
	for (const { file } of reportTargets(args)) if (file !== void 0 && SESSION_NAME.test(file)) throw new UsageError(`${file}: the report file looks like a session file; -o/--output-file names the report (to write the repaired session there: fix --copy-to ${file})`);
}
/** Renders and writes the report, and returns the exit code. */
async function finish(command, args, results, reportStream = process.stdout) {
	const fullSummary = summarize(results);
	const shown = args.quiet ? results.map((result) => isUnreadable(result) ? result : {
		...result,
		diagnostics: result.diagnostics.filter((d) => d.severity === "error")
	}) : results;
	const summary = summarize(shown);
	const targets = reportTargets(args);
	const failures = [];
	const stepSummary = process.env.GITHUB_STEP_SUMMARY;
	if (!(reportStream === process.stderr && targets.some((target) => target.file === void 0))) {
		for (const result of results) if (isUnreadable(result)) process.stderr.write(`session-doctor: ${printable(result.path)}: ${printable(result.error)}\n`);
	}
	for (const target of targets) {
		const chalk = makeChalk({
			flag: args.color,
			env: process.env,
			isTTY: target.file === void 0 && reportStream.isTTY === true
		});
		const workspace = target.format === "github" ? process.env.GITHUB_WORKSPACE || void 0 : void 0;
		const context = {
			command,
			summary,
			chalk,
			toolVersion: VERSION,
			cwd: process.cwd(),
			...workspace && { root: workspace },
			...args.statistics && { statistics: true },
			...stepSummary && { jobSummary: true }
		};
		const streamed = STREAMED_REPORTS[target.format];
		const text = streamed ? streamed(shown, context) : REPORTERS[target.format](shown, context);
		try {
			if (reportStream === process.stderr && target.file === void 0) process.stderr.write(typeof text === "string" ? text : [...text].join(""));
			else await writeReport(text, target.file);
		} catch (error) {
			failures.push(error);
		}
	}
	if (stepSummary && targets.some((target) => target.format === "github")) {
		const root = process.env.GITHUB_WORKSPACE || process.cwd();
		const markdown = githubStepSummary(shown, {
			command,
			summary,
			chalk: makeChalk({
				flag: false,
				env: {},
				isTTY: false
			}),
			toolVersion: VERSION,
			cwd: process.cwd(),
			root
		});
		await appendFile(stepSummary, markdown).catch((error) => process.stderr.write(`session-doctor: cannot write the job summary ${stepSummary}: ${error.message}\n`));
	}
	if (failures.length > 0) throw failures[0];
	if (results.length === 0) process.stderr.write("session-doctor: no session files (*.jsonl, *.ndjson) found\n");
	return exitCode(fullSummary, args.maxWarnings);
}
export { pathsToCheck as a, withConfig as c, parseReporter as i, resolveInputs as l, displayName as n, refuseSessionReportFiles as o, finish as r, reportTargets as s, checkOptionsOf as t, spoolStdin as u };
