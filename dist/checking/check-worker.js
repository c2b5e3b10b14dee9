import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../reading/input-error.js';
import { checkFileLazily } from './check-source.js';
import { toMessage } from './diagnostic-list.js';
/** A worker of checkFiles' pool: checks the files of each batch it is sent, one at a time, and answers for the batch. */
const options = workerData;
const port = parentPort;
async function checked({ index, path }) {
    try {
        const { diagnostics, ...report } = await checkFileLazily(path, options);
        return { index, report, diagnostics: toMessage(diagnostics) };
    }
    catch (error) {
        return error instanceof InputError
            ? { index, unreadable: { path: error.path, message: error.message } }
            : { index, internal: error instanceof Error ? error.message : String(error) };
    }
}
/** Batches waiting: one is checked at a time (two at once would each hold their read buffers and report). */
const waiting = [];
let busy = false;
port.on('message', async (batch) => {
    waiting.push(batch);
    if (busy)
        return;
    busy = true;
    for (let next = waiting.shift(); next; next = waiting.shift()) {
        const replies = [];
        for (const file of next)
            replies.push(await checked(file));
        port.postMessage(replies);
    }
    busy = false;
});
