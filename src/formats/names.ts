/** The input formats, by name: a module of its own so the CLI can offer them without loading the adapters. */
export const FORMAT_NAMES = ['codex', 'codex-legacy', 'responses', 'claude-code'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];
