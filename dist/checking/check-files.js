import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { workerThreads } from '../builtins.js';
import { FORMAT_NAMES } from '../formats/names.js';
import { InputError } from '../reading/input-error.js';
import { checkFileLazily } from './check-source.js';
import { fromMessage, toMessage } from './diagnostic-list.js';
/** Below this many files, starting workers (~40 ms each) costs more than it saves. */
const PARALLEL_MIN_FILES = 16;
/**
 * Below this many bytes in all, one thread checks the files faster than several: a worker takes some 60
 * ms and 10 MiB to start, and warms up its own copy of the compiled code. Measured on 2 cores: 5,000
 * sessions of 26 KB (131 MB) in 0.87 s on one thread against 1.01 s on two (peak RSS 78 against 97 MiB);
 * 20 of 10 MB, 0.86-0.90 s against 0.86-1.04 s; 16 small ones, 0.15-0.20 s against 0.22-0.28 s.
 */
const PARALLEL_MIN_BYTES = 256 << 20;
/** Whether the files hold at least `bytes` (stopping once they do); a file that cannot be read counts for nothing. */
function holdAtLeast(paths, bytes) {
    let total = 0;
    for (const path of paths) {
        try {
            total += statSync(path).size;
        }
        catch {
            // Reported when it is checked.
        }
        if (total >= bytes)
            return true;
    }
    return false;
}
/**
 * Checks many files and returns their outcomes in the order given. Many files holding much are spread
 * over threads, one per core, each taking the next file when it is free; the others are checked here.
 * `onDone` is called as each file finishes (for progress). `threadsAsked` overrides that choice (no more
 * threads than files, though).
 */
export async function checkFiles(paths, options, onDone, threadsAsked) {
    const cores = Math.min(availableParallelism(), 4, Math.floor(paths.length / (PARALLEL_MIN_FILES / 2)));
    const auto = cores >= 2 && holdAtLeast(paths, PARALLEL_MIN_BYTES) ? cores : 1;
    const threads = threadsAsked === undefined ? auto : Math.min(threadsAsked, paths.length);
    if (threads < 2) {
        const outcomes = [];
        for (const path of paths) {
            outcomes.push(await checkOne(path, options));
            onDone?.(path);
        }
        return outcomes;
    }
    return checkInThreads(paths, options, threads, onDone);
}
async function checkOne(path, options) {
    try {
        return await checkFileLazily(path, options);
    }
    catch (error) {
        if (error instanceof InputError)
            return { path, error };
        throw error;
    }
}
/**
 * A worker's report as the run holds it until the end: with this thread's own path string and format name
 * instead of the copies the message made (some 150 bytes a file, on a store of 80,000).
 */
function asHeld(path, { format, records, lines }, diagnostics) {
    const name = FORMAT_NAMES.find((known) => known === format);
    return { path, ...(name && { format: name }), records, lines, diagnostics };
}
/** Files sent to a worker in one message: up to 32, fewer as the end nears, so that the threads finish together. */
const batchSize = (left, threads) => Math.max(1, Math.min(32, Math.floor(left / (threads * 4))));
/**
 * The main thread checks files too, between the messages of threads - 1 workers: one isolate fewer for the
 * same cores (measured on 5,000 files on 2 cores: 1.9 → 1.6 s, peak RSS 106 → 102 MiB). Each worker holds
 * two batches of files, so that it never waits for the main thread to finish a file before it gets more.
 * A message per file cost more than checking a small one (each wakes the other thread).
 */
async function checkInThreads(paths, options, threads, onDone) {
    const outcomes = new Array(paths.length);
    let next = 0;
    let failure;
    // A small young generation per worker: measured on 5,000 files, peak RSS 126 → 109 MiB at the same speed.
    const pool = Array.from({ length: threads - 1 }, () => new (workerThreads().Worker)(new URL('./check-worker.js', import.meta.url), { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: 4 } }));
    const finished = pool.map((worker) => new Promise((resolve) => {
        let held = 0;
        const feed = () => {
            while (held < 2 && next < paths.length && !failure) {
                const batch = [];
                for (let size = batchSize(paths.length - next, threads); size > 0 && next < paths.length; size -= 1)
                    batch.push({ index: next, path: paths[next++] });
                worker.postMessage(batch);
                held += 1;
            }
            if (held === 0)
                resolve();
        };
        worker.on('message', (replies) => {
            held -= 1;
            for (const reply of replies) {
                if ('internal' in reply)
                    failure ??= new Error(reply.internal);
                else {
                    outcomes[reply.index] = 'report' in reply ? asHeld(paths[reply.index], reply.report, fromMessage(reply.diagnostics)) : { path: reply.unreadable.path, error: new InputError(reply.unreadable.path, reply.unreadable.message) };
                    onDone?.(paths[reply.index]);
                }
            }
            feed();
        });
        worker.on('error', (error) => {
            failure ??= error;
            resolve();
        });
        feed();
    }));
    try {
        while (next < paths.length && !failure) {
            const index = next++;
            outcomes[index] = await checkOne(paths[index], options);
            onDone?.(paths[index]);
        }
        await Promise.all(finished);
    }
    finally {
        await Promise.all(pool.map((worker) => worker.terminate()));
    }
    if (failure)
        throw failure;
    return outcomes;
}
