import { z } from 'zod';
import { findRule } from '../checking/select-rules.js';
import { REPORT_FORMATS } from '../reporting/index.js';
import { ConfigError } from './errors.js';
// Loaded only when a config file exists: zod costs start-up time (pre-commit runs the tool on every commit).
const KEYS = ['rules', 'ignores', 'format'];
const severity = z.enum(['error', 'warning', 'info', 'off'], { error: 'expected "error", "warning", "info" or "off"' });
const ruleName = z.string().refine((key) => findRule(key) !== undefined, { error: (issue) => `unknown rule "${String(issue.input)}" (see \`session-doctor rules\`)` });
const pattern = z
    .string({ error: 'expected a glob pattern (a string)' })
    .min(1, 'an empty pattern matches nothing')
    .refine((value) => !value.startsWith('!'), 'negated patterns (!…) are not supported');
export const configSchema = z.strictObject({
    $schema: z.string().optional(),
    rules: z.record(ruleName, severity, { error: 'expected an object of rule names to severities' }).optional(),
    ignores: z.array(pattern, { error: 'expected an array of glob patterns' }).optional(),
    format: z.enum(REPORT_FORMATS, { error: `expected one of ${REPORT_FORMATS.join(', ')}` }).optional(),
}, {
    error: (issue) => issue.code === 'unrecognized_keys'
        ? `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((key) => `"${key}"`).join(', ')} (known: ${KEYS.join(', ')})`
        : issue.code === 'invalid_type'
            ? 'expected an object'
            : undefined,
});
const showPath = (path) => path.map((key, index) => (typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${index > 0 ? '.' : ''}${String(key)}` : `["${String(key)}"]`)).join('');
/** Checks a parsed config value; throws ConfigError listing every problem, each with its place. */
export function validateConfig(value, file) {
    const result = configSchema.safeParse(value);
    if (result.success) {
        const { $schema: _schema, ...config } = result.data;
        return config;
    }
    const problems = result.error.issues.map((issue) => {
        const where = showPath(issue.path);
        // A bad record key carries its own issues (an unknown rule name).
        const message = issue.code === 'invalid_key' ? issue.issues.map((inner) => inner.message).join('; ') : issue.message;
        return `  ${where ? `${where}: ` : ''}${message}`;
    });
    throw new ConfigError(file, `invalid configuration:\n${problems.join('\n')}`);
}
