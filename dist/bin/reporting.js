import { n as printable } from "./diagnostic.js";
import { l as createHash, r as RULES } from "./select-rules.js";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
// dist/reporting/results.js
const isUnreadable = (result) => "error" in result;
function summarize(results) {
	const summary = {
		files: results.length,
		filesWithProblems: 0,
		errors: 0,
		warnings: 0,
		infos: 0,
		fixable: 0,
		repaired: 0,
		unreadable: 0
	};
	for (const result of results) {
		if (isUnreadable(result)) {
			summary.unreadable += 1;
			continue;
		}
		if (result.diagnostics.length > 0) summary.filesWithProblems += 1;
		summary.repaired += result.repairs?.length ?? 0;
		for (const diagnostic of result.diagnostics) {
			if (diagnostic.severity === "error") summary.errors += 1;
			else if (diagnostic.severity === "warning") summary.warnings += 1;
			else summary.infos += 1;
			if (diagnostic.fixable) summary.fixable += 1;
		}
	}
	return summary;
}
const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
// dist/reporting/sarif.js
/** Where to learn about the tool (SARIF `informationUri`). */
const TOOL_INFORMATION_URI = "https://www.npmjs.com/package/session-doctor";
/** The `partialFingerprints` key; raised if the fingerprint's recipe ever changes. */
const FINGERPRINT_KEY = "sessionDoctor/v1";
const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const SRCROOT = "%SRCROOT%";
/** GitHub rejects descriptions longer than this. */
const MAX_DESCRIPTION = 1024;
const LEVEL = {
	error: "error",
	warning: "warning",
	info: "note"
};
const PROBLEM_SEVERITY = {
	error: "error",
	warning: "warning",
	info: "recommendation"
};
/** A file's place relative to the root: a POSIX relative path, or undefined when it lies outside the root. */
function pathInRoot(path, context) {
	const root = context.root ?? context.cwd;
	if (context.cwd === void 0 || root === void 0) return isAbsolute(path) ? { absolute: path } : { relative: path.split(sep).join("/") };
	const absolute = resolve(context.cwd, path);
	const inside = relative(root, absolute);
	if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return { absolute };
	return { relative: inside.split(sep).join("/") };
}
function artifactLocation(path, context) {
	const place = pathInRoot(path, context);
	if (place.relative !== void 0) {
		const uri = place.relative.split("/").map(encodeURIComponent).join("/");
		return context.cwd !== void 0 ? {
			uri,
			uriBaseId: SRCROOT
		} : { uri };
	}
	return { uri: pathToFileURL(place.absolute).href };
}
const clip = (text) => text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, 1023)}…`;
/** `missing-output` → `MissingOutput` (SARIF's "friendly name"). */
const pascalCase = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, _dash, letter) => letter.toUpperCase());
function ruleDescriptors() {
	return RULES.map((rule) => ({
		id: rule.name,
		name: pascalCase(rule.name),
		shortDescription: { text: clip(rule.summary) },
		fullDescription: { text: clip(rule.explanation) },
		help: { text: `${rule.explanation}\n\n${rule.fixable ? "`session-doctor fix` repairs it." : "`session-doctor fix` does not repair it: it is reported, never guessed at."} Details: \`session-doctor explain ${rule.name}\`.` },
		defaultConfiguration: { level: LEVEL[rule.severity] },
		properties: {
			code: rule.code,
			fixable: rule.fixable,
			tags: ["session-file"],
			"problem.severity": PROBLEM_SEVERITY[rule.severity]
		}
	}));
}
/**
* A fingerprint that survives lines being added to the file: the rule, the file and the tool call's id
* when the finding is about a call, else the line (session files grow at the end). A repeat of the
* same key in one file gets an occurrence number, so two findings never share a fingerprint.
*/
function fingerprint(seen, ruleId, uri, line, callId) {
	const key = [
		ruleId,
		uri,
		callId !== void 0 ? `call:${callId}` : `line:${line}`
	].join("\0");
	const occurrence = (seen.get(key) ?? 0) + 1;
	seen.set(key, occurrence);
	return createHash("sha256").update(`${key}\u0000${occurrence}`).digest("hex").slice(0, 32);
}
/**
* SARIF 2.1.0: one run, every rule described, one result per diagnostic; files that could not be read
* become tool execution notifications. Accepted with no error or warning by Microsoft's SARIF validator,
* GitHub rules included (test/reporting/sarif-validator.test.ts).
*/
const sarifReporter = ((results, context) => {
	const ruleIndex = new Map(RULES.map((rule, index) => [rule.name, index]));
	const sarifResults = [];
	const notifications = [];
	for (const result of results) {
		const location = artifactLocation(result.path, context);
		if (isUnreadable(result)) {
			notifications.push({
				level: "error",
				message: { text: `${result.path}: ${result.error}` },
				locations: [{ physicalLocation: { artifactLocation: location } }]
			});
			continue;
		}
		const seen = /* @__PURE__ */ new Map();
		for (const diagnostic of result.diagnostics) {
			const line = Math.max(1, diagnostic.line);
			const index = ruleIndex.get(diagnostic.rule);
			sarifResults.push({
				ruleId: diagnostic.rule,
				...index !== void 0 && { ruleIndex: index },
				level: LEVEL[diagnostic.severity],
				message: { text: diagnostic.message },
				locations: [{ physicalLocation: {
					artifactLocation: location,
					region: {
						startLine: line,
						startColumn: 1
					}
				} }],
				partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(seen, diagnostic.rule, location.uri, line, diagnostic.callId) },
				properties: {
					code: diagnostic.code,
					fixable: diagnostic.fixable,
					...diagnostic.callId !== void 0 && { callId: diagnostic.callId }
				}
			});
		}
	}
	const log = {
		$schema: SARIF_SCHEMA,
		version: "2.1.0",
		runs: [{
			tool: { driver: {
				name: "session-doctor",
				fullName: "session-doctor: lint and repair AI agent session files",
				version: context.toolVersion,
				semanticVersion: context.toolVersion,
				informationUri: TOOL_INFORMATION_URI,
				rules: ruleDescriptors()
			} },
			invocations: [{
				executionSuccessful: notifications.length === 0,
				...notifications.length > 0 && { toolExecutionNotifications: notifications }
			}],
			...context.cwd !== void 0 && { originalUriBaseIds: { [SRCROOT]: { uri: rootUri(context.root ?? context.cwd) } } },
			columnKind: "utf16CodeUnits",
			results: sarifResults
		}]
	};
	return `${JSON.stringify(log, null, 2)}\n`;
});
function rootUri(folder) {
	const href = pathToFileURL(folder).href;
	return href.endsWith("/") ? href : `${href}/`;
}
const COMMAND = {
	error: "error",
	warning: "warning",
	info: "notice"
};
/** Escaping of a workflow command's message (as @actions/core does). */
const escapeData = (text) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
/** Escaping of a workflow command's property value: the message escapes, plus `:` and `,`. */
const escapeProperty = (text) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
/** The file as GitHub wants it: relative to the workspace, with `/` separators. */
function githubPath(path, context) {
	const place = pathInRoot(path, context);
	return place.relative ?? place.absolute;
}
function command(kind, properties, message) {
	return `::${kind} ${Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",")}::${escapeData(message)}`;
}
/**
* GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per problem, then a
* plain summary line for the log. The CLI also appends `githubStepSummary` to $GITHUB_STEP_SUMMARY.
*/
const githubReporter = ((results, context) => {
	const lines = [];
	for (const result of results) {
		const file = githubPath(result.path, context);
		if (isUnreadable(result)) {
			lines.push(command("error", {
				file,
				title: "unreadable file"
			}, `${result.path}: ${result.error}`));
			continue;
		}
		for (const { severity, line, rule, message } of result.diagnostics) lines.push(command(COMMAND[severity], {
			file,
			line: Math.max(1, line),
			title: rule
		}, message));
	}
	lines.push(`session-doctor: ${summarySentence(context.command, context.summary)}`);
	const { errors, warnings, unreadable } = context.summary;
	if (errors + unreadable > 10 || warnings > 10) lines.push(`session-doctor: GitHub shows only the first 10 error and 10 warning annotations of a step; the job summary lists every problem.`);
	return `${lines.join("\n")}\n`;
});
/** One sentence: what the run found. */
function summarySentence(command, summary) {
	const { files, errors, warnings, infos, fixable, repaired, unreadable, filesWithProblems } = summary;
	const parts = [];
	if (command === "fix" && repaired > 0) parts.push(`Repaired ${plural(repaired, "problem")}.`);
	const problems = errors + warnings + infos;
	if (problems === 0 && unreadable === 0) {
		if (command === "check" || repaired === 0) parts.push(`${plural(files, "file")} checked, no problems.`);
	} else if (problems > 0) {
		const counts = [
			plural(errors, "error"),
			plural(warnings, "warning"),
			...infos > 0 ? [plural(infos, "info")] : []
		].join(", ");
		parts.push(`${plural(problems, "problem")} (${counts})${command === "fix" ? " remain" : ""} in ${filesWithProblems} of ${plural(files, "file")}.`);
		if (command === "check" && fixable > 0) parts.push(`${fixable} fixable with \`session-doctor fix\`.`);
	}
	if (unreadable > 0) parts.push(`${plural(unreadable, "file")} could not be ${command === "fix" ? "read or replaced" : "read"}.`);
	return parts.join(" ");
}
/** Text safe in a Markdown table cell: no pipe, no line break, no HTML. */
const cell = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n|\r/g, " ");
/**
* The Markdown job summary for $GITHUB_STEP_SUMMARY: a summary line and a table of every problem (GitHub
* annotates only the first few of a step), up to STEP_SUMMARY_MAX_ROWS rows.
*/
function githubStepSummary(results, context) {
	const rows = [];
	for (const result of results) {
		const file = cell(githubPath(result.path, context));
		if (isUnreadable(result)) {
			rows.push(`| ${file} |  | error |  | ${cell(result.error)} |`);
			continue;
		}
		for (const { line, severity, rule, code, message } of result.diagnostics) rows.push(`| ${file} | ${line} | ${severity} | \`${rule}\` (${code}) | ${cell(message)} |`);
	}
	const out = [
		`### session-doctor ${context.command}`,
		"",
		summarySentence(context.command, context.summary),
		""
	];
	if (rows.length > 0) {
		out.push("| File | Line | Severity | Rule | Message |", "| --- | ---: | --- | --- | --- |", ...rows.slice(0, 500));
		if (rows.length > 500) out.push("", `…and ${rows.length - 500} more: run \`session-doctor check\` locally, or use \`--reporter sarif:FILE\` for all of them.`);
		out.push("");
	}
	return `${out.join("\n")}\n`;
}
// dist/reporting/compact.js
/** One line per problem, `path:line:1: severity rule message`, for editors and grep. Control characters in
*  a path are escaped as in messages: a file name must not break the line or drive the terminal. */
const compactReporter = (results, { chalk }) => {
	const lines = [];
	for (const result of results) {
		const path = printable(result.path);
		if (isUnreadable(result)) {
			lines.push(`${path}: ${chalk.red("error")} ${printable(result.error)}`);
			continue;
		}
		for (const repair of result.repairs ?? []) lines.push(`${path}:${repair.line}:1: ${chalk.green("fixed")} ${repair.rule} ${repair.action}`);
		for (const { line, severity, rule, message } of result.diagnostics) {
			const colour = severity === "error" ? chalk.red : severity === "warning" ? chalk.yellow : chalk.blue;
			lines.push(`${path}:${line}:1: ${colour(severity)} ${rule} ${message}`);
		}
	}
	return lines.length > 0 ? `${lines.join("\n")}\n` : "";
};
/** One JSON document: the machine-readable contract (README, "JSON output"). */
const jsonReporter = (results, { command, summary, toolVersion }) => {
	const files = results.map((result) => {
		if (isUnreadable(result)) return {
			path: result.path,
			error: result.error,
			diagnostics: []
		};
		return {
			path: result.path,
			format: result.format ?? null,
			records: result.records,
			diagnostics: result.diagnostics.map(({ rule, code, severity, line, message, callId, fixable }) => ({
				rule,
				code,
				severity,
				line,
				message,
				...callId !== void 0 && { callId },
				fixable
			})),
			...result.repairs && { repairs: result.repairs },
			...result.written !== void 0 && { written: result.written },
			...result.backup !== void 0 && { backup: result.backup },
			...result.notes !== void 0 && { notes: result.notes }
		};
	});
	return `${JSON.stringify({
		version: 1,
		tool: {
			name: "session-doctor",
			version: toolVersion
		},
		command,
		files,
		summary
	}, null, 2)}\n`;
};
// dist/reporting/junit.js
/** Characters XML 1.0 cannot hold at all (even escaped); replaced by U+FFFD. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Escapes text for an XML attribute value or element content. */
const xml = (text) => text.replace(NOT_XML, "�").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
const attributes = (values) => Object.entries(values).map(([key, value]) => ` ${key}="${xml(String(value))}"`).join("");
/**
* JUnit XML for CI systems that read test reports (GitLab, Jenkins, Azure Pipelines, CircleCI): one test
* suite per file, one failing test case per problem (its `type` is the severity), a passing test case for
* a file without problems, and an `<error>` for a file that could not be read.
*/
const junitReporter = ((results, context) => {
	const suites = [];
	let totalTests = 0;
	let totalFailures = 0;
	let totalErrors = 0;
	for (const result of results) {
		const place = pathInRoot(result.path, context);
		const file = place.relative ?? place.absolute;
		const cases = [];
		let failures = 0;
		let errors = 0;
		if (isUnreadable(result)) {
			errors = 1;
			cases.push(`    <testcase${attributes({
				name: "readable",
				classname: file,
				file
			})}>\n      <error${attributes({
				message: result.error,
				type: "unreadable"
			})}>${xml(`${file}: ${result.error}`)}</error>\n    </testcase>`);
		} else if (result.diagnostics.length === 0) cases.push(`    <testcase${attributes({
			name: "no problems",
			classname: file,
			file
		})}/>`);
		else for (const { line, severity, rule, code, message, fixable } of result.diagnostics) {
			failures += 1;
			const detail = `${file}:${line}: ${severity} ${rule} (${code}): ${message}${fixable ? " (`session-doctor fix` repairs it)" : ""}`;
			cases.push(`    <testcase${attributes({
				name: `line ${line}: ${rule}`,
				classname: file,
				file,
				line
			})}>\n      <failure${attributes({
				message,
				type: severity
			})}>${xml(detail)}</failure>\n    </testcase>`);
		}
		totalTests += cases.length;
		totalFailures += failures;
		totalErrors += errors;
		suites.push(`  <testsuite${attributes({
			name: file,
			tests: cases.length,
			failures,
			errors,
			skipped: 0
		})}>\n${cases.join("\n")}\n  </testsuite>`);
	}
	return `<?xml version="1.0" encoding="UTF-8"?>\n${`<testsuites${attributes({
		name: `session-doctor ${context.command}`,
		tests: totalTests,
		failures: totalFailures,
		errors: totalErrors
	})}`}${suites.length > 0 ? `>\n${suites.join("\n")}\n</testsuites>` : "/>"}\n`;
});
// dist/reporting/stylish.js
/** Grouped by file, aligned, coloured on a terminal, with a summary line (ESLint's stylish). */
const stylishReporter = (results, context) => {
	const { chalk } = context;
	const out = [];
	for (const result of results) {
		if (isUnreadable(result)) {
			out.push(`${chalk.underline(printable(result.path))}\n  ${chalk.red("error")}  ${printable(result.error)}\n`);
			continue;
		}
		const block = fileBlock(result, context);
		if (block) out.push(block);
	}
	out.push(summaryLines(context));
	return out.join("\n");
};
function fileBlock(result, { chalk }) {
	const repairs = result.repairs ?? [];
	if (result.diagnostics.length === 0 && repairs.length === 0) return "";
	const rows = [...repairs.map((repair) => ({
		line: repair.line,
		cells: [
			String(repair.line),
			chalk.green("fixed"),
			repair.action,
			chalk.dim(repair.rule)
		]
	})), ...result.diagnostics.map(({ line, severity, message, rule }) => {
		const colour = severity === "error" ? chalk.red : severity === "warning" ? chalk.yellow : chalk.blue;
		return {
			line,
			cells: [
				String(line),
				colour(severity),
				message,
				chalk.dim(rule)
			]
		};
	})].sort((a, b) => a.line - b.line).map((row) => row.cells);
	const widths = [0, 1].map((column) => Math.max(...rows.map((row) => visibleLength(row[column]))));
	const body = rows.map(([line, severity, message, rule]) => {
		return `  ${line.padStart(widths[0])}  ${severity}${" ".repeat(widths[1] - visibleLength(severity))}  ${message}  ${rule}`;
	});
	const format = result.format ? chalk.dim(` (${result.format}, ${plural(result.records, "record")})`) : "";
	const written = result.written && result.written !== "-" ? [`  ${chalk.green("→")} wrote ${printable(result.written)}${result.backup ? ` (original kept as ${printable(result.backup)})` : ""}`] : [];
	return [
		`${chalk.underline(printable(result.path))}${format}`,
		...body,
		...written,
		""
	].join("\n");
}
function summaryLines({ chalk, command, summary }) {
	const { files, errors, warnings, infos, fixable, repaired, unreadable, filesWithProblems } = summary;
	const lines = [];
	const problems = errors + warnings + infos;
	if (command === "fix" && repaired > 0) lines.push(chalk.green(`✔ Repaired ${plural(repaired, "problem")}.`));
	if (problems === 0 && unreadable === 0) {
		if (command === "check" || repaired === 0) lines.push(chalk.green(`✔ ${plural(files, "file")} checked, no problems.`));
	} else if (problems > 0) {
		const colour = errors > 0 ? chalk.red.bold : chalk.yellow.bold;
		const counts = [
			plural(errors, "error"),
			plural(warnings, "warning"),
			...infos > 0 ? [plural(infos, "info")] : []
		].join(", ");
		const remain = command === "fix" ? " remain" : "";
		lines.push(colour(`✖ ${plural(problems, "problem")} (${counts})${remain} in ${filesWithProblems} of ${plural(files, "file")}.`));
		if (command === "check" && fixable > 0) lines.push(`  ${fixable} fixable with \`session-doctor fix\`.`);
	}
	if (unreadable > 0) lines.push(chalk.red(`✖ ${plural(unreadable, "file")} could not be read or replaced.`));
	return `${lines.join("\n")}\n`;
}
const ANSI = /\u001b\[[0-9;]*m/g;
const visibleLength = (text) => text.replace(ANSI, "").length;
// dist/reporting/index.js
const REPORTERS = {
	stylish: stylishReporter,
	json: jsonReporter,
	compact: compactReporter,
	sarif: sarifReporter,
	github: githubReporter,
	junit: junitReporter
};
export { summarize as i, githubStepSummary as n, isUnreadable as r, REPORTERS as t };
