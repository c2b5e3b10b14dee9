/**
 * The command line as yargs reads it. A run that asks for no help parses the arguments after the command's
 * name with that command as yargs' default one (src/cli/main.ts, directCommand): these pin that both ways
 * give the same help, versions and usage errors.
 */
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { cli } from '../support/cli.js';

const usageError = (message: string) => ({ code: 2, stdout: '', stderr: `session-doctor: ${message}\nRun \`session-doctor --help\` for usage.\n` });

describe('the command line', () => {
  it.each([['check', '--help'], ['check', '-h'], ['check', '-qh'], ['fix', '--help'], ['explain', '-h']])('%s %s prints that command\'s help', (command, flag) => {
    const { code, stdout, stderr } = cli([command, flag]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.split('\n')[0]).toMatch(new RegExp(`^session-doctor ${command}\\b`));
    if (command === 'fix') expect(stdout).toContain('--in-place');
    if (command === 'check') expect(stdout).toContain('--input-format');
  });

  it('--help lists every command', () => {
    const { code, stdout } = cli(['--help']);
    expect(code).toBe(0);
    for (const command of ['check [paths..]', 'fix [paths..]', 'rules', 'explain <rule>']) expect(stdout).toContain(`session-doctor ${command}`);
  });

  it.each([[['--version']], [['-v']], [['check', '--version']], [['fix', '-v']]])('%j prints the version', (args) => {
    expect(cli(args)).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it.each([
    [['check', '--bogus'], 'Unknown argument: bogus'],
    [['fix', '--strategy', 'nope', 'x.jsonl'], 'Invalid values:\n  Argument: strategy, Given: "nope", Choices: "placeholder", "truncate"'],
    [['explain', 'a', 'b'], 'Unknown argument: b'],
    [['bogus'], 'Unknown argument: bogus'],
    [[], 'Name a command: check, fix, restore, rules or explain.'],
  ])('%j is a usage error: %s', (args, message) => {
    expect(cli(args)).toEqual(usageError(message));
  });
});
