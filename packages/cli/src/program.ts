import { Command, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defaultCacheDir, type BuildOptions } from './commands/build.js';
import { CSV_TABLES, EXPORT_FORMATS, EXPORT_VIEWS } from './commands/export-choices.js';
import type { ExportOptions } from './commands/export.js';
import type { ImportBpmnOptions } from './commands/import-bpmn.js';
import type { ExportInjectsOptions } from './commands/scenario-injects.js';
import type { ScenarioNewOptions } from './commands/scenario-new.js';
import type { ImpactFormat } from '@opcc/core';
import type { SiteAudience } from '@opcc/site/cache';
import type { DiffOptions } from './commands/diff.js';
import type { ImpactCommandOptions } from './commands/impact.js';
// Each command's module is imported when the command runs, so a command loads only what it needs
// (a warm `opcc build` answered from its cache loads neither the model's parsers nor the renderer).
import { EXIT_CODES_HELP, type CliIo } from './io.js';

/** The version of the CLI package, read from its own package.json wherever it is installed. */
export const CLI_VERSION = (JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@opcc/cli/package.json'), 'utf8')) as { version: string }).version;

const VERBOSE = ['--verbose', 'list every warning, not only the first 5 of each kind'] as const;

function portNumber(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535.');
  return port;
}

function minutes(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('a duration is a whole number of minutes, at least 1.');
  return Number(value);
}

/** The `opcc` command and its sub-commands; `exit` receives each command's exit code. */
export function createProgram(io: CliIo, exit: (code: number) => void): Command {
  const program = new Command('opcc')
    .description('Validate, build and explore OPCC operating models.\nProblems and results go to stdout; mistakes in the command itself go to stderr.')
    .version(CLI_VERSION, '-V, --version', 'print the version of opcc')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `\n${EXIT_CODES_HELP}`);

  program
    .command('validate')
    .description('Check a model folder and print every problem as file:line:col  severity  code  message.')
    .argument('<dir>', 'the folder holding the model files')
    .addOption(new Option('--format <format>', 'how to print problems').choices(['text', 'json']).default('text'))
    .option('--no-summary', 'print only the problems, not the summary of the model')
    .option(...VERBOSE)
    .action(async (dir: string, options: { format: 'text' | 'json'; summary: boolean; verbose?: boolean }) => {
      exit(await (await import('./commands/validate.js')).validateCommand(dir, options, io));
    });

  program
    .command('build')
    .description('Build the static site of a model: pages that open from disk with no server and no network.')
    .argument('<dir>', 'the folder holding the model files')
    .requiredOption('--out <site>', 'a new or empty folder for the site, or one built before (replaced only when the build succeeds)')
    .option('--force', 'replace an --out folder holding other files (never the model folder or a folder holding it)')
    .option('--cache <dir>', 'where to keep layouts and built pages between builds', defaultCacheDir())
    .option('--no-cache', 'lay every map out and build every page afresh')
    .addOption(
      new Option(
        '--audience <audience>',
        'who the site is for: participants leaves out every page and text for exercise staff only ' +
          '(facilitator views and guides, inject cards, model answers), for a site to give the players',
      )
        // Written out rather than imported from site, so that the program does not load site to list them.
        .choices(['all', 'participants'] satisfies SiteAudience[])
        .default('all'),
    )
    .option(...VERBOSE)
    .action(async (dir: string, options: BuildOptions) => {
      exit(await (await import('./commands/build.js')).buildCommand(dir, options, io));
    });

  program
    .command('init')
    .description('Start a new model in a folder, copied from the reference model, ready to edit.')
    .argument('<dir>', 'a new or empty folder')
    .action(async (dir: string) => {
      exit(await (await import('./commands/init.js')).initCommand(dir, io));
    });

  program
    .command('dev')
    .description('Serve the site on 127.0.0.1 while you edit: it is rebuilt and reloaded on every change.')
    .argument('<dir>', 'the folder holding the model files')
    .option('--port <port>', 'the port to serve on (0 for any free port)', portNumber, 4173)
    .option(...VERBOSE)
    .action(async (dir: string, options: { port: number; verbose?: boolean }) => {
      exit(await (await import('./commands/dev.js')).devCommand(dir, options, io));
    });

  program
    .command('export')
    .description(
      'Write drawings as SVG or PNG, process maps as BPMN 2.0, the model as JSON, or spreadsheets as CSV:\n' +
        'one item with --map (or --profile), otherwise all of them.',
    )
    .argument('<dir>', 'the folder holding the model files')
    .option('--map <id>', 'the process map (or relationship map, or outcome framework, with --view) to export (default: every one)')
    .addOption(new Option('--view <view>', 'which drawings svg and png draw (default: process-map)').choices(EXPORT_VIEWS))
    .addOption(
      new Option(
        '--format <format>',
        "what to write (default: from the extension of --out, else svg): json is the model's documents, graph-json its graph, " +
          "layout-json the boxes of a map's shapes, bpmn BPMN 2.0 XML (with --out FILE.bpmn and no --map: every map in one file)",
      ).choices(EXPORT_FORMATS),
    )
    .addOption(new Option('--table <table>', 'which spreadsheet --format csv writes (default: glossary)').choices(CSV_TABLES))
    .option('--profile <id>', 'the accountability profile whose RACI matrix to write (default: every profile)')
    .option('--no-neutralise', 'write spreadsheet cells as they are: no leading quote before = + - @, for programs that are not spreadsheets')
    .option('--out <path>', 'the file for one item (its extension must match the format), or the folder for all of them')
    .option('--force', 'overwrite files that opcc export did not write, or that were changed since')
    .option(...VERBOSE)
    .action(async (dir: string, options: ExportOptions) => {
      exit(await (await import('./commands/export.js')).exportCommand(dir, options, io));
    });

  program
    .command('import')
    .description('Turn files from other tools into model files.')
    .command('bpmn')
    .description('Write a process-map YAML document from a BPMN 2.0 file, reporting what a process map cannot represent.')
    .argument('<file>', 'the BPMN 2.0 XML file (.bpmn)')
    .option('--out <file>', 'the new YAML file to write, which must not exist yet (default: <map id>.yaml)')
    .option(...VERBOSE)
    .action(async (file: string, options: ImportBpmnOptions) => {
      exit(await (await import('./commands/import-bpmn.js')).importBpmnCommand(file, options, io));
    });

  // Written out rather than imported from core, so that the program does not load core to list them.
  const reportFormat = () =>
    new Option('--format <format>', 'how to print the report').choices(['text', 'json', 'markdown'] satisfies ImpactFormat[]).default('text');

  program
    .command('impact')
    .description('Apply a change set of a model to a copy of it (the files are not changed) and print everything it would touch.')
    .argument('<dir>', 'the folder holding the model files')
    .argument('<change-set-id>', 'the change set to apply')
    .addOption(reportFormat())
    .option(...VERBOSE)
    .action(async (dir: string, id: string, options: ImpactCommandOptions) => {
      exit(await (await import('./commands/impact.js')).impactCommand(dir, id, options, io));
    });

  program
    .command('diff')
    .description('Compare two versions of a model folder and print what changed, as opcc impact does; with --change-set, write it as a change set.')
    .argument('<old-dir>', 'the folder of the earlier model')
    .argument('<new-dir>', 'the folder of the later model')
    .addOption(reportFormat())
    .option('--change-set', 'write the difference as a change set (YAML) instead of the report')
    .option('--id <id>', 'the id of the change set written (default: changes)')
    .option('--title <title>', 'the title of the change set written')
    .option('--out <file>', 'the file to write the change set to (default: print it); never one opcc did not write, nor one inside a model folder')
    .option(...VERBOSE)
    .action(async (oldDir: string, newDir: string, options: DiffOptions) => {
      exit(await (await import('./commands/diff.js')).diffCommand(oldDir, newDir, options, io));
    });

  const scenario = program.command('scenario').description('Write training scenarios, and move their injects to and from spreadsheets.');
  scenario
    .command('new')
    .description("Write a starting scenario whose modules walk a map's main path, with TODO placeholders that validate reports until written.")
    .argument('<id>', 'the id of the new scenario')
    .requiredOption('--map <map-id>', 'the process map to walk')
    .option('--model <dir>', 'the folder holding the model files', '.')
    .option('--out <file>', 'the YAML file to write (default: scenarios/<id>.yaml in the model folder)')
    .option('--duration <minutes>', 'the planned length in minutes (default: 90)', minutes)
    .action(async (id: string, options: ScenarioNewOptions) => {
      exit(await (await import('./commands/scenario-new.js')).scenarioNewCommand(id, options, io));
    });
  scenario
    .command('export-injects')
    .description("Write a scenario's injects as a master scenario events list in CSV, one row per inject.")
    .argument('<dir>', 'the folder holding the model files')
    .argument('<scenario-id>', 'the scenario')
    .option('--out <file>', 'the CSV file to write (default: print it)')
    .option('--no-neutralise', 'write cells as they are: no leading quote before = + - @, for programs that are not spreadsheets')
    .action(async (dir: string, id: string, options: ExportInjectsOptions) => {
      exit(await (await import('./commands/scenario-injects.js')).exportInjectsCommand(dir, id, options, io));
    });
  scenario
    .command('import-injects')
    .description("Replace a scenario's injects with those of a master scenario events list in CSV, reporting problems by row and cell.")
    .argument('<dir>', 'the folder holding the model files')
    .argument('<scenario-id>', 'the scenario')
    .argument('<csv>', 'the CSV file, as export-injects writes it')
    .action(async (dir: string, id: string, csv: string) => {
      exit(await (await import('./commands/scenario-injects.js')).importInjectsCommand(dir, id, csv, io));
    });

  return program;
}
