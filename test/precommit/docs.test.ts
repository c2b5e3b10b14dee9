/** The README's CI section stays true: its config example is valid, its hook ids exist, its command lines use real flags. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/schema.js';
import { cli } from '../support/cli.js';

const docs = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
const blocks = [...docs.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((match) => ({ language: match[1]!, text: match[2]! }));

describe('README (CI, hooks, config)', () => {
  it('has a valid config example', () => {
    const configs = blocks.filter((block) => block.language === 'json' && block.text.includes('"rules"'));
    expect(configs.length).toBeGreaterThan(0);
    for (const block of configs) expect(() => validateConfig(JSON.parse(block.text), 'README.md')).not.toThrow();
  });

  it('names hooks that .pre-commit-hooks.yaml defines', async () => {
    const hooks = await readFile(new URL('../../.pre-commit-hooks.yaml', import.meta.url), 'utf8');
    const defined = [...hooks.matchAll(/^-\s+id:\s*(\S+)/gm)].map((match) => match[1]);
    expect(defined).toEqual(['session-doctor', 'session-doctor-fix']);
    const used = [...docs.matchAll(/- id: (\S+)/g)].map((match) => match[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const id of used) expect(defined).toContain(id);
  });

  it('uses only flags the commands have', () => {
    const help = { check: cli(['check', '--help']).stdout, fix: cli(['fix', '--help']).stdout };
    let checked = 0;
    for (const { text } of blocks) {
      for (const match of text.matchAll(/session-doctor (check|fix)\b([^\n"]*)/g)) {
        const command = match[1] as 'check' | 'fix';
        for (const flag of match[2]!.matchAll(/(?<=\s)--?[a-z][a-z-]*/g)) {
          const name = flag[0].replace(/^--no-/, '--');
          expect(help[command], `session-doctor ${command} ${flag[0]}`).toMatch(new RegExp(`(^|\\s)${name}[\\s,=]`, 'm'));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
