import { t as InputError } from "./input-error.js";
import "./common-run.js";
import { fstatSync } from "node:fs";
import { stat } from "node:fs/promises";
// dist/cli/output-is-input.js
/**
* Refuses, before anything is written, a report file or a repaired copy that is one of the inputs: the
* same file (device and inode), whatever path leads to it (links, `..`, another spelling). Writing it
* would replace the session with a report, or with its repair without a backup. stdin counts when it is
* a file (`< rollout.jsonl`).
*/
async function refuseOutputsThatAreInputs(outputs, inputs) {
	if (outputs.length === 0) return;
	const inputsByFile = /* @__PURE__ */ new Map();
	for (const input of inputs) {
		if ("error" in input) continue;
		const info = input.path === "-" ? stdinFile() : await stat(input.path).catch(() => void 0);
		if (info?.isFile()) inputsByFile.set(identity(info), input.path);
	}
	for (const output of outputs) {
		const info = await stat(output).catch(() => void 0);
		const input = info && inputsByFile.get(identity(info));
		if (input !== void 0) {
			const which = input === output ? "one of the inputs" : `the input ${input}`;
			throw new InputError(output, `is ${which}: writing there would overwrite the session; nothing was written`);
		}
	}
}
const identity = (info) => `${info.dev}:${info.ino}`;
function stdinFile() {
	try {
		return fstatSync(0);
	} catch {
		return;
	}
}
export { refuseOutputsThatAreInputs as t };
