import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { EXIT, type CliIo } from '../io.js';
import { safeText } from '../report/safe-text.js';
import { pathKind } from './load-or-report.js';

const SCHEMA = 'opcc-model.schema.json';

/**
 * Starts a new model in a folder from a copy of the reference model, with the editor schema
 * beside it and VS Code told to use it, ready to edit. The folder must be new or empty.
 */
export async function initCommand(dir: string, io: CliIo): Promise<number> {
  const target = resolve(io.cwd, dir);
  const kind = pathKind(target);
  if (kind === 'file' || (kind === 'folder' && readdirSync(target).length > 0)) {
    io.stderr(`opcc: ${safeText(target)} ${kind === 'file' ? 'is a file' : 'is not empty'}; choose a new folder so nothing is overwritten\n`);
    return EXIT.usage;
  }
  mkdirSync(target, { recursive: true });
  // Imported here: @opcc/guide loads and checks the reference model when imported, which no other command should pay for.
  const { guideModelDir } = await import('@opcc/guide');
  cpSync(guideModelDir, target, { recursive: true });
  const schema = join(dirname(createRequire(import.meta.url).resolve('@opcc/core/package.json')), 'schemas', SCHEMA);
  mkdirSync(join(target, '.vscode'), { recursive: true });
  cpSync(schema, join(target, '.vscode', SCHEMA));
  // The YAML server reads a schema comment for one document only; settings check every document of every file.
  // The JSON files in .vscode (these settings, the schema itself) are not model files.
  const settings = {
    'yaml.schemas': { [`./.vscode/${SCHEMA}`]: ['**/*.yaml', '**/*.yml'] },
    'json.schemas': [{ fileMatch: ['**/*.json', '!**/.vscode/**'], url: `./.vscode/${SCHEMA}` }],
  };
  writeFileSync(join(target, '.vscode', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  io.stdout(
    `Started a new model in ${safeText(target)} from the reference OPCC Guide Operating Model.\n` +
      `Edit its YAML files, then check them with:  opcc validate ${safeText(dir)}\n` +
      `and build the site with:                  opcc build ${safeText(dir)} --out site\n` +
      `Open the folder in VS Code with the YAML extension for completion and checking as you type.\n`,
  );
  return EXIT.ok;
}
