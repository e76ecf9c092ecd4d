import { hasErrors } from '@opcc/core';
import { importBpmn } from '@opcc/render';
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { EXIT, type CliIo } from '../io.js';
import { diagnosticsText } from '../report/print-diagnostics.js';
import { safeText } from '../report/safe-text.js';
import { writtenByOpcc, writeExports } from './export-files.js';
import { pathKind } from './load-or-report.js';

/** Options of `opcc import bpmn`. */
export interface ImportBpmnOptions {
  /** The YAML file to write; `<map id>.yaml` in the current folder when left out. */
  readonly out?: string;
  /** Replace a file that an earlier `opcc` command wrote. */
  readonly force?: boolean;
  /** List every warning instead of the first few of each code. */
  readonly verbose?: boolean;
}

/**
 * Reads a BPMN 2.0 file and writes it as a process-map YAML document. What a process map
 * cannot represent is reported with its line and column in the XML. An existing file is
 * replaced only with `force`, and never one that opcc did not write.
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
  const kind = pathKind(out);
  if (kind === 'folder') return misuse(`--out ${out} is a folder; name the .yaml file to write`);
  if (kind === 'file' && !writtenByOpcc(out)) return misuse(`nothing was written: ${out} exists and was not written by opcc; choose another --out`);
  if (kind === 'file' && options.force !== true) return misuse(`nothing was written: ${out} exists; pass --force to replace it`);
  const header = `# Process map imported from ${basename(source)} by opcc import bpmn.\n`;
  writeExports(new Map([[out, `${header}${stringify(map, { lineWidth: 0 })}`]]));
  io.stdout(`wrote ${safeText(out)}\n`);
  return EXIT.ok;
}
