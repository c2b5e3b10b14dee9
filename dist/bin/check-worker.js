import { t as InputError } from "./input-error.js";
import { n as checkFile } from "./check-source.js";
import { parentPort, workerData } from "node:worker_threads";
// dist/checking/check-worker.js
/** A worker of checkFiles' pool: checks the files it is sent, one at a time. */
const options = workerData;
const port = parentPort;
port.on("message", async ({ index, path }) => {
	let reply;
	try {
		reply = {
			index,
			report: await checkFile(path, options)
		};
	} catch (error) {
		reply = error instanceof InputError ? {
			index,
			unreadable: {
				path: error.path,
				message: error.message
			}
		} : {
			index,
			internal: error instanceof Error ? error.message : String(error)
		};
	}
	port.postMessage(reply);
});
export {};
