import { extname, join, resolve } from 'node:path';
import { EXIT, type CliIo } from '../io.js';
import { safeText } from '../report/safe-text.js';
import { exportBlocker, modelFolderOf, writeExports } from './export-files.js';
import { exportPlan, FORMAT_EXTENSION, type CsvTable, type ExportFormat, type ExportView } from './export-plan.js';
import { loadOrReport, pathKind } from './load-or-report.js';

/** Options of `opcc export`. */
export interface ExportOptions {
  /** The one process map (or relationship map, or outcome framework, with `view`) to export. */
  readonly map?: string;
  /** Which drawings to export as SVG or PNG; process maps when left out. */
  readonly view?: ExportView;
  /** What to write; when left out, taken from the extension of `out`, else SVG. */
  readonly format?: ExportFormat;
  /** Which spreadsheet `--format csv` writes; the glossary when left out. */
  readonly table?: CsvTable;
  /** The one profile whose RACI matrix to write. */
  readonly profile?: string;
  /** False to write spreadsheet cells as they are, not neutralised against formula injection. */
  readonly neutralise?: boolean;
  readonly out?: string;
  /** Overwrite files that an earlier export did not write, or that were changed since. */
  readonly force?: boolean;
  /** List every warning instead of the first few of each code. */
  readonly verbose?: boolean;
}

/** The format an extension of --out means; `.json` is the layout of one map when a map is chosen, else the model. */
function formatOf(extension: string | undefined, mapChosen: boolean): ExportFormat | undefined {
  if (extension === 'json') return mapChosen ? 'layout-json' : 'json';
  return (['svg', 'png', 'bpmn', 'csv'] as const).find((f) => f === extension);
}

/**
 * Writes drawings (SVG, PNG), process maps as BPMN 2.0 or their layout's boxes, the model's
 * documents or graph as JSON, and spreadsheets (CSV). One chosen item, or an export of the whole
 * model, goes to a file; otherwise every item goes to a folder, one file each. A file is only
 * overwritten when an earlier export wrote it and it is unchanged, unless `force`.
 */
export async function exportCommand(dir: string, options: ExportOptions, io: CliIo): Promise<number> {
  const misuse = (message: string) => {
    io.stderr(`opcc: ${safeText(message)}\n`);
    return EXIT.usage;
  };
  const extension = options.out === undefined ? undefined : extname(options.out).slice(1).toLowerCase();
  const format = options.format ?? formatOf(extension, options.map !== undefined) ?? 'svg';
  const loaded = await loadOrReport(dir, io, options.verbose === true ? { verbose: true } : {});
  if ('exit' in loaded) return loaded.exit;
  const { model, folder } = loaded;
  const plan = exportPlan(model, {
    format,
    view: options.view ?? 'process-map',
    table: options.table ?? 'glossary',
    ...(options.map === undefined ? {} : { map: options.map }),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    wholeModel: extension === 'bpmn',
    neutralise: options.neutralise !== false,
  });
  if ('misuse' in plan) return misuse(plan.misuse);
  const ext = FORMAT_EXTENSION[format];
  const first = plan.items[0];
  if (plan.oneFile && options.out !== undefined && extension !== ext) {
    const stem = options.out.slice(0, options.out.length - extname(options.out).length);
    return misuse(`--out ${options.out} does not end in .${ext}, the format being written; name it ${stem}.${ext} or choose the matching --format`);
  }
  const base = resolve(io.cwd, options.out ?? (plan.oneFile ? `${first?.id ?? 'export'}.${ext}` : 'export'));
  if (!plan.oneFile && pathKind(base) === 'file')
    return misuse(`--out ${base} is a file; exporting every item needs a folder (or choose one, e.g. with --map)`);
  const targets = plan.items.map((item) => ({ item, file: plan.oneFile ? base : join(base, `${item.id}.${ext}`) }));

  for (const { file } of targets) {
    const model = modelFolderOf(file, [folder]);
    if (model !== undefined)
      return misuse(`${file} is inside the model folder ${model}, where it could be read as a model file; export to a folder outside every model`);
  }
  if (options.force !== true) {
    const blocked = targets.flatMap(({ file }) => {
      const why = exportBlocker(file);
      return why === undefined ? [] : [`${file} ${why}`];
    });
    if (blocked.length > 0) {
      return misuse(`nothing was written: ${blocked.join('; ')}. Choose another --out, move the file away, or pass --force to overwrite it`);
    }
  }

  const files = new Map<string, string | Uint8Array>();
  for (const { item, file } of targets) files.set(file, await item.content());
  writeExports(files);
  for (const file of files.keys()) io.stdout(`wrote ${safeText(file)}\n`);
  return EXIT.ok;
}
