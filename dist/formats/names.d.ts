/** The input formats, by name: a module of its own so the CLI can offer them without loading the adapters. */
export declare const FORMAT_NAMES: readonly ["codex", "codex-legacy", "responses", "claude-code"];
export type FormatName = (typeof FORMAT_NAMES)[number];
