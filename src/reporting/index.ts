import { compactReporter } from './compact.js';
import { jsonReporter } from './json.js';
import type { Reporter } from './reporter.js';
import { stylishReporter } from './stylish.js';

export const REPORTERS = {
  stylish: stylishReporter,
  json: jsonReporter,
  compact: compactReporter,
} satisfies Record<string, Reporter>;

export type ReportFormat = keyof typeof REPORTERS;
export const REPORT_FORMATS = Object.keys(REPORTERS) as ReportFormat[];
