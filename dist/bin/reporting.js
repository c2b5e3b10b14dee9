import { a as printable, i as plural, o as spanOf, r as expandRuns } from "./unknown-rule-error.js";
import { l as createHash, r as RULES } from "./select-rules.js";
import { n as ruleDocUrl } from "./rule-docs.js";
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
		unsafeFixable: 0,
		repaired: 0,
		wouldRepair: 0,
		unreadable: 0
	};
	for (const result of results) {
		if (isUnreadable(result)) {
			summary.unreadable += 1;
			continue;
		}
		if (result.diagnostics.length > 0) summary.filesWithProblems += 1;
		let repairs = 0;
		for (const repair of result.repairs ?? []) repairs += spanOf(repair);
		if (result.dryRun) summary.wouldRepair += repairs;
		else summary.repaired += repairs;
		for (const diagnostic of result.diagnostics) {
			const count = spanOf(diagnostic);
			if (diagnostic.severity === "error") summary.errors += count;
			else if (diagnostic.severity === "warning") summary.warnings += count;
			else summary.infos += count;
			if (diagnostic.fixable) summary.fixable += count;
			if (diagnostic.fixable && diagnostic.applicability === "unsafe") summary.unsafeFixable += count;
		}
	}
	return summary;
}
/** Per-rule counts over the run, most frequent first (ties in code order). */
function ruleStatistics(results) {
	const byRule = /* @__PURE__ */ new Map();
	for (const result of results) {
		if (isUnreadable(result)) continue;
		for (const diagnostic of result.diagnostics) {
			const { rule, code, fixable, applicability } = diagnostic;
			const count = spanOf(diagnostic);
			let entry = byRule.get(rule);
			if (!entry) byRule.set(rule, entry = {
				rule,
				code,
				count: 0,
				fixable: 0,
				unsafeFixable: 0
			});
			entry.count += count;
			if (fixable && applicability === "unsafe") entry.unsafeFixable += count;
			else if (fixable) entry.fixable += count;
		}
	}
	return [...byRule.values()].sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
}
// dist/reporting/summary-text.js
/**
* What a run found and did, and what to do next, in sentences: stylish prints one per line, the GitHub
* log line joins them. Counts are pluralised; a dry run says what it would do.
*/
function summarySentences(command, summary, results) {
	const { files, errors, warnings, infos, fixable, unsafeFixable, repaired, wouldRepair, unreadable, filesWithProblems } = summary;
	const out = [];
	const problems = errors + warnings + infos;
	if (command === "fix" && repaired > 0) out.push({
		tone: "ok",
		text: `✔ Repaired ${plural(repaired, "problem")}.`
	});
	if (command === "fix" && wouldRepair > 0) out.push({
		tone: "ok",
		text: `Would repair ${plural(wouldRepair, "problem")} (nothing was written).`
	});
	if (problems === 0 && unreadable === 0) {
		if (command === "check" || repaired + wouldRepair === 0) out.push({
			tone: "ok",
			text: `✔ ${plural(files, "file")} checked, no problems.`
		});
	} else if (problems > 0) {
		const counts = [
			plural(errors, "error"),
			plural(warnings, "warning"),
			...infos > 0 ? [plural(infos, "info")] : []
		].join(", ");
		const verb = command === "check" ? "" : wouldRepair > 0 ? " would remain" : problems === 1 ? " remains" : " remain";
		out.push({
			tone: errors > 0 ? "error" : "warning",
			text: `✖ ${plural(problems, "problem")} (${counts})${verb} in ${filesWithProblems} of ${plural(files, "file")}.`
		});
	}
	const safe = fixable - unsafeFixable;
	if (command === "check" && safe > 0) {
		const more = unsafeFixable > 0 ? ` (${unsafeFixable} more with \`--unsafe-fixes\`)` : "";
		out.push({
			tone: "plain",
			hint: true,
			text: `${safe} fixable with \`session-doctor fix\`${more}.`
		});
	} else if (command === "check" && unsafeFixable > 0) out.push({
		tone: "plain",
		hint: true,
		text: `${unsafeFixable} fixable with \`session-doctor fix --unsafe-fixes\` (unsafe fixes: review them first).`
	});
	else if (command === "fix" && unsafeFixable > 0) out.push({
		tone: "warning",
		hint: true,
		text: `${plural(unsafeFixable, "unsafe fix", "unsafe fixes")} held back (${unsafeFixable === 1 ? "it changes what the model sees, or drops" : "they change what the model sees, or drop"} real content): review, then run \`session-doctor fix --unsafe-fixes\` to apply ${unsafeFixable === 1 ? "it" : "them"} too.`
	});
	if (unreadable > 0) out.push({
		tone: "error",
		text: `✖ ${plural(unreadable, "file")} could not be ${command === "fix" ? "read or replaced" : "read"}.`
	});
	if (command === "fix") out.push(...nextSteps(results));
	return out;
}
/** After a fix: how to use the copies (no client reads a .fixed file), or how to undo an in-place repair. */
function nextSteps(results) {
	let copies = 0;
	let backups = 0;
	for (const result of results) {
		if ("error" in result || result.written === void 0 || result.written === "-") continue;
		if (result.backup !== void 0) backups += 1;
		else if (result.written !== result.path) copies += 1;
	}
	const steps = [];
	if (copies > 0) steps.push({
		tone: "plain",
		text: "Next: no client reads a copy. Review it (`diff FILE FILE.fixed`), then repair the original with `session-doctor fix --in-place FILE`, which keeps it as FILE.bak (moving the copy over the file would lose the original)."
	});
	if (backups > 0) steps.push({
		tone: "plain",
		text: "To undo: `session-doctor restore FILE` puts the newest backup back."
	});
	return steps;
}
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
		helpUri: ruleDocUrl(rule.name),
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
		for (const diagnostic of expandRuns(result.diagnostics)) {
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
					...diagnostic.fixable && { applicability: diagnostic.applicability ?? "safe" },
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
		for (const { severity, line, rule, message } of expandRuns(result.diagnostics)) lines.push(command(COMMAND[severity], {
			file,
			line: Math.max(1, line),
			title: rule
		}, message));
	}
	lines.push(`session-doctor: ${summarySentence(context.command, context.summary, results)}`);
	const { errors, warnings, unreadable } = context.summary;
	if (errors + unreadable > 10 || warnings > 10) lines.push(`session-doctor: GitHub shows only the first 10 error and 10 warning annotations of a step; ` + (context.jobSummary ? "the job summary lists every problem." : "run with --format json or sarif to see every problem."));
	return `${lines.join("\n")}\n`;
});
/** The summary for the log, in one line. */
function summarySentence(command, summary, results) {
	return summarySentences(command, summary, results).map(({ text }) => text.replace(/^[✔✖] /, "")).join(" ");
}
/** Text safe in a Markdown table cell: no pipe, no line break, no HTML. */
const cell = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n|\r/g, " ");
/**
* The Markdown job summary for $GITHUB_STEP_SUMMARY: a summary line and a table of every problem (GitHub
* annotates only the first few of a step), up to STEP_SUMMARY_MAX_ROWS rows.
*/
function githubStepSummary(results, context) {
	const rows = [];
	let total = 0;
	const add = (row) => (total += 1) <= 500 && rows.push(row());
	for (const result of results) {
		const file = cell(githubPath(result.path, context));
		if (isUnreadable(result)) {
			add(() => `| ${file} |  | error |  | ${cell(result.error)} |`);
			continue;
		}
		for (const { line, severity, rule, code, message } of expandRuns(result.diagnostics)) add(() => `| ${file} | ${line} | ${severity} | \`${rule}\` (${code}) | ${cell(message)} |`);
	}
	const out = [
		`### session-doctor ${context.command}`,
		"",
		summarySentence(context.command, context.summary, results),
		""
	];
	if (total > 0) {
		out.push("| File | Line | Severity | Rule | Message |", "| --- | ---: | --- | --- | --- |", ...rows);
		if (total > 500) out.push("", `…and ${total - 500} more: run \`session-doctor check\` locally, or use \`--reporter sarif:FILE\` for all of them.`);
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
		for (const repair of result.repairs ?? []) lines.push(`${path}:${repair.line}:1: ${chalk.green(result.dryRun ? "would-fix" : "fixed")} ${repair.rule} ${repair.action}`);
		for (const { line, severity, rule, message } of expandRuns(result.diagnostics)) {
			const colour = severity === "error" ? chalk.red : severity === "warning" ? chalk.yellow : chalk.blue;
			lines.push(`${path}:${line}:1: ${colour(severity)} ${rule} ${message}`);
		}
	}
	return lines.length > 0 ? `${lines.join("\n")}\n` : "";
};
/** `value` as JSON.stringify(…, null, 2) writes it `depth` levels deep. */
const at = (value, depth) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${"  ".repeat(depth)}`);
/**
* The JSON document (README, "JSON output"), in pieces: byte for byte what JSON.stringify(document, null, 2)
* writes, but made one problem at a time, so that a million problems are never held as a million objects
* and one string. Every line of a run (`endLine`) is listed.
*/
function* jsonReportChunks(results, { command, summary, toolVersion, statistics }) {
	yield `{\n  "version": 1,\n  "tool": ${at({
		name: "session-doctor",
		version: toolVersion
	}, 1)},\n  "command": ${JSON.stringify(command)},\n  "files": [`;
	for (const [index, result] of results.entries()) {
		yield `${index === 0 ? "" : ","}\n    `;
		yield* fileChunks(result);
	}
	yield `${results.length === 0 ? "]" : "\n  ]"},\n  "summary": ${at(summary, 1)}`;
	if (statistics) yield `,\n  "statistics": ${at(ruleStatistics(results), 1)}`;
	yield "\n}\n";
}
function* fileChunks(result) {
	if (isUnreadable(result)) {
		yield at({
			path: result.path,
			error: result.error,
			diagnostics: []
		}, 2);
		return;
	}
	const head = {
		path: result.path,
		format: result.format ?? null,
		records: result.records
	};
	const tail = {
		...result.repairs && { repairs: result.repairs },
		...result.written !== void 0 && { written: result.written },
		...result.backup !== void 0 && { backup: result.backup },
		...result.notes !== void 0 && { notes: result.notes }
	};
	yield at(head, 2).slice(0, -`\n${"  ".repeat(2)}}`.length);
	yield ",\n      \"diagnostics\": [";
	let first = true;
	for (const { rule, code, severity, line, message, callId, fixable, applicability } of expandRuns(result.diagnostics)) {
		const diagnostic = {
			rule,
			code,
			severity,
			line,
			message,
			...callId !== void 0 && { callId },
			fixable,
			...fixable && { applicability: applicability ?? "safe" },
			url: ruleDocUrl(rule)
		};
		yield `${first ? "" : ","}\n        ${at(diagnostic, 4)}`;
		first = false;
	}
	yield first ? "]" : "\n      ]";
	const rest = at(tail, 2);
	yield rest === "{}" ? "\n    }" : `,\n${rest.slice(2)}`;
}
/** The whole document as one string (the library's formatReport). */
const jsonReporter = (results, context) => [...jsonReportChunks(results, context)].join("");
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
		else for (const { line, severity, rule, code, message, fixable, applicability } of expandRuns(result.diagnostics)) {
			failures += 1;
			const detail = `${file}:${line}: ${severity} ${rule} (${code}): ${message}${fixable ? ` (\`session-doctor fix${applicability === "unsafe" ? " --unsafe-fixes" : ""}\` repairs it)` : ""}`;
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
/**
* Grouped by file, aligned, coloured on a terminal, with a summary (ESLint's stylish). The same finding on
* consecutive lines is one row with a line range; with `statistics`, per-rule counts replace the rows.
*/
const stylishReporter = (results, context) => {
	const { chalk } = context;
	const out = [];
	if (context.statistics) out.push(statisticsTable(results, chalk));
	else for (const result of results) {
		if (isUnreadable(result)) {
			out.push(`${chalk.underline(printable(result.path))}\n  ${chalk.red("error")}  ${printable(result.error)}\n`);
			continue;
		}
		const block = fileBlock(result, context);
		if (block) out.push(block);
	}
	out.push(summaryLines(results, context));
	return out.join("\n");
};
function fileBlock(result, { chalk }) {
	const repairs = result.repairs ?? [];
	if (result.diagnostics.length === 0 && repairs.length === 0) return "";
	const done = result.dryRun ? "would fix" : "fixed";
	const rows = [...repairs.map((repair) => ({
		line: repair.line,
		cells: [
			repair.endLine === void 0 ? String(repair.line) : `${repair.line}-${repair.endLine}`,
			chalk.green(done),
			repair.action,
			chalk.dim(repair.rule)
		]
	})), ...collapse(result.diagnostics).map(({ diagnostic: { line, severity, message, rule }, last }) => {
		const colour = severity === "error" ? chalk.red : severity === "warning" ? chalk.yellow : chalk.blue;
		const where = last > line ? `${line}-${last}` : String(line);
		const times = last > line ? chalk.dim(` (${last - line + 1} lines)`) : "";
		return {
			line,
			cells: [
				where,
				colour(severity),
				`${message}${times}`,
				chalk.dim(rule)
			]
		};
	})].sort((a, b) => a.line - b.line);
	let lineWidth = 0;
	let severityWidth = 0;
	for (const { cells } of rows) {
		lineWidth = Math.max(lineWidth, cells[0].length);
		severityWidth = Math.max(severityWidth, visibleLength(cells[1]));
	}
	const body = rows.map(({ cells: [line, severity, message, rule] }) => {
		return `  ${line.padStart(lineWidth)}  ${severity}${" ".repeat(severityWidth - visibleLength(severity))}  ${message}  ${rule}`;
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
/** Runs of the same finding (rule, severity, message; no call id) on consecutive lines, as first diagnostic and last line. */
function collapse(diagnostics) {
	const runs = [];
	for (const diagnostic of diagnostics) {
		const run = runs.at(-1);
		if (run && sameFinding(run.diagnostic, diagnostic) && diagnostic.line === run.last + 1) run.last = diagnostic.endLine ?? diagnostic.line;
		else runs.push({
			diagnostic,
			last: diagnostic.endLine ?? diagnostic.line
		});
	}
	return runs;
}
const sameFinding = (a, b) => a.callId === void 0 && b.callId === void 0 && a.rule === b.rule && a.severity === b.severity && a.message === b.message;
function statisticsTable(results, chalk) {
	const statistics = ruleStatistics(results);
	if (statistics.length === 0) return "";
	const rows = statistics.map((entry) => {
		const fix = [entry.fixable > 0 ? `${entry.fixable} fixable` : "", entry.unsafeFixable > 0 ? `${entry.unsafeFixable} with --unsafe-fixes` : ""].filter(Boolean).join(", ");
		return [
			String(entry.count),
			entry.code,
			entry.rule,
			fix
		];
	});
	const widths = [
		0,
		1,
		2
	].map((column) => rows.reduce((width, row) => Math.max(width, row[column].length), 0));
	return `${rows.map(([count, code, rule, fix]) => `${count.padStart(widths[0])}  ${code.padEnd(widths[1])}  ${fix ? rule.padEnd(widths[2]) : rule}${fix ? `  ${chalk.dim(fix)}` : ""}`).join("\n")}\n`;
}
function summaryLines(results, { chalk, command, summary }) {
	const tones = {
		ok: chalk.green,
		error: chalk.red.bold,
		warning: chalk.yellow.bold,
		plain: (text) => text
	};
	return `${summarySentences(command, summary, results).map(({ tone, text, hint }) => hint ? `  ${tones[tone](text)}` : tones[tone](text)).join("\n")}\n`;
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
/** The formats that can also be made in pieces, written as they are made (a million problems in JSON). */
const STREAMED_REPORTS = { json: jsonReportChunks };
export { summarize as a, isUnreadable as i, STREAMED_REPORTS as n, githubStepSummary as r, REPORTERS as t };
