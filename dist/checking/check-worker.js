import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../reading/input-error.js';
import { checkFile } from './check-source.js';
/** A worker of checkFiles' pool: checks the files it is sent, one at a time. */
const options = workerData;
const port = parentPort;
port.on('message', async ({ index, path }) => {
    let reply;
    try {
        reply = { index, report: await checkFile(path, options) };
    }
    catch (error) {
        reply =
            error instanceof InputError
                ? { index, unreadable: { path: error.path, message: error.message } }
                : { index, internal: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
});
