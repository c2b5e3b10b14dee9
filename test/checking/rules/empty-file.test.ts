import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../../support/harness.js';

describe('empty-file', () => {
  it.each([['an empty file', ''], ['only blank lines', '\n \n'], ['only garbage', 'x\n']])('reports %s', async (_, text) => {
    expect((await diagnosticsOf(text, { select: ['empty-file'] }))).toEqual([{ rule: 'empty-file', line: 1, severity: 'warning', fixable: false }]);
  });
});
