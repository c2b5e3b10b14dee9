import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/checking/rules/index.js';

describe('README', () => {
  it('lists every rule with its code, severity, fixability and summary', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    for (const rule of RULES) {
      expect(readme).toContain(`| \`${rule.name}\` | ${rule.code} | ${rule.severity} | ${rule.fixable ? 'yes' : 'no'} | ${rule.summary} |`);
    }
  });
});
