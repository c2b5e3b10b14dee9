// Types of targets.mjs for the TypeScript tests that import it.
export interface BenchRow {
  tool: string;
  dataset: string;
  wall: number;
  cpu: number | null;
  cpuPerWall: number | null;
  peakRssMiB: number;
  ok: boolean;
  exitCodes: number[];
}
export interface BenchDataset {
  name: string;
  format: 'codex' | 'claude';
  size?: string;
  damage?: boolean;
  tree?: boolean;
  /** A tree laid out as a Codex home, some of its rollouts forks. */
  home?: boolean;
  /** A tree of Claude Code transcripts, each damaged: fix --in-place is measured on a copy of it. */
  store?: boolean;
  singleLine?: boolean;
}
export interface Startup {
  medians: Record<string, number>;
  ok?: boolean;
  exitCodes?: number[];
}
export interface Goal {
  target: string;
  value: number | null;
  unit: string;
  detail: string;
  pass: boolean | null;
}
export function targets(rows: BenchRow[], datasets: BenchDataset[], startup: Startup, options?: { quick?: boolean; noClaude?: string | null }): Goal[];
