import { renderMap, svgToPng } from '@opcc/render';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { EXIT, type CliIo } from '../io.js';
import { safeText } from '../report/safe-text.js';
import { exportBlocker, writeExports } from './export-files.js';
import { loadOrReport, pathKind } from './load-or-report.js';

/** What `opcc export` can write. */
export const EXPORT_FORMATS = ['svg', 'png', 'json'] as const;

/** Options of `opcc export`. */
export interface ExportOptions {
  readonly map?: string;
  /** What to write; when left out, taken from the extension of `out`, else SVG. */
  readonly format?: (typeof EXPORT_FORMATS)[number];
  readonly out?: string;
  /** Overwrite files that an earlier export did not write, or that were changed since. */
  readonly force?: boolean;
  /** List every warning instead of the first few of each code. */
  readonly verbose?: boolean;
}

/** Files the model loader reads: an export must not add one to the model folder. */
const MODEL_FILE = /\.(?:ya?ml|json|csv)$/i;

/**
 * Writes process maps as SVG, PNG, or JSON (size and shape boxes, for tools that place their
 * own overlays). One map goes to a file; all maps go to a folder, one file each. A file is
 * only overwritten when an earlier export wrote it and it is unchanged, unless `force`.
 */
export async function exportCommand(dir: string, options: ExportOptions, io: CliIo): Promise<number> {
  const misuse = (message: string) => {
    io.stderr(`opcc: ${safeText(message)}\n`);
    return EXIT.usage;
  };
  const single = options.map !== undefined;
  const extension = options.out === undefined ? undefined : extname(options.out).slice(1).toLowerCase();
  const format = options.format ?? (single && isFormat(extension) ? extension : 'svg');
  if (single && options.out !== undefined && extension !== format) {
    const stem = options.out.slice(0, options.out.length - extname(options.out).length);
    return misuse(`--out ${options.out} does not end in .${format}, the format being written; name it ${stem}.${format} or choose the matching --format`);
  }
  const loaded = await loadOrReport(dir, io, options.verbose === true ? { verbose: true } : {});
  if ('exit' in loaded) return loaded.exit;
  const { model, folder } = loaded;
  if (single && !model.maps.some((m) => m.id === options.map)) return misuse(`the model has no process map "${options.map ?? ''}"`);
  const ids = options.map === undefined ? model.maps.map((m) => m.id as string) : [options.map];
  const base = resolve(io.cwd, options.out ?? (single ? `${options.map ?? ''}.${format}` : 'export'));
  if (!single && pathKind(base) === 'file') return misuse(`--out ${base} is a file; exporting every map needs a folder (or give --map to export one map)`);
  const targets = ids.map((id) => ({ id, file: single ? base : join(base, `${id}.${format}`) }));

  const intoModel = targets.filter(({ file }) => MODEL_FILE.test(file) && isInside(file, folder));
  if (intoModel[0] !== undefined) {
    return misuse(`${intoModel[0].file} is inside the model folder, where it would be read as a model file; export to a folder outside the model`);
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
  for (const { id, file } of targets) {
    const drawn = await renderMap(model, id);
    if (format === 'svg') files.set(file, drawn.svg);
    else if (format === 'png') files.set(file, svgToPng(drawn.svg, { scale: 2 }));
    else files.set(file, `${JSON.stringify({ id, width: drawn.width, height: drawn.height, shapes: drawn.shapes }, null, 2)}\n`);
  }
  writeExports(files);
  for (const file of files.keys()) io.stdout(`wrote ${safeText(file)}\n`);
  return EXIT.ok;
}

function isFormat(value: string | undefined): value is (typeof EXPORT_FORMATS)[number] {
  return (EXPORT_FORMATS as readonly (string | undefined)[]).includes(value);
}

/** True when `path` is inside `folder`. */
function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
