import { t as UnknownRuleError } from "./unknown-rule-error.js";
import { basename, sep } from "node:path";
// dist/checking/rule.js
const defineRule = (rule) => rule;
// dist/checking/rules/remove-line.js
/** The repair that drops one line; its bytes stay in the original file or its backup. */
function removeLine(line, what) {
	return {
		action: `removed ${what} at line ${line}`,
		edits: [{
			op: "remove",
			line
		}]
	};
}
// dist/checking/rules/blank-line.js
var blank_line_default = defineRule({
	name: "blank-line",
	code: "SD207",
	severity: "info",
	fixable: true,
	summary: "A line is empty or whitespace only.",
	explanation: "Clients never write blank lines; they come from hand edits and concatenation. Codex skips them, but strict JSONL readers fail on them and they shift line numbers. fix removes them.",
	create(context) {
		return { line({ number, blank }) {
			if (!blank) return;
			context.report({
				line: number,
				message: "Blank line.",
				repair: () => removeLine(number, "the blank line")
			});
		} };
	}
});
// dist/checking/rules/byte-order-mark.js
var byte_order_mark_default = defineRule({
	name: "byte-order-mark",
	code: "SD203",
	severity: "error",
	fixable: true,
	summary: "The file starts with a UTF-8 byte order mark.",
	explanation: "JSONL is UTF-8 without a byte order mark. With one, the first line is not valid JSON to Codex, so the session_meta record is lost and resume fails; editors and tools on Windows (PowerShell Set-Content, Notepad) add it when they save. This rule is reported instead of malformed-line for that first line. fix removes the three bytes.",
	create(context) {
		return { line({ number, bom }) {
			if (!bom) return;
			context.report({
				line: number,
				message: "The file starts with a UTF-8 byte order mark (EF BB BF); the first record is unreadable to Codex.",
				repair: () => ({
					action: "removed the byte order mark",
					edits: [{ op: "strip-bom" }]
				})
			});
		} };
	}
});
// dist/checking/rules/crlf-line-ending.js
var crlf_line_ending_default = defineRule({
	name: "crlf-line-ending",
	code: "SD206",
	severity: "warning",
	fixable: true,
	summary: "Lines end with CRLF instead of LF.",
	explanation: "Agents write LF line endings; CRLF comes from a Windows editor or a git checkout with autocrlf. Codex reads the records, but the lines it appends end in LF, which leaves the file mixed, and byte-exact tools see different records. Reported once per file, at the first CRLF line, with the count. fix turns every CRLF into LF.",
	create(context) {
		let first = 0;
		let count = 0;
		return {
			line({ number, eol }) {
				if (eol !== "\r\n") return;
				count += 1;
				first ||= number;
			},
			end() {
				if (count === 0) return;
				context.report({
					line: first,
					message: `${count} line${count === 1 ? " ends" : "s end"} with CRLF instead of LF (first at line ${first}).`,
					repair: () => ({
						action: `changed ${count} CRLF line ending${count === 1 ? "" : "s"} to LF`,
						edits: [{ op: "normalize-line-endings" }]
					})
				});
			}
		};
	}
});
// dist/checking/rules/describe.js
/** `function_call "exec_command" (call_id call_1)` */
function describeCall(call) {
	const name = call.item.name ? ` "${call.item.name}"` : "";
	return `${call.item.kind}${name} (call_id ${call.item.callId})`;
}
function describeOutput(output) {
	return `${output.kind} (call_id ${output.callId})`;
}
const OUTSIDE_NOTE = " It is outside the history the model sees (replaced by a later compaction or rolled back).";
const CHECKPOINT_NOTE = " It is inside a compaction checkpoint (compacted.replacement_history), which fix does not rewrite.";
// dist/checking/rules/duplicate-call-id.js
var duplicate_call_id_default = defineRule({
	name: "duplicate-call-id",
	code: "SD105",
	severity: "error",
	fixable: false,
	summary: "Two calls share one call_id.",
	explanation: "Call ids must be unique: outputs are matched to calls by call_id alone, so with two calls of one id nobody can tell which output answers which call, and the API rejects the duplicate. Reported at the later call. fix does not guess: it leaves these calls and their outputs as they are.",
	create(context) {
		return { pairing(finding) {
			if (finding.type !== "repeat-call") return;
			const { call, first, outside } = finding;
			context.report({
				line: call.line,
				message: `${describeCall(call)} reuses the call_id of the call at line ${first.line}.${outside ? OUTSIDE_NOTE : ""}`,
				callId: call.item.callId,
				outsideHistory: outside
			});
		} };
	}
});
// dist/checking/rules/duplicate-output.js
var duplicate_output_default = defineRule({
	name: "duplicate-output",
	code: "SD104",
	severity: "error",
	fixable: true,
	summary: "A call is answered more than once.",
	explanation: "A second output of the right kind for a call that already has one. Codex sends both copies to the model on resume, and strict consumers (the API, dataset builders) reject or double-count them. Reported at the later copy; fix keeps the first output and removes the later one.",
	create(context) {
		return { pairing(finding) {
			if (finding.type !== "extra-output") return;
			const { output, call, answer, outside, ambiguous } = finding;
			const inCheckpoint = output.inCheckpoint;
			context.report({
				line: output.line,
				message: `${describeCall(call)} at line ${call.line} is already answered at line ${answer.line}; this ${output.kind} is a second answer.${outside ? OUTSIDE_NOTE : ""}${inCheckpoint ? CHECKPOINT_NOTE : ""}${ambiguous ? " Its call_id is used by more than one call." : ""}`,
				callId: output.callId,
				outsideHistory: outside,
				fixable: !inCheckpoint && !ambiguous,
				repair: () => removeLine(output.line, `the duplicate ${output.kind}`)
			});
		} };
	}
});
// dist/checking/rules/empty-file.js
var empty_file_default = defineRule({
	name: "empty-file",
	code: "SD308",
	severity: "warning",
	fixable: false,
	summary: "The file holds no record.",
	explanation: "The file is empty, or holds only blank and unreadable lines. Codex cannot resume it (\"empty session file\", \"contains no valid records\"). It is usually a session that never ran a turn, or a copy that failed. There is nothing to repair.",
	create(context) {
		return { end({ records }) {
			if (records === 0) context.report({
				line: 1,
				message: "The file holds no record."
			});
		} };
	}
});
// dist/checking/rules/final-record-missing-ordinal.js
const rule = defineRule({
	name: "final-record-missing-ordinal",
	code: "SD302",
	severity: "error",
	fixable: true,
	summary: "The last record of a paginated rollout has no ordinal.",
	explanation: "In the paginated history mode (session_meta history_mode \"paginated\", the default of new Codex sessions) Codex numbers the next record from the last record's ordinal, and refuses to resume a file whose final record has none (\"final paginated rollout record … is missing an ordinal\"). Records in the middle may omit it. A hand-appended line or a tool that rewrote the file causes this. fix gives the final record an ordinal one above the highest in the file; every repair keeps this true, so an output inserted at the end carries one too.",
	create(context) {
		/** Whether the last record seen fails its schema: fix does not rewrite such a record. */
		let lastInvalid = false;
		return {
			record({ info }) {
				lastInvalid = info.invalid !== void 0;
			},
			end({ paginated, lastRecord, maxOrdinal }) {
				if (!paginated || !lastRecord || lastRecord.ordinal !== void 0) return;
				const next = (maxOrdinal ?? -1) + 1;
				context.report({
					line: lastRecord.line,
					message: "The final record of this paginated rollout has no ordinal; Codex refuses to resume the file." + (lastInvalid ? " The record is also invalid (see invalid-record), so fix leaves it." : ""),
					fixable: context.format() !== void 0 && !lastInvalid,
					repair: () => ({
						action: `gave the final record "ordinal":${next}`,
						edits: []
					})
				});
			}
		};
	}
});
/** The repair of a final record that no diagnostic named: it became final when a repair dropped the lines after it. */
function finalOrdinalRepair(edit, ordinal) {
	return {
		rule: rule.name,
		code: rule.code,
		severity: rule.severity,
		line: edit.line,
		message: "After the repair this is the final record of a paginated rollout, and it has no ordinal; Codex would refuse to resume the file.",
		fixable: true,
		repair: {
			action: `gave the final record "ordinal":${ordinal}`,
			edits: [edit]
		}
	};
}
/**
* Keeps the paginated invariant through any repair: the final record written carries an ordinal above
* every other. An inserted final line gets one; otherwise the last kept record gets one if it has none.
* Mid-file inserts carry none, which Codex accepts, so no existing line has to be renumbered.
*/
function ensureFinalOrdinal(facts, format, plan) {
	if (!facts.paginated) return [];
	const next = (facts.maxOrdinal ?? -1) + 1;
	for (let line = facts.lines; line > 0; line -= 1) {
		if (plan.truncated(line)) continue;
		const inserts = plan.insertsAfter.get(line);
		if (inserts?.length) {
			const last = inserts.length - 1;
			const numbered = format.withOrdinal(Buffer.from(inserts[last]), next);
			if (numbered) inserts[last] = numbered.toString("utf8");
			return [];
		}
		if (!plan.removed(line) && facts.recordLines.has(line)) return facts.unnumberedLines.has(line) ? [{
			op: "rewrite",
			line,
			apply: (bytes) => format.withOrdinal(bytes, next)
		}] : [];
	}
	return [];
}
// dist/checking/rules/invalid-record.js
var invalid_record_default = defineRule({
	name: "invalid-record",
	code: "SD204",
	severity: "error",
	fixable: false,
	summary: "A record does not match the schema the client expects.",
	explanation: "The line is valid JSON, but a record that matters (session_meta, a call or output item, a compaction checkpoint, a rollback event) lacks a required field or has one of the wrong type, e.g. a function_call without a string arguments field, or an output that is an object instead of a string. Codex fails to decode such a line and skips it, so the call or output it held is missing from the history; an invalid first session_meta makes resume fail. The right content cannot be guessed, so fix leaves it.",
	create(context) {
		return { record({ line, info }) {
			if (info.invalid === void 0) return;
			context.report({
				line,
				message: `${info.label} record is invalid: ${info.invalid}.`
			});
		} };
	}
});
// dist/checking/rules/legacy-format.js
var legacy_format_default = defineRule({
	name: "legacy-format",
	code: "SD305",
	severity: "warning",
	fixable: false,
	summary: "The file uses a Codex format that current Codex cannot resume.",
	explanation: "Codex builds from May to September 2025 wrote a bare session header line followed by bare response items (and {\"record_type\":\"state\"} snapshots). Current Codex reads every such line as a parse error and fails to resume with \"failed to parse thread ID from rollout file\". The pairing rules still apply to these files. Converting to the current envelope is not done by fix.",
	create(context) {
		return { record({ line, first }) {
			const format = context.format();
			if (!first || !format?.legacy) return;
			context.report({
				line,
				message: `This file is a ${format.description}; current Codex cannot resume it.`
			});
		} };
	}
});
// dist/checking/rules/malformed-line.js
var malformed_line_default = defineRule({
	name: "malformed-line",
	code: "SD201",
	severity: "error",
	fixable: true,
	summary: "A line is not a JSON object.",
	explanation: "Each line of a session file must be one JSON object. A crash in the middle of a write leaves a torn line; when the client next appends it first adds the missing newline, so torn fragments also end up in the middle of a file. Invalid UTF-8 and stray bytes have the same effect. Codex skips such lines with a warning on every load, and whatever record the line held is lost to it already. fix removes the line; its bytes stay in the original (or the .bak backup with --in-place).",
	create(context) {
		return { line({ number, eol, parseError }) {
			if (parseError === void 0 || eol === "") return;
			context.report({
				line: number,
				message: `Line is not a JSON object: ${parseError}.`,
				repair: () => removeLine(number, "the malformed line")
			});
		} };
	}
});
// dist/checking/rules/mismatched-output-kind.js
var mismatched_output_kind_default = defineRule({
	name: "mismatched-output-kind",
	code: "SD103",
	severity: "error",
	fixable: true,
	summary: "A call is answered by an output of the wrong kind.",
	explanation: "function_call and local_shell_call are answered by function_call_output, custom_tool_call by custom_tool_call_output, tool_search_call by tool_search_output. Codex does not pair across kinds: it treats the call as unanswered and the output as an orphan, and the API rejects the request. Reported once, at the output, not also as missing-output and orphan-output. When it is the call's only answer, fix rewrites its type (and its id prefix) to the kind the call expects and keeps its content, the real result of that call; when the call already has a right-kind output, fix removes it. Conversions to or from tool_search_output change the content shape and are not made.",
	create(context) {
		return { pairing(finding) {
			if (finding.type !== "wrong-kind") return;
			const { output, call, outside, resolution, ambiguous } = finding;
			const expected = call.item.expects;
			const note = resolution === "remove" ? " The call already has another answer." : "";
			const inCheckpoint = output.inCheckpoint || call.inCheckpoint;
			context.report({
				line: output.line,
				message: `${output.kind} answers ${describeCall(call)} at line ${call.line}, which expects a ${expected}.${note}${outside ? OUTSIDE_NOTE : ""}${inCheckpoint ? CHECKPOINT_NOTE : ""}${ambiguous ? " Its call_id is used by more than one call." : ""}`,
				callId: output.callId,
				outsideHistory: outside,
				fixable: !inCheckpoint && !ambiguous && (resolution === "remove" || retypeable(output, expected)),
				repair: () => resolution === "remove" ? removeLine(output.line, `the extra ${output.kind}`) : retype(context, output, expected)
			});
		} };
	}
});
function retypeable(output, expected) {
	return output.kind !== "tool_search_output" && expected !== "tool_search_output";
}
function retype(context, output, expected) {
	const format = context.format();
	if (!format) return void 0;
	return {
		action: `changed the ${output.kind} at line ${output.line} into a ${expected}`,
		edits: [{
			op: "rewrite",
			line: output.line,
			apply: (bytes) => format.retypeOutput(bytes, expected)
		}]
	};
}
// dist/checking/rules/missing-final-newline.js
var missing_final_newline_default = defineRule({
	name: "missing-final-newline",
	code: "SD205",
	severity: "warning",
	fixable: true,
	summary: "The last record has no newline after it.",
	explanation: "Every line of a JSONL file ends with a newline. Without one, the next append is glued onto the last record (Codex adds the newline first, other writers may not), and line-based tools miscount. fix adds the newline.",
	create(context) {
		return { line({ number, eol, blank, parseError }) {
			if (eol !== "" || blank || parseError !== void 0) return;
			context.report({
				line: number,
				message: "The last record has no newline after it.",
				repair: () => ({
					action: "added the final newline",
					edits: [{
						op: "rewrite",
						line: number,
						apply: (bytes) => bytes[bytes.length - 1] === 13 ? bytes.subarray(0, -1) : bytes
					}, {
						op: "end-line",
						line: number
					}]
				})
			});
		} };
	}
});
// dist/checking/rules/missing-output.js
var missing_output_default = defineRule({
	name: "missing-output",
	code: "SD101",
	severity: "error",
	fixable: true,
	summary: "A tool call has no output.",
	explanation: "Every function_call, local_shell_call, custom_tool_call and client tool_search_call must be answered by exactly one output of the matching kind with the same call_id. A call is left unanswered when the agent process dies while the tool runs. On every resume Codex then inserts an \"aborted\" output in memory (and logs an error for custom and local shell calls); the Responses API rejects such a history outright (\"No tool output found\"). fix inserts, right after the call, exactly the output Codex would synthesize (same kind, \"aborted\", same deterministic id, the call's timestamp), so the model sees the same history and Codex stops patching it; with --strategy truncate it instead ends the session before the unanswered call, when only the unfinished tail would be lost.",
	create(context) {
		const unanswered = [];
		/** The lines of each call id's calls and outputs: a cut must not fall between two of them. */
		const uses = [];
		/** Outputs other repairs remove (orphans, second answers, extra wrong-kind answers): they do not count. */
		const removable = /* @__PURE__ */ new Set();
		return {
			record({ line, info }) {
				if (context.options.strategy !== "truncate") return;
				for (const item of [...info.replacesHistory ?? [], ...info.items]) if (item.role === "call" || item.role === "output") uses.push({
					callId: item.callId,
					line
				});
			},
			pairing(finding) {
				if (finding.type === "unanswered") unanswered.push(finding);
				else if (finding.type === "orphan" && !finding.output.inCheckpoint) removable.add(finding.output.line);
				else if ((finding.type === "extra-output" || finding.type === "wrong-kind" && finding.resolution === "remove") && !finding.ambiguous && !finding.output.inCheckpoint) removable.add(finding.output.line);
			},
			end(facts) {
				const truncation = context.options.strategy === "truncate" ? planTruncation(unanswered, facts, spansOf(uses, removable)) : void 0;
				for (const entry of unanswered) report(context, entry, truncation);
			}
		};
	}
});
/** The first and last line at which each call id is used, leaving out the given lines. */
function spansOf(uses, except) {
	const spans = /* @__PURE__ */ new Map();
	for (const { callId, line } of uses) {
		if (except.has(line)) continue;
		const span = spans.get(callId);
		if (span) span.last = line;
		else spans.set(callId, {
			callId,
			first: line,
			last: line
		});
	}
	return spans;
}
function report(context, { call, outside, ambiguous }, truncation) {
	const kind = call.item.expects;
	const why = call.inCheckpoint ? CHECKPOINT_NOTE : ambiguous ? " Its call_id is used by more than one call." : "";
	const refusal = !outside && truncation?.refusal ? ` ${truncation.refusal}` : "";
	context.report({
		line: call.line,
		message: `${describeCall(call)} has no ${kind}.${outside ? OUTSIDE_NOTE : ""}${why}${refusal}`,
		callId: call.item.callId,
		outsideHistory: outside,
		fixable: !call.inCheckpoint && !ambiguous && !refusal,
		repair: () => truncation && !outside ? truncate(truncation.cut) : insertPlaceholder(context, call)
	});
}
function insertPlaceholder(context, call) {
	const format = context.format();
	if (!format) return void 0;
	const text = format.renderPlaceholder({
		...call.item,
		...call.timestamp !== void 0 && { timestamp: call.timestamp }
	}, { text: context.options.placeholderText });
	return {
		action: `inserted ${call.item.expects === "tool_search_output" ? "an empty" : `an "${context.options.placeholderText}"`} ${call.item.expects} after line ${call.line}`,
		edits: [{
			op: "insert-after",
			line: call.line,
			text
		}]
	};
}
function truncate(cut) {
	return {
		action: `ended the session before line ${cut} (dropped the unfinished tail)`,
		edits: [{
			op: "truncate-from",
			line: cut
		}]
	};
}
/**
* Cuts before the first unanswered call in the effective history, together with the reasoning that
* introduced it; refuses when that would also drop a later turn, or split a call from its output.
*/
function planTruncation(unanswered, facts, spans) {
	const inHistory = unanswered.filter((entry) => !entry.outside && !entry.call.inCheckpoint);
	if (inHistory.length === 0) return void 0;
	const cut = inHistory.reduce((first, entry) => Math.min(first, entry.call.runStart), Infinity);
	for (const { callId, first, last } of spans.values()) if (first < cut && last >= cut) return {
		cut,
		refusal: `--strategy truncate refused: ending the session before line ${cut} would split call_id ${callId} (lines ${first} and ${last}); use the placeholder strategy.`
	};
	const laterTurns = facts.turnBoundaries.filter((line) => line > cut).length;
	if (laterTurns === 0) return { cut };
	return {
		cut,
		refusal: `--strategy truncate refused: ending the session before line ${cut} would drop ${facts.lines - cut + 1} lines including ${laterTurns} later turn boundaries; use the placeholder strategy.`
	};
}
// dist/checking/rules/missing-session-meta.js
var missing_session_meta_default = defineRule({
	name: "missing-session-meta",
	code: "SD301",
	severity: "error",
	fixable: false,
	summary: "The first record is not the session header.",
	explanation: "A Codex rollout starts with its session_meta record: the session id, working folder and history mode. Codex refuses to resume a file whose first record is anything else (\"rollout … does not start with session metadata\") and cannot even list it. A torn or hand-edited first line causes this. The header's content (ids, paths, base instructions) cannot be reconstructed, so fix does not invent one.",
	create(context) {
		return { record({ line, info, first }) {
			if (!first || info.header || !context.format()?.requiresHeader) return;
			context.report({
				line,
				message: `The first record is ${info.label}, not session_meta; Codex refuses to resume the file.`
			});
		} };
	}
});
// dist/checking/rules/non-canonical-file-name.js
/** rollout-YYYY-MM-DDThh-mm-ss-<uuid>[_<rollout id>].jsonl[.zst] (codex-rollout-format §1). */
const CANONICAL = /^rollout-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:_[^./]+)?\.jsonl(?:\.zst)?$/i;
var non_canonical_file_name_default = defineRule({
	name: "non-canonical-file-name",
	code: "SD304",
	severity: "warning",
	fixable: false,
	summary: "A rollout's file name is not the one Codex gives it.",
	explanation: "Codex lists and resumes only files named rollout-<local time>-<session id>.jsonl under its sessions folder, and refuses a paginated rollout without such a name (\"does not have a canonical rollout filename\"). Checked for files whose name starts with rollout- or that sit in a sessions folder, and only for the current Codex format. A copy such as ….fixed.jsonl is also indexed as a second copy of the session. Renaming is left to you.",
	create(context) {
		return { record({ line, info, first }) {
			if (!first || context.format()?.name !== "codex" || context.path === "-") return;
			const name = basename(context.path);
			if (!name.startsWith("rollout-") && !context.path.split(sep).includes("sessions")) return;
			const match = CANONICAL.exec(name);
			const sessionId = info.header?.sessionId;
			if (!match) context.report({
				line,
				message: `File name "${name}" is not rollout-<YYYY-MM-DDThh-mm-ss>-<session id>.jsonl; Codex will not list or resume it.`
			});
			else if (sessionId && match[1].toLowerCase() !== sessionId.toLowerCase()) context.report({
				line,
				message: `File name names session ${match[1]}, but its session_meta says ${sessionId}.`
			});
		} };
	}
});
// dist/checking/rules/ordinal-regression.js
var ordinal_regression_default = defineRule({
	name: "ordinal-regression",
	code: "SD303",
	severity: "warning",
	fixable: false,
	summary: "A record's ordinal does not increase.",
	explanation: "In a paginated rollout each ordinal must be greater than the one before it (gaps are fine). Known Codex bugs reuse ordinals after a resume; Codex then warns while projecting the thread history and can hide newer messages (\"thread history projection … expected ordinal N, got N-1\"). The records themselves are intact. Renumbering would rewrite every later line and desynchronize Codex's own index, so fix leaves it.",
	create(context) {
		let highest = -1;
		let highestLine = 0;
		return { record({ line, info }) {
			if (info.ordinal === void 0) return;
			if (highest >= 0 && info.ordinal <= highest) context.report({
				line,
				message: `Ordinal ${info.ordinal} does not increase (line ${highestLine} has ${highest}).`
			});
			if (info.ordinal > highest) {
				highest = info.ordinal;
				highestLine = line;
			}
		} };
	}
});
// dist/checking/rules/orphan-output.js
var orphan_output_default = defineRule({
	name: "orphan-output",
	code: "SD102",
	severity: "error",
	fixable: true,
	summary: "A tool output answers no call.",
	explanation: "An output item whose call_id matches no call anywhere in the history. Codex drops it from every request it builds (logging \"Orphan … output for call id\") and the Responses API rejects it (\"No tool call found for function call output\"). Orphans come from lost call lines, hand edits, or merged sessions. fix removes the line; its bytes stay in the original (or the .bak backup with --in-place).",
	create(context) {
		return { pairing(finding) {
			if (finding.type !== "orphan") return;
			const { output, outside } = finding;
			context.report({
				line: output.line,
				message: `${describeOutput(output)} answers no call.${outside ? OUTSIDE_NOTE : ""}${output.inCheckpoint ? CHECKPOINT_NOTE : ""}`,
				callId: output.callId,
				outsideHistory: outside,
				fixable: !output.inCheckpoint,
				repair: () => removeLine(output.line, `the orphan ${output.kind}`)
			});
		} };
	}
});
// dist/checking/rules/output-before-call.js
var output_before_call_default = defineRule({
	name: "output-before-call",
	code: "SD107",
	severity: "error",
	fixable: false,
	summary: "A tool output comes before its call.",
	explanation: "An output must come after the call it answers. Codex pairs by set membership and accepts it, but the Responses API requires each output to follow its call, and dataset consumers read the history in order. Moving records changes the order of the session, so fix reports it and leaves it.",
	create(context) {
		return { pairing(finding) {
			if (finding.type !== "early-output") return;
			const { output, call, outside } = finding;
			context.report({
				line: output.line,
				message: `${describeOutput(output)} comes before its call, ${describeCall(call)} at line ${call.line}.${outside ? OUTSIDE_NOTE : ""}`,
				callId: output.callId,
				outsideHistory: outside
			});
		} };
	}
});
// dist/checking/rules/output-without-call-id.js
var output_without_call_id_default = defineRule({
	name: "output-without-call-id",
	code: "SD106",
	severity: "error",
	fixable: false,
	summary: "A tool output has no call_id.",
	explanation: "A function_call_output or custom_tool_call_output without a call_id cannot be paired with any call. Newer Codex builds persist such standalone outputs for injected messages and keep them, but the Responses API rejects the request (\"Invalid Value: 'input.call_id'. Function call output requires call_id.\"). Nothing says which call it answered, so fix does not guess.",
	create(context) {
		return { pairing(finding) {
			if (finding.type !== "unpairable-output") return;
			context.report({
				line: finding.line,
				message: `${finding.kind} has no call_id; the Responses API rejects it.${finding.outside ? OUTSIDE_NOTE : ""}`,
				outsideHistory: finding.outside
			});
		} };
	}
});
// dist/checking/rules/torn-final-line.js
var torn_final_line_default = defineRule({
	name: "torn-final-line",
	code: "SD202",
	severity: "error",
	fixable: true,
	summary: "The last line is incomplete JSON without a newline.",
	explanation: "The file ends in the middle of a record: the process was killed or the disk filled while the client was writing the line. Codex skips it, and on its next append adds a newline after the fragment, which leaves a malformed line in the middle of the file for good. (A live session that is being written right now can also look like this: check again once it has finished.) fix removes the fragment; its bytes stay in the original (or the .bak backup).",
	create(context) {
		return { line({ number, eol, parseError }) {
			if (parseError === void 0 || eol !== "") return;
			context.report({
				line: number,
				message: `The last line is cut off: ${parseError}.`,
				repair: () => removeLine(number, "the torn final line")
			});
		} };
	}
});
// dist/checking/rules/unfinished-turn.js
var unfinished_turn_default = defineRule({
	name: "unfinished-turn",
	code: "SD307",
	severity: "info",
	fixable: false,
	summary: "The last turn started but never ended.",
	explanation: "The file ends inside a turn: no task_complete or turn_aborted follows the last task_started. The session was interrupted (or is still running). Codex marks such a turn interrupted when it resumes the session. Nothing needs repairing for this alone; a call left without output is reported by missing-output.",
	create(context) {
		let open;
		return {
			record({ line, info }) {
				if (info.turn === "start") open = line;
				else if (info.turn === "end") open = void 0;
			},
			end() {
				if (open !== void 0) context.report({
					line: open,
					message: `The turn started at line ${open} never ended; the session was interrupted or is still running.`
				});
			}
		};
	}
});
// dist/checking/rules/index.js
/** Every rule, in code order: the order diagnostics on one line are listed in. */
const RULES = [
	missing_output_default,
	orphan_output_default,
	mismatched_output_kind_default,
	duplicate_output_default,
	duplicate_call_id_default,
	output_without_call_id_default,
	output_before_call_default,
	malformed_line_default,
	torn_final_line_default,
	byte_order_mark_default,
	invalid_record_default,
	missing_final_newline_default,
	crlf_line_ending_default,
	blank_line_default,
	missing_session_meta_default,
	rule,
	ordinal_regression_default,
	non_canonical_file_name_default,
	legacy_format_default,
	defineRule({
		name: "unknown-record-type",
		code: "SD306",
		severity: "info",
		fixable: false,
		summary: "A record type this tool does not know.",
		explanation: "New client versions add record and item types. Unknown records are passed through untouched by check and fix; older Codex builds skip lines with an unknown top-level type. Reported once per type, at its first line, with the count, so that a new format generation is noticed.",
		create(context) {
			const seen = /* @__PURE__ */ new Map();
			return {
				record({ line, info }) {
					if (info.known) return;
					const entry = seen.get(info.label);
					if (entry) entry.count += 1;
					else seen.set(info.label, {
						line,
						count: 1
					});
				},
				end() {
					for (const [label, { line, count }] of seen) context.report({
						line,
						message: `Unknown record type "${label}" (${count} record${count === 1 ? "" : "s"}), passed through untouched.`
					});
				}
			};
		}
	}),
	unfinished_turn_default,
	empty_file_default
];
// dist/checking/select-rules.js
function matches(rule, token) {
	const upper = token.toUpperCase();
	return upper === "ALL" || token === rule.name || /^SD\d*$/.test(upper) && rule.code.startsWith(upper);
}
function ruleMatcher(tokens) {
	if (tokens === void 0) return void 0;
	for (const token of tokens) if (!RULES.some((rule) => matches(rule, token))) throw new UnknownRuleError(token);
	return (rule) => tokens.some((token) => matches(rule, token));
}
/** The rules to run and their severities. Throws UnknownRuleError for a name that matches no rule. */
function selectRules(selection = {}) {
	const selected = ruleMatcher(selection.select);
	const ignored = ruleMatcher(selection.ignore);
	const overrides = selection.severities ?? {};
	for (const key of Object.keys(overrides)) if (!RULES.some((rule) => rule.name === key || rule.code === key.toUpperCase())) throw new UnknownRuleError(key);
	const enabled = [];
	for (const rule of RULES) {
		if (selected && !selected(rule)) continue;
		if (ignored?.(rule)) continue;
		const override = overrides[rule.name] ?? overrides[rule.code];
		if (override === "off") continue;
		enabled.push({
			rule,
			severity: override ?? rule.severity
		});
	}
	return enabled;
}
function findRule(token) {
	const upper = token.toUpperCase();
	return RULES.find((rule) => rule.name === token || rule.code === upper);
}
export { finalOrdinalRepair as a, ensureFinalOrdinal as i, selectRules as n, rule as o, RULES as r, findRule as t };
