import { statSync } from 'node:fs';
/**
 * How many files a fix of many works on at once, and how many of their bytes. A repair of a small file
 * mostly waits (its fsyncs, and the last look before its rename, which one scan of /proc serves for every
 * file in flight: last-looks.ts); a large one keeps a core busy, and several at once would only add up
 * their memory.
 */
export const FIX_IN_FLIGHT = { files: 16, bytes: 64 * 2 ** 20 };
/**
 * Starts `work(index)` for each index 0…count-1 in order, with at most `limits.files` running at once and
 * the `sizeOf` of those within `limits.bytes` (one always runs, whatever its size). Resolves when all are
 * done; after a failure no more are started, and the first error is thrown once those running settled.
 */
export async function inFlight(count, sizeOf, work, limits = FIX_IN_FLIGHT) {
    const running = new Set();
    let bytes = 0;
    let failed;
    for (let index = 0; index < count; index += 1) {
        const size = sizeOf(index);
        while (running.size > 0 && (running.size >= limits.files || bytes + size > limits.bytes))
            await Promise.race(running);
        if (failed)
            break;
        bytes += size;
        const task = work(index)
            .catch((error) => void (failed ??= { error }))
            .finally(() => {
            bytes -= size;
            running.delete(task);
        });
        running.add(task);
    }
    await Promise.all(running);
    if (failed)
        throw failed.error;
}
/** A file's size, for how many are worked on at once: 0 when it cannot be looked at (its fix says why). */
export function sizeOnDisk(path) {
    try {
        return statSync(path).size;
    }
    catch {
        return 0;
    }
}
