import { expandRuns, spanOf } from '../checking/diagnostic.js';
import { joined } from './reporter.js';
import { isUnreadable } from './results.js';
import { pathInRoot } from './sarif.js';
/** Characters XML 1.0 cannot hold at all (even escaped); replaced by U+FFFD. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Escapes text for an XML attribute value or element content. */
export const xml = (text) => text
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
const attributes = (values) => Object.entries(values)
    .map(([key, value]) => ` ${key}="${xml(String(value))}"`)
    .join('');
/**
 * JUnit XML for CI systems that read test reports (GitLab, Jenkins, Azure Pipelines, CircleCI): one test
 * suite per file, one failing test case per problem (its `type` is the severity), a passing test case for
 * a file without problems, and an `<error>` for a file that could not be read. Made in pieces: the counts
 * the heads carry are taken first, then the cases are written one at a time.
 */
export const junitChunks = function* (results, context) {
    const failuresOf = (result) => {
        let failures = 0;
        if (!isUnreadable(result))
            for (const diagnostic of result.diagnostics)
                failures += spanOf(diagnostic);
        return failures;
    };
    const failures = results.map(failuresOf);
    const totalFailures = failures.reduce((sum, count) => sum + count, 0);
    const totalErrors = results.filter(isUnreadable).length;
    // A file without failures has one case: its error, or "no problems".
    const totalTests = failures.reduce((sum, count) => sum + Math.max(count, 1), 0);
    yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attributes({ name: `session-doctor ${context.command}`, tests: totalTests, failures: totalFailures, errors: totalErrors })}`;
    if (results.length === 0) {
        yield '/>\n';
        return;
    }
    yield '>';
    for (const [index, result] of results.entries()) {
        const place = pathInRoot(result.path, context);
        const file = place.relative ?? place.absolute;
        const errors = isUnreadable(result) ? 1 : 0;
        yield `\n  <testsuite${attributes({ name: file, tests: Math.max(failures[index], 1), failures: failures[index], errors, skipped: 0 })}>\n`;
        if (isUnreadable(result)) {
            yield (`    <testcase${attributes({ name: 'readable', classname: file, file })}>\n` +
                `      <error${attributes({ message: result.error, type: 'unreadable' })}>${xml(`${file}: ${result.error}`)}</error>\n` +
                '    </testcase>');
        }
        else if (result.diagnostics.length === 0) {
            yield `    <testcase${attributes({ name: 'no problems', classname: file, file })}/>`;
        }
        else {
            let first = true;
            for (const { line, severity, rule, code, message, fixable, applicability } of expandRuns(result.diagnostics)) {
                const detail = `${file}:${line}: ${severity} ${rule} (${code}): ${message}${fixable ? ` (\`session-doctor fix${applicability === 'unsafe' ? ' --unsafe-fixes' : ''}\` repairs it)` : ''}`;
                yield (`${first ? '' : '\n'}    <testcase${attributes({ name: `line ${line}: ${rule}`, classname: file, file, line })}>\n` +
                    `      <failure${attributes({ message, type: severity })}>${xml(detail)}</failure>\n` +
                    '    </testcase>');
                first = false;
            }
        }
        yield '\n  </testsuite>';
    }
    yield '\n</testsuites>\n';
};
export const junitReporter = joined(junitChunks);
