import type { Reporter } from './reporter.js';
import { isUnreadable } from './results.js';

/** Version of the JSON document's shape; raised on any incompatible change. */
export const JSON_REPORT_VERSION = 1;

/** One JSON document: the machine-readable contract (README, "JSON output"). */
export const jsonReporter: Reporter = (results, { command, summary, toolVersion }) => {
  const files = results.map((result) => {
    if (isUnreadable(result)) return { path: result.path, error: result.error, diagnostics: [] };
    return {
      path: result.path,
      format: result.format ?? null,
      records: result.records,
      diagnostics: result.diagnostics.map(({ rule, code, severity, line, message, callId, fixable }) => ({
        rule,
        code,
        severity,
        line,
        message,
        ...(callId !== undefined && { callId }),
        fixable,
      })),
      ...(result.repairs && { repairs: result.repairs }),
      ...(result.written !== undefined && { written: result.written }),
      ...(result.backup !== undefined && { backup: result.backup }),
      ...(result.notes !== undefined && { notes: result.notes }),
    };
  });
  const document = { version: JSON_REPORT_VERSION, tool: { name: 'session-doctor', version: toolVersion }, command, files, summary };
  return `${JSON.stringify(document, null, 2)}\n`;
};
