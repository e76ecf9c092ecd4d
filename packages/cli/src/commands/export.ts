import { renderMap, svgToPng } from '@opcc/render';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EXIT, type CliIo } from '../io.js';
import { loadOrReport } from './load-or-report.js';

/** Options of `opcc export`. */
export interface ExportOptions {
  readonly map?: string;
  readonly format: 'svg' | 'png' | 'json';
  readonly out?: string;
}

/**
 * Writes process maps as SVG, PNG, or JSON (size and shape boxes, for tools that place their
 * own overlays). One map goes to a file; all maps go to a folder, one file each.
 */
export async function exportCommand(dir: string, options: ExportOptions, io: CliIo): Promise<number> {
  const loaded = await loadOrReport(dir, io);
  if ('exit' in loaded) return loaded.exit;
  const { model } = loaded;
  if (options.map !== undefined && !model.maps.some((m) => m.id === options.map)) {
    io.stderr(`opcc: the model has no process map "${options.map}"\n`);
    return EXIT.usage;
  }
  const ids = options.map === undefined ? model.maps.map((m) => m.id as string) : [options.map];
  const single = options.map !== undefined;
  const base = resolve(io.cwd, options.out ?? (single ? `${options.map}.${options.format}` : 'export'));
  for (const id of ids) {
    const drawn = await renderMap(model, id);
    const file = single ? base : join(base, `${id}.${options.format}`);
    mkdirSync(dirname(file), { recursive: true });
    if (options.format === 'svg') writeFileSync(file, drawn.svg);
    else if (options.format === 'png') writeFileSync(file, svgToPng(drawn.svg, { scale: 2 }));
    else writeFileSync(file, `${JSON.stringify({ id, width: drawn.width, height: drawn.height, shapes: drawn.shapes }, null, 2)}\n`);
    io.stdout(`wrote ${file}\n`);
  }
  return EXIT.ok;
}
