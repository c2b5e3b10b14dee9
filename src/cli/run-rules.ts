import { findRule } from '../checking/select-rules.js';
import { RULES } from '../checking/rules/index.js';
import { fixabilityText, ruleDocUrl } from '../reporting/rule-docs.js';
import { UsageError } from './usage-error.js';

/** `session-doctor rules`: the rule table, or JSON. */
export function rulesText(format: 'table' | 'json'): string {
  if (format === 'json') {
    const rules = RULES.map(({ name, code, severity, fixable, summary, explanation }) => ({ name, code, severity, fixable, summary, explanation }));
    return `${JSON.stringify(rules, null, 2)}\n`;
  }
  const rows = [['code', 'rule', 'severity', 'fix', 'what it finds'], ...RULES.map((rule) => [rule.code, rule.name, rule.severity, rule.fixable ? 'yes' : 'no', rule.summary])];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return `${rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')).join('\n')}\n`;
}

/** `session-doctor explain RULE`: one rule in full. */
export function explainText(token: string): string {
  const rule = findRule(token);
  if (!rule) throw new UsageError(`unknown rule "${token}" (see \`session-doctor rules\`)`);
  const fix = fixabilityText(rule);
  return `${rule.name} (${rule.code})\n\n${rule.summary}\n\nDefault severity: ${rule.severity}\nFixable: ${fix}\n\n${wrap(rule.explanation, 80)}\n\nDocumentation: ${ruleDocUrl(rule.name)}\n`;
}

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
