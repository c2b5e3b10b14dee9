import { a as printable } from "./unknown-rule-error.js";
import { n as selectRules } from "./select-rules.js";
import { t as InputError } from "./input-error.js";
import { n as fixFile, t as copyPathFor } from "./fix-file.js";
import { a as pathsToCheck, l as resolveInputs, n as displayName, o as refuseSessionReportFiles, r as finish, s as reportTargets, t as checkOptionsOf, u as spoolStdin } from "./common-run.js";
import { t as refuseOutputsThatAreInputs } from "./output-is-input.js";
import { n as startProgress } from "./progress.js";
import { t as UsageError } from "./usage-error.js";
import { resolve } from "node:path";
// dist/cli/run-fix.js
/** `session-doctor fix`: writes repaired copies (or replaces files with --in-place). Returns the exit code. */
async function runFixCommand(args) {
	const base = checkOptionsOf(args);
	selectRules(base);
	if (args.inPlace && args.copyTo !== void 0) throw new UsageError("--in-place and --copy-to exclude each other");
	if (args.copyTo !== void 0 && args.copyTo !== "-") {
		const copy = resolve(args.copyTo);
		if (reportTargets(args).some(({ file }) => file !== void 0 && resolve(file) === copy)) throw new UsageError(`${args.copyTo}: --copy-to and the report file name the same file`);
	}
	const inputs = await resolveInputs(await pathsToCheck(args));
	if (args.copyTo !== void 0 && args.copyTo !== "-" && inputs.length > 1) throw new UsageError("--copy-to names one file, but more than one input was given");
	await refuseOutputsThatAreInputs([...reportTargets(args).flatMap((target) => target.file ?? []), ...repairedCopies(args, inputs)], inputs);
	refuseSessionReportFiles(args);
	const stdoutTaken = args.diff || args.copyTo === "-" || inputs.some((input) => input.path === "-") && args.copyTo === void 0;
	const results = [];
	const progress = startProgress(inputs.length, { flag: stdoutTaken ? false : args.progress });
	for (const input of inputs) {
		progress.next(input.path);
		if ("error" in input) {
			results.push({
				path: input.path,
				error: input.error.message
			});
			continue;
		}
		try {
			results.push(await fixOne(input.path, args, base));
		} catch (error) {
			if (!(error instanceof InputError)) throw error;
			const where = error.path === input.path ? "" : `${error.path}: `;
			results.push({
				path: displayName(args, input.path),
				error: `${where}${error.message}`
			});
		}
	}
	progress.end();
	printNotes(results);
	const code = await finish("fix", args, results, stdoutTaken ? process.stderr : process.stdout);
	return args.diff && code === 0 && results.some((result) => !("error" in result) && (result.repairs?.length ?? 0) > 0) ? 1 : code;
}
/** What fix could not be sure of, on stderr: once per distinct note, naming the file when there is one. */
function printNotes(results) {
	const shown = /* @__PURE__ */ new Set();
	for (const result of results) for (const note of "notes" in result && result.notes || []) {
		const line = note.startsWith("line ") ? `${printable(result.path)}: ${note}` : note;
		if (!shown.has(line)) process.stderr.write(`session-doctor: ${line}\n`);
		shown.add(line);
	}
}
/** The files fix writes besides the inputs themselves: --copy-to, or a <file>.fixed per input. */
function repairedCopies(args, inputs) {
	if (args.inPlace || args.dryRun || args.diff) return [];
	if (args.copyTo !== void 0) return args.copyTo === "-" ? [] : [args.copyTo];
	return inputs.flatMap((input) => input.path === "-" ? [] : [copyPathFor(input.path)]);
}
async function fixOne(path, args, base) {
	const options = {
		...base,
		strategy: args.strategy,
		...args.placeholderText !== void 0 && { placeholderText: args.placeholderText },
		inPlace: args.inPlace,
		backup: args.backup,
		dryRun: args.dryRun || args.diff,
		diff: args.diff,
		force: args.force,
		allowOpenWriters: args.allowOpenWriters,
		unsafeFixes: args.unsafeFixes,
		minAgeSeconds: args.minAge,
		...args.copyTo !== void 0 && { output: args.copyTo === "-" ? process.stdout : args.copyTo }
	};
	if (path !== "-") {
		const report = await fixFile(path, options);
		if (report.diff) process.stdout.write(report.diff);
		return report;
	}
	if (args.inPlace) throw new InputError("-", "--in-place cannot replace stdin");
	const spooled = await spoolStdin();
	try {
		const report = await fixFile(spooled.path, {
			...options,
			displayPath: displayName(args, "-"),
			output: options.output ?? process.stdout
		});
		if (report.diff) process.stdout.write(report.diff);
		return report;
	} finally {
		await spooled.dispose();
	}
}
export { runFixCommand };
