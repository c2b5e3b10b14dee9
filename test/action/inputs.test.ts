import { describe, expect, it } from 'vitest';
import { ActionInputError, failureMessage, fails, readInputs, reporterArgs } from '../../src/action/inputs.js';

describe('the Action inputs (INPUT_* variables)', () => {
  it('defaults to the workspace, annotations and SARIF, failing on errors', () => {
    const inputs = readInputs({});
    expect(inputs).toEqual({
      paths: ['.'],
      formats: ['github', 'sarif'],
      failOn: 'error',
      files: { sarif: 'session-doctor.sarif', json: 'session-doctor.json', junit: 'session-doctor.xml' },
    });
    expect(reporterArgs(inputs)).toEqual(['--reporter', 'github', '--reporter', 'sarif:session-doctor.sarif']);
  });

  it('reads paths one per line (spaces kept) or space-separated on one line', () => {
    expect(readInputs({ INPUT_PATHS: 'sessions/a b.jsonl\n  logs/\n\n' }).paths).toEqual(['sessions/a b.jsonl', 'logs/']);
    expect(readInputs({ INPUT_PATHS: ' sessions  logs/x.jsonl ' }).paths).toEqual(['sessions', 'logs/x.jsonl']);
    expect(readInputs({ INPUT_PATHS: '   ' }).paths).toEqual(['.']);
  });

  it('sends the file formats to their files and one format to the log', () => {
    const inputs = readInputs({ INPUT_FORMATS: 'stylish, json junit,json', INPUT_JSON_FILE: 'out/report.json' });
    expect(reporterArgs(inputs)).toEqual(['--reporter', 'stylish', '--reporter', 'json:out/report.json', '--reporter', 'junit:session-doctor.xml']);
  });

  it('refuses an unknown format, two formats for the log and an unknown failure level', () => {
    expect(() => readInputs({ INPUT_FORMATS: 'github sarifx' })).toThrow(new ActionInputError('formats: unknown format "sarifx" (use stylish, json, compact, sarif, github, junit)'));
    expect(() => readInputs({ INPUT_FORMATS: 'github compact' })).toThrow(ActionInputError);
    expect(() => readInputs({ INPUT_FAIL_ON: 'warn' })).toThrow('fail_on: "warn" is not one of error, warning, info, never');
  });

  it('fails at the level asked for', () => {
    const only = (errors: number, warnings: number, infos: number) => ({ errors, warnings, infos });
    expect([fails('error', only(1, 0, 0)), fails('error', only(0, 3, 3))]).toEqual([true, false]);
    expect([fails('warning', only(0, 1, 0)), fails('warning', only(0, 0, 5))]).toEqual([true, false]);
    expect([fails('info', only(0, 0, 1)), fails('info', only(0, 0, 0))]).toEqual([true, false]);
    expect(fails('never', only(9, 9, 9))).toBe(false);
  });

  it('says why the step fails with each count singular or plural', () => {
    const only = (errors: number, warnings: number, infos: number) => ({ errors, warnings, infos });
    expect(failureMessage('error', only(1, 0, 1))).toBe('failing the step: 1 error, 0 warnings, 1 info (fail_on: error)');
    expect(failureMessage('info', only(2, 1, 3))).toBe('failing the step: 2 errors, 1 warning, 3 infos (fail_on: info)');
  });
});
