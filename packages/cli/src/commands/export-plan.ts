import { toGraph, toJson, type Model } from '@opcc/core';
import {
  businessAreasCsv,
  glossaryCsv,
  raciCsv,
  renderGlossaryTree,
  renderMap,
  renderOutcomeFramework,
  renderRelationshipMap,
  renderValueChain,
  svgToPng,
  toBpmn,
  type RenderedMap,
} from '@opcc/render';
import type { CsvTable, ExportFormat, ExportView } from './export-choices.js';

export { CSV_TABLES, EXPORT_FORMATS, EXPORT_VIEWS, type CsvTable, type ExportFormat, type ExportView } from './export-choices.js';

/** The extension of the files of each format. */
export const FORMAT_EXTENSION: Record<ExportFormat, string> = {
  svg: 'svg',
  png: 'png',
  bpmn: 'bpmn',
  'layout-json': 'json',
  json: 'json',
  'graph-json': 'json',
  csv: 'csv',
};

/** What to export, as the command line chose it. */
export interface ExportChoice {
  readonly format: ExportFormat;
  readonly view: ExportView;
  /** The one process map, relationship map or outcome framework to export. */
  readonly map?: string;
  readonly table: CsvTable;
  /** The one profile whose RACI matrix to export. */
  readonly profile?: string;
  /** Write the BPMN of every map into one file. */
  readonly wholeModel: boolean;
  /** Neutralise spreadsheet cells against formula injection. */
  readonly neutralise: boolean;
}

/** One file to write: its name without extension, and how to make its content. */
export interface ExportItem {
  readonly id: string;
  readonly content: () => Promise<string | Uint8Array>;
}

/** The files an export writes, or why it cannot: a mistake in the command. */
export type ExportPlan = { readonly items: readonly ExportItem[]; readonly oneFile: boolean } | { readonly misuse: string };

/** The files to write for an export: one file when one item is chosen or the export is of the whole model, else one per item. */
export function exportPlan(model: Model, choice: ExportChoice): ExportPlan {
  const { format } = choice;
  if (format === 'json' || format === 'graph-json' || format === 'csv') {
    if (choice.map !== undefined) return { misuse: `--format ${format} exports the model, not a map; leave out --map` };
    if (format === 'json') return whole('model', async () => toJson(model));
    if (format === 'graph-json') return whole('model-graph', async () => `${JSON.stringify(toGraph(model).export(), null, 2)}\n`);
    return csvPlan(model, choice);
  }
  if (choice.view !== 'process-map' && format !== 'svg' && format !== 'png') {
    return { misuse: `--format ${format} is for process maps; a ${choice.view} exports as svg or png` };
  }
  if (format === 'bpmn' && choice.wholeModel && choice.map === undefined) {
    return whole('model', () =>
      toBpmn(
        model,
        model.maps.map((m) => m.id),
      ),
    );
  }
  const views = viewItems(model, choice.view);
  if (choice.map === undefined)
    return { items: views.items.map((item) => ({ id: item.id, content: () => drawn(item.id, item.draw, format, model) })), oneFile: false };
  const item = views.items.find((i) => i.id === choice.map);
  if (item === undefined) return { misuse: `the model has no ${views.noun} "${choice.map}"` };
  return { items: [{ id: item.id, content: () => drawn(item.id, item.draw, format, model) }], oneFile: true };
}

function whole(id: string, content: () => Promise<string>): ExportPlan {
  return { items: [{ id, content }], oneFile: true };
}

function csvPlan(model: Model, choice: ExportChoice): ExportPlan {
  const options = { neutralise: choice.neutralise };
  if (choice.table === 'glossary') return whole('glossary', async () => glossaryCsv(model, options));
  if (choice.table === 'business-areas') return whole('business-areas', async () => businessAreasCsv(model, options));
  const profiles = model.profiles.filter((p) => choice.profile === undefined || p.id === choice.profile);
  if (profiles.length === 0)
    return { misuse: choice.profile === undefined ? 'the model has no accountability profile' : `the model has no profile "${choice.profile}"` };
  const items = profiles.map((p) => ({ id: `raci-${p.id}`, content: async () => raciCsv(model, p.id, options) }));
  return { items, oneFile: choice.profile !== undefined };
}

interface ViewItem {
  readonly id: string;
  readonly draw: () => Promise<RenderedMap>;
}

/** Every drawing of a view: a process map, relationship map or outcome framework each, or the one value chain or glossary tree. */
function viewItems(model: Model, view: ExportView): { items: ViewItem[]; noun: string } {
  switch (view) {
    case 'process-map':
      return { items: model.maps.map((m) => ({ id: m.id, draw: () => renderMap(model, m.id) })), noun: 'process map' };
    case 'relationship-map':
      return { items: model.relationshipMaps.map((m) => ({ id: m.id, draw: () => renderRelationshipMap(model, m.id) })), noun: 'relationship map' };
    case 'outcome-framework':
      return { items: model.outcomeFrameworks.map((f) => ({ id: f.id, draw: () => renderOutcomeFramework(model, f.id) })), noun: 'outcome framework' };
    case 'value-chain':
      return { items: model.valueChain === undefined ? [] : [{ id: 'value-chain', draw: () => renderValueChain(model) }], noun: 'value chain' };
    case 'glossary-tree':
      return { items: model.glossary.entries.length === 0 ? [] : [{ id: 'glossary-tree', draw: () => renderGlossaryTree(model) }], noun: 'glossary tree' };
  }
}

/** One drawing in a drawing format: SVG, PNG at twice the size, the layout's boxes, or BPMN. */
async function drawn(id: string, draw: () => Promise<RenderedMap>, format: ExportFormat, model: Model): Promise<string | Uint8Array> {
  if (format === 'bpmn') return toBpmn(model, [id]);
  const rendered = await draw();
  if (format === 'png') return svgToPng(rendered.svg, { scale: 2 });
  if (format === 'layout-json') return `${JSON.stringify({ id, width: rendered.width, height: rendered.height, shapes: rendered.shapes }, null, 2)}\n`;
  return rendered.svg;
}
