import type { FileLinks } from '../format.js';
/** How Codex rollouts depend on each other: a fork reads its parent's file up to a byte offset. */
export declare const codexLinks: FileLinks;
