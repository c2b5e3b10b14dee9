import { expandRuns } from '../checking/diagnostic.js';
import type { Reporter } from './reporter.js';
import { isUnreadable, type FileResult } from './results.js';
import { pathInRoot, type LocatedReportContext } from './sarif.js';

/** Characters XML 1.0 cannot hold at all (even escaped); replaced by U+FFFD. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes text for an XML attribute value or element content. */
export const xml = (text: string) =>
  text
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');

const attributes = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([key, value]) => ` ${key}="${xml(String(value))}"`)
    .join('');

/**
 * JUnit XML for CI systems that read test reports (GitLab, Jenkins, Azure Pipelines, CircleCI): one test
 * suite per file, one failing test case per problem (its `type` is the severity), a passing test case for
 * a file without problems, and an `<error>` for a file that could not be read.
 */
export const junitReporter = ((results: readonly FileResult[], context: LocatedReportContext): string => {
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  let totalErrors = 0;
  for (const result of results) {
    const place = pathInRoot(result.path, context);
    const file = place.relative ?? place.absolute!;
    const cases: string[] = [];
    let failures = 0;
    let errors = 0;
    if (isUnreadable(result)) {
      errors = 1;
      cases.push(
        `    <testcase${attributes({ name: 'readable', classname: file, file })}>\n` +
          `      <error${attributes({ message: result.error, type: 'unreadable' })}>${xml(`${file}: ${result.error}`)}</error>\n` +
          '    </testcase>',
      );
    } else if (result.diagnostics.length === 0) {
      cases.push(`    <testcase${attributes({ name: 'no problems', classname: file, file })}/>`);
    } else {
      for (const { line, severity, rule, code, message, fixable, applicability } of expandRuns(result.diagnostics)) {
        failures += 1;
        const detail = `${file}:${line}: ${severity} ${rule} (${code}): ${message}${fixable ? ` (\`session-doctor fix${applicability === 'unsafe' ? ' --unsafe-fixes' : ''}\` repairs it)` : ''}`;
        cases.push(
          `    <testcase${attributes({ name: `line ${line}: ${rule}`, classname: file, file, line })}>\n` +
            `      <failure${attributes({ message, type: severity })}>${xml(detail)}</failure>\n` +
            '    </testcase>',
        );
      }
    }
    totalTests += cases.length;
    totalFailures += failures;
    totalErrors += errors;
    suites.push(
      `  <testsuite${attributes({ name: file, tests: cases.length, failures, errors, skipped: 0 })}>\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  const head = `<testsuites${attributes({ name: `session-doctor ${context.command}`, tests: totalTests, failures: totalFailures, errors: totalErrors })}`;
  const body = suites.length > 0 ? `>\n${suites.join('\n')}\n</testsuites>` : '/>';
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}${body}\n`;
}) satisfies Reporter;
