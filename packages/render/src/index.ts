/**
 * @packageDocumentation
 * Lays out and draws every kind of OPCC Guide Operating Model map as deterministic,
 * accessible SVG, with no browser: process maps, the value chain, relationship maps and their
 * power–interest grid, outcome frameworks and glossary trees; and exports any SVG to PNG.
 *
 * The process-map pipeline is staged: {@link mapLayoutInput} (Model → MapLayoutInput),
 * {@link layoutProcessMap} (→ LaidOutMap), {@link drawProcessMap} (→ SVG); {@link renderMap} runs all three.
 */
export { renderMap, type RenderOptions } from './process/render-map.js';
export { mapLayoutInput, type ProcessMapOptions } from './process/map-layout-input.js';
export { layoutProcessMap, type LaidOutProcessMap } from './process/layout-process-map.js';
export { drawProcessMap, type DrawOptions } from './process/draw-process-map.js';
export { flowLabelText } from './process/flow-label.js';
export { flowsInFocus } from './process/flows-in-focus.js';
export { FOCUS_NAME_SUFFIX, flowInFocus, focusName } from './process/focus-rule.js';
export { renderMapChanges, type MapChangeViews } from './changes/render-map-changes.js';
export { CHANGE_VIEWS, changeName, countChanges, laneChangeName, type ChangeView, type MapChanges } from './changes/draw-change-views.js';
export { stepChanges, type StepChangeKind, type StepChange } from './changes/step-changes.js';
export { laneChanges, type LaneChangeKind, type LaneChange } from './changes/lane-changes.js';
export { CHANGE_COLOURS, CHANGE_LABELS } from './changes/change-marks.js';
export type {
  FlowInput,
  LaidOutMap,
  LaneInput,
  LegendEntry,
  MapLayoutInput,
  PlacedLane,
  PlacedStep,
  RenderedMap,
  RoutedFlow,
  StepInput,
} from './process/process-types.js';

export { renderValueChain } from './views/value-chain/render-value-chain.js';
export { layoutValueChain } from './views/value-chain/layout-value-chain.js';
export { renderRelationshipMap } from './views/relationship/render-relationship-map.js';
export { layoutRelationshipMap } from './views/relationship/layout-relationship-map.js';
export { renderPowerInterest } from './views/power-interest/render-power-interest.js';
export { layoutPowerInterest } from './views/power-interest/layout-power-interest.js';
export { HIGH_FROM, quadrantOf, type Quadrant } from './views/power-interest/quadrant.js';
export { renderOutcomeFramework } from './views/outcome/render-outcome-framework.js';
export { layoutOutcomeFramework } from './views/outcome/layout-outcome-framework.js';
export { renderGlossaryTree } from './views/glossary/render-glossary-tree.js';
export { layoutGlossaryTree, type GlossaryTreeOptions } from './views/glossary/layout-glossary-tree.js';
export { drawView } from './views/draw-view.js';
export type { Connector, LaidOutView } from './views/view-types.js';
export type { LabelledNode, NodeText } from './views/labelled-node.js';

export type { EdgeLayout, GraphLayout, LayoutAlgorithm, LayoutEdge, LayoutEngine, LayoutGraph, LayoutNode } from './layout/layout-engine.js';
export { ElkLayoutEngine, type ElkLayoutEngineOptions } from './layout/elk-layout-engine.js';
export { SimpleLayeredEngine } from './layout/simple-layered-engine.js';
export { CachedLayoutEngine, layoutKey, type LayoutCacheOptions } from './layout/cached-layout-engine.js';
export { createLayoutEngine, defaultLayoutEngine } from './layout/default-engine.js';
export { canonicalJson } from './layout/canonical-json.js';

export { SHAPE_RENDERERS } from './shapes/shape-registry.js';
export type { MeasuredShape, PortSide, ShapeGeometry, ShapeRenderer, StepOf } from './shapes/shape-renderer.js';

export { FONT_FAMILY, lineHeight, measureText, type FontSpec } from './text/measure-text.js';
export { wrapText, type WrappedText } from './text/wrap-text.js';
export { escapeXml } from './svg/escape.js';
export type { Markup } from './svg/markup.js';
export type { Styling } from './svg/styling.js';
export type { LegendLayout, LegendSection } from './legend/legend.js';
export { contrastRatio, relativeLuminance } from './svg/colour-contrast.js';
export { PALETTE } from './svg/palette.js';
export type { Box, Point } from './geometry/box.js';

export { BUNDLED_FONT_FILES, bundledFontFiles, LIBERATION_SANS_FILES, svgToPng, type PngOptions } from './export/png.js';
export { toBpmn, type BpmnExportOptions } from './export/bpmn/to-bpmn.js';
export { importBpmn, type BpmnImport } from './export/bpmn/from-bpmn.js';
export { glossaryCsv } from './export/csv/glossary-csv.js';
export { raciCsv } from './export/csv/raci-csv.js';
export { businessAreasCsv } from './export/csv/business-areas-csv.js';
export { injectsCsv } from './export/csv/injects-csv.js';
export type { CsvOptions } from './export/csv/write-csv.js';
export { neutraliseCell } from './export/csv/neutralise-cell.js';
