import { Command, Option } from 'commander';
import { buildCommand, defaultCacheDir } from './commands/build.js';
import { devCommand } from './commands/dev.js';
import { exportCommand, type ExportOptions } from './commands/export.js';
import { initCommand } from './commands/init.js';
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

  program
    .command('build')
    .description('Build the static site of a model: pages that open from disk with no server and no network.')
    .argument('<dir>', 'the folder holding the model files')
    .requiredOption('--out <site>', 'the folder to write the site into (replaced only when the build succeeds)')
    .option('--cache <dir>', 'where to keep layouts between builds', defaultCacheDir())
    .option('--no-cache', 'lay every map out afresh')
    .action(async (dir: string, options: { out: string; cache: string | false }) => {
      exit(await buildCommand(dir, options, io));
    });

  program
    .command('init')
    .description('Start a new model in a folder, copied from the reference model, ready to edit.')
    .argument('<dir>', 'a new or empty folder')
    .action(async (dir: string) => {
      exit(await initCommand(dir, io));
    });

  program
    .command('dev')
    .description('Serve the site on 127.0.0.1 while you edit: it is rebuilt and reloaded on every change.')
    .argument('<dir>', 'the folder holding the model files')
    .option('--port <port>', 'the port to serve on', (value) => Number.parseInt(value, 10), 4173)
    .action(async (dir: string, options: { port: number }) => {
      exit(await devCommand(dir, options, io));
    });

  program
    .command('export')
    .description('Write process maps as SVG, PNG or JSON: one map with --map, otherwise all of them.')
    .argument('<dir>', 'the folder holding the model files')
    .option('--map <id>', 'the process map to export (default: every map)')
    .addOption(new Option('--format <format>', 'what to write').choices(['svg', 'png', 'json']).default('svg'))
    .option('--out <path>', 'the file for one map, or the folder for all maps')
    .action(async (dir: string, options: ExportOptions) => {
      exit(await exportCommand(dir, options, io));
    });

  return program;
}

