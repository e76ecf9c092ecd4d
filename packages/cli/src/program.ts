import { Command, Option } from 'commander';
import { validateCommand } from './commands/validate.js';
import type { CliIo } from './io.js';

/** The `opcc` command and its sub-commands; `exit` receives each command's exit code. */
export function createProgram(io: CliIo, exit: (code: number) => void): Command {
  const program = new Command('opcc')
    .description('Validate, build and explore OPCC operating models.')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('validate')
    .description('Check a model folder and print every problem as file:line:col  severity  code  message.')
    .argument('<dir>', 'the folder holding the model files')
    .addOption(new Option('--format <format>', 'how to print problems').choices(['text', 'json']).default('text'))
    .option('--no-summary', 'print only the problems, not the summary of the model')
    .action(async (dir: string, options: { format: 'text' | 'json'; summary: boolean }) => {
      exit(await validateCommand(dir, options, io));
    });

  return program;
}

