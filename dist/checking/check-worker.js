import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../reading/input-error.js';
import { checkFileLazily } from './check-source.js';
import { toMessage } from './diagnostic-list.js';
/** A worker of checkFiles' pool: checks the files it is sent, one at a time. */
const options = workerData;
const port = parentPort;
port.on('message', async ({ index, path }) => {
    let reply;
    try {
        const { diagnostics, ...report } = await checkFileLazily(path, options);
        reply = { index, report, diagnostics: toMessage(diagnostics) };
    }
    catch (error) {
        reply =
            error instanceof InputError
                ? { index, unreadable: { path: error.path, message: error.message } }
                : { index, internal: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
});
