import { a as printable } from "./unknown-rule-error.js";
import { n as toInputError, t as InputError } from "./input-error.js";
import { a as syncFolder, i as refuseReplacing, r as refuseIfChangedOrOpen } from "./fix-file.js";
import { t as formatBytes } from "./progress.js";
import { n as writeReport } from "./report-output.js";
import { t as UsageError } from "./usage-error.js";
import { readdir, realpath, rename, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
// dist/repairing/restore.js
/** The backups of a file, oldest first. A link is followed: backups sit beside the link's target, as fix makes them. */
async function listBackups(path) {
	const real = await realpath(path).catch((error) => Promise.reject(toInputError(path, error)));
	const folder = dirname(real);
	const name = basename(real);
	const shownFolder = real === resolve(path) ? dirname(path) : folder;
	const backups = [];
	for (const entry of await readdir(folder).catch((error) => Promise.reject(toInputError(folder, error)))) {
		const index = backupIndex(name, entry);
		if (index === void 0) continue;
		const info = await stat(join(folder, entry)).catch(() => void 0);
		if (info?.isFile()) backups.push({
			path: join(shownFolder, entry),
			index,
			size: info.size,
			mtimeMs: info.mtimeMs
		});
	}
	return backups.sort((a, b) => a.index - b.index);
}
function backupIndex(name, entry) {
	if (entry === `${name}.bak`) return 0;
	const suffix = entry.startsWith(`${name}.bak.`) ? entry.slice(name.length + 5) : "";
	return /^[1-9][0-9]*$/.test(suffix) ? Number(suffix) : void 0;
}
/**
* Puts the newest backup of `path` back, atomically (a rename over the file, then a folder fsync). Refuses
* what fix refuses to replace: a file a process holds open for writing, one modified in the last
* `minAgeSeconds` (a live session: its writer would go on writing to the replaced file) unless `force`, and
* one that changes meanwhile.
*/
async function restoreBackup(path, options = {}) {
	const before = await stat(path).catch((error) => Promise.reject(toInputError(path, error)));
	if (!before.isFile()) throw new InputError(path, "not a regular file");
	const newest = (await listBackups(path)).at(-1);
	if (!newest) throw new InputError(path, `no backup to restore (${basename(path)}.bak, made by fix --in-place)`);
	await refuseReplacing(path, before, options);
	const real = await realpath(path).catch((error) => Promise.reject(toInputError(path, error)));
	const source = join(dirname(real), basename(newest.path));
	await refuseIfChangedOrOpen(path, before, options);
	try {
		await rename(source, real);
		await syncFolder(dirname(real));
	} catch (error) {
		throw toInputError(path, error);
	}
	return {
		path,
		restoredFrom: newest.path
	};
}
// dist/cli/run-restore.js
/**
* `session-doctor restore FILE…`: puts each file's newest backup back (or lists the backups with --list).
* Exit 0 when every file was restored, 2 when one could not be (no backup, a live file): that file is
* named on stderr and the others are still restored.
*/
async function runRestoreCommand(args) {
	if (args.files.length === 0) throw new UsageError("restore: name the files to restore (session-doctor restore FILE…)");
	let code = 0;
	const out = [];
	for (const file of args.files) try {
		if (args.list) out.push(...await backupLines(file));
		else {
			const { restoredFrom } = await restoreBackup(file, {
				force: args.force,
				minAgeSeconds: args.minAge
			});
			out.push(`restored ${printable(file)} from ${printable(restoredFrom)}`);
		}
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
		code = 2;
		process.stderr.write(`session-doctor: ${printable(error.path)}: ${printable(error.message)}\n`);
	}
	await writeReport(out.length > 0 ? `${out.join("\n")}\n` : "", void 0);
	return code;
}
async function backupLines(file) {
	const backups = await listBackups(file);
	if (backups.length === 0) return [`${printable(file)}: no backups`];
	return [`${printable(file)}: ${backups.length === 1 ? "1 backup" : `${backups.length} backups`}, newest last (restore puts the newest back)`, ...backups.map((backup) => `  ${printable(backup.path)}  ${formatBytes(backup.size)}  ${new Date(backup.mtimeMs).toISOString()}`)];
}
export { runRestoreCommand };
