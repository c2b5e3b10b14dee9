export declare const crypto: () => typeof import("node:crypto");
export declare const workerThreads: () => typeof import("node:worker_threads");
export declare const childProcess: () => typeof import("node:child_process");
