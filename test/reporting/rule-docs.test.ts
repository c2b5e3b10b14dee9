import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/checking/rules/index.js';
import { ruleDocIndex, ruleDocPage, ruleDocUrl } from '../../src/reporting/rule-docs.js';
import { VERSION } from '../../src/version.js';

const folder = new URL('../../docs/rules/', import.meta.url);
const pages = new Map([...RULES.map((rule) => [`${rule.name}.md`, ruleDocPage(rule)] as const), ['README.md', ruleDocIndex(RULES)]]);

/** The committed pages are those the rules make. UPDATE_DOCS=1 rewrites them (review the diff before committing). */
describe('rule documentation pages (docs/rules/)', () => {
  it('has one page per rule, up to date, and nothing else', async () => {
    if (process.env.UPDATE_DOCS) {
      await mkdir(folder, { recursive: true });
      for (const [name, text] of pages) await writeFile(new URL(name, folder), text);
    }
    expect((await readdir(folder)).sort()).toEqual([...pages.keys()].sort());
    for (const [name, text] of pages) expect(await readFile(new URL(name, folder), 'utf8'), `docs/rules/${name}: run UPDATE_DOCS=1 npx vitest run test/reporting/rule-docs.test.ts`).toBe(text);
  });

  it('are linked by version', () => {
    expect(ruleDocUrl('missing-output')).toBe(`https://unpkg.com/session-doctor@${VERSION}/docs/rules/missing-output.md`);
  });
});
