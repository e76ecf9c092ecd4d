import { hasErrors } from '@opcc/core';
import { writeFileAtomically } from '@opcc/core/files';
import { importBpmn } from '@opcc/render';
import { lstatSync, readFileSync, readlinkSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { EXIT, type CliIo } from '../io.js';
import { diagnosticsText } from '../report/print-diagnostics.js';
import { safeText } from '../report/safe-text.js';
import { realTarget } from './export-files.js';
import { pathKind } from './load-or-report.js';

/** Options of `opcc import bpmn`. */
export interface ImportBpmnOptions {
  /** The YAML file to write, which must not exist yet; `<map id>.yaml` in the current folder when left out. */
  readonly out?: string;
  /** List every warning instead of the first few of each code. */
  readonly verbose?: boolean;
}

/** What is at a path already (a link counts, even to nothing), or undefined when nothing is. */
function alreadyThere(path: string): string | undefined {
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return `is a link to ${readlinkSync(path)}`;
    return stat.isDirectory() ? 'is a folder' : 'exists';
  } catch {
    return undefined;
  }
}

/** How many items a list of the map document holds. */
function count(map: Record<string, unknown>, key: string, noun: string): string {
  const items = map[key];
  const n = Array.isArray(items) ? items.length : 0;
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * Reads a BPMN 2.0 file and writes it as one new process-map YAML file, and nothing else: no command
 * overwrites what it did not create, and a map imported into a model becomes the user's own file, so
 * an existing file, folder or link at `--out` (links resolved) is never replaced; nothing is written
 * then, and the exit code says misuse. What a process map cannot represent is reported with its line
 * and column in the XML.
 */
export async function importBpmnCommand(file: string, options: ImportBpmnOptions, io: CliIo): Promise<number> {
  const misuse = (message: string) => {
    io.stderr(`opcc: ${safeText(message)}\n`);
    return EXIT.usage;
  };
  const source = resolve(io.cwd, file);
  if (pathKind(source) !== 'file') return misuse(`there is no file at ${source}`);
  const { map, diagnostics } = await importBpmn(readFileSync(source, 'utf8'), relative(io.cwd, source) || basename(source));
  const report = diagnosticsText(diagnostics, options.verbose === true ? { verbose: true } : {});
  if (report !== '') io.stdout(report);
  if (map === undefined || hasErrors(diagnostics)) return EXIT.modelProblems;
  const out = resolve(io.cwd, options.out ?? `${map.id}.yaml`);
  if (!/\.ya?ml$/i.test(out)) return misuse(`--out ${out} must end in .yaml: the map is written as a YAML document`);
  const taken = alreadyThere(out);
  const refuse = (why: string) => misuse(`nothing was written: ${out} ${why}; opcc import bpmn writes only a new file, so choose another --out`);
  if (taken !== undefined) return refuse(taken);
  // Written where the links in its path lead, and only as a new file: one that appears meanwhile is left as it is.
  const target = realTarget(out);
  const header = `# Process map imported from ${basename(source)} by opcc import bpmn.\n`;
  try {
    writeFileAtomically(target, `${header}${stringify(map, { lineWidth: 0 })}`, { replace: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return refuse('exists');
    throw error;
  }
  const where = target === out ? out : `${out} (${target})`;
  const contents = [count(map, 'lanes', 'lane'), count(map, 'steps', 'step'), count(map, 'flows', 'flow')].join(', ');
  io.stdout(`wrote ${safeText(where)}: process map "${safeText(map.id)}" with ${contents}\n`);
  return EXIT.ok;
}
