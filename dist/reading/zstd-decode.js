import { createRequire } from 'node:module';
import { workerThreads } from '../builtins.js';
/**
 * fzstd (pure JS) loops forever on some corrupt frames (a damaged FSE table), so it runs in a worker
 * thread: a chunk that yields nothing for this long means the decoder is stuck, and the worker is ended.
 * A healthy 1 MiB chunk decodes in milliseconds. (SESSION_DOCTOR_ZSTD_STALL_MS shortens it for tests.)
 */
const stallMs = () => Number(process.env.SESSION_DOCTOR_ZSTD_STALL_MS) || 10_000;
/** The worker: an fzstd stream decoder, new for each stream, fed chunk by chunk; its output goes back with each answer. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Decompress } = require(workerData.fzstd);
let out = [];
let decoder;
parentPort.on('message', ({ chunk, final, first }) => {
  if (first) decoder = new Decompress((data) => out.push(data));
  try {
    decoder.push(chunk, final);
    parentPort.postMessage({ chunks: out });
  } catch (error) {
    parentPort.postMessage({ error: error && error.message ? error.message : String(error) });
  }
  out = [];
});
`;
/** Where fzstd is, for the worker: looked up at the first stream (a lookup of package.json files). */
let fzstd;
/** Workers between streams: starting one costs more than decoding a small file. Idle ones keep no process alive. */
const idle = [];
/** Decompresses a zstd stream; a corrupt one fails with "not a valid zstd file (…)", and never hangs. */
export async function* decompressZstd(compressed) {
    fzstd ??= createRequire(import.meta.url).resolve('fzstd');
    const worker = idle.pop() ?? new (workerThreads().Worker)(WORKER_SOURCE, { eval: true, workerData: { fzstd } });
    worker.ref();
    let broken = false;
    let first = true;
    const next = async (chunk, final) => {
        let answer;
        try {
            answer = await decode(worker, chunk, final, first);
        }
        catch (error) {
            // Stalled or dead: the worker is not used again.
            broken = true;
            throw error;
        }
        finally {
            first = false;
        }
        // The decoder rejected the data: the worker is fine, the file is not.
        if (answer.error !== undefined)
            throw new Error(`not a valid zstd file (${answer.error})`);
        return answer.chunks.map((data) => Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    };
    try {
        for await (const chunk of compressed)
            yield* await next(chunk, false);
        yield* await next(new Uint8Array(0), true);
    }
    finally {
        // A worker that failed or stalled is ended; any other waits for the next stream (each starts a new decoder).
        if (broken) {
            void worker.terminate();
        }
        else {
            worker.unref();
            idle.push(worker);
        }
    }
}
/** Sends one chunk to the worker; rejects when it stalls or dies. */
function decode(worker, chunk, final, first) {
    return new Promise((resolve, reject) => {
        const done = () => {
            clearTimeout(timer);
            worker.off('message', onMessage);
            worker.off('error', onError);
        };
        const onMessage = (answer) => {
            done();
            resolve(answer);
        };
        const onError = (error) => {
            done();
            reject(new Error(`not a valid zstd file (${error.message})`));
        };
        const timer = setTimeout(() => {
            done();
            reject(new Error('not a valid zstd file (the decoder stopped making progress)'));
        }, stallMs());
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.postMessage({ chunk, final, first });
    });
}
