/// <reference path="./bpmn-moddle.d.ts" />
import type { Model, ProcessMap, Step } from '@opcc/core';
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import type { Box, Point } from '../../geometry/box.js';
import { defaultLayoutEngine } from '../../layout/default-engine.js';
import type { LayoutEngine } from '../../layout/layout-engine.js';
import { layoutProcessMap } from '../../process/layout-process-map.js';
import { mapLayoutInput } from '../../process/map-layout-input.js';
import type { LaidOutMap } from '../../process/process-types.js';
import { diId, flowElementId, laneElementId, laneSetId, OPCC_BPMN_NAMESPACE, OPCC_PREFIX, participantId, processId, stepElementId } from './bpmn-ids.js';

/** Options of {@link toBpmn}. */
export interface BpmnExportOptions {
  /** The layout engine; defaults to the cached ELK engine the drawings use. */
  readonly engine?: LayoutEngine;
}

/** The width of a pool's name band, left of its lanes, as BPMN tools draw it. */
const POOL_BAND = 30;
/** The space between pools when several maps share a file. */
const POOL_GAP = 40;

/** The BPMN element type of each step kind; output and reference carry `opcc:kind` so import can tell them apart. */
const ELEMENT_TYPE: Record<Step['kind'], string> = {
  start: 'bpmn:StartEvent',
  end: 'bpmn:EndEvent',
  activity: 'bpmn:Task',
  decision: 'bpmn:ExclusiveGateway',
  'sub-process': 'bpmn:CallActivity',
  // A produced document is a milestone on the way, not work: a none intermediate event.
  output: 'bpmn:IntermediateThrowEvent',
  reference: 'bpmn:Task',
};

/**
 * Writes process maps as one BPMN 2.0 file: a collaboration with a pool per map, its lanes in a
 * lane set, a flow node per step and a sequence flow per flow, and diagram interchange (shapes
 * and edges) placed by our own layout, pools stacked top to bottom. What BPMN has no place for
 * (glossary codes, outcomes, references, parties) goes in `opcc:` attributes. Equal input gives
 * equal bytes.
 *
 * @throws NotFoundError (of @opcc/core) for an unknown map.
 * @example
 * const oneMap = await toBpmn(model, ['engage-consult']);
 * const wholeModel = await toBpmn(model, model.maps.map((m) => m.id));
 */
export async function toBpmn(model: Model, mapIds: readonly string[], options: BpmnExportOptions = {}): Promise<string> {
  const moddle = new BpmnModdle();
  const engine = options.engine ?? defaultLayoutEngine();
  const name = mapIds.length === 1 ? (mapIds[0] ?? 'model') : 'model';
  const participants: ModdleElement[] = [];
  const processes: ModdleElement[] = [];
  const drawn: ModdleElement[] = [];
  let top = 0;
  for (const id of mapIds) {
    const laidOut = await layoutProcessMap(mapLayoutInput(model, id), engine);
    const map = model.maps.find((m) => m.id === id);
    if (map === undefined) continue;
    const pool = new PoolWriter(moddle, map, laidOut, top);
    processes.push(pool.process);
    participants.push(pool.participant);
    drawn.push(...pool.shapes);
    top = pool.bottom + POOL_GAP;
  }
  const collaboration = moddle.create('bpmn:Collaboration', { id: `Collaboration_${name}`, participants });
  const plane = moddle.create('bpmndi:BPMNPlane', { id: `Plane_${name}`, bpmnElement: collaboration, planeElement: drawn });
  const diagram = moddle.create('bpmndi:BPMNDiagram', { id: `Diagram_${name}`, name: model.title, plane });
  const definitions = moddle.create('bpmn:Definitions', {
    id: `Definitions_${name}`,
    targetNamespace: OPCC_BPMN_NAMESPACE,
    exporter: 'opcc',
    rootElements: [collaboration, ...processes],
    diagrams: [diagram],
  });
  definitions.$attrs[`xmlns:${OPCC_PREFIX}`] = OPCC_BPMN_NAMESPACE;
  return `${(await moddle.toXML(definitions, { format: true })).xml}\n`;
}

/** Builds the semantic elements and the drawing of one map's pool. */
class PoolWriter {
  readonly process: ModdleElement;
  readonly participant: ModdleElement;
  readonly shapes: ModdleElement[] = [];
  /** The y of the pool's bottom edge. */
  readonly bottom: number;
  readonly #dx: number;
  readonly #dy: number;

  constructor(
    private readonly moddle: BpmnModdle,
    map: ProcessMap,
    laidOut: LaidOutMap,
    top: number,
  ) {
    const band = union(laidOut.lanes.map((l) => l.box));
    this.#dx = POOL_BAND - band.x;
    this.#dy = top - band.y;
    this.bottom = top + band.height;
    const flowElements: ModdleElement[] = [];
    this.process = moddle.create('bpmn:Process', { id: processId(map.id), name: map.title, isExecutable: false, ...documentation(moddle, map.guidance) });
    setList(this.process, 'references', map.references);
    setList(this.process, 'outcomes', map.outcomes);
    if (map.parent !== undefined) this.process.$attrs[`${OPCC_PREFIX}:parent`] = map.parent;
    this.participant = moddle.create('bpmn:Participant', { id: participantId(map.id), name: map.title, processRef: this.process });
    // The pool first, then its lanes, then the steps: tools draw in this order, later over earlier.
    this.#shape(this.participant, { x: band.x - POOL_BAND, y: band.y, width: band.width + POOL_BAND, height: band.height }, true);
    // A lane of the layout (by index) to its BPMN lane; a map without lanes has one unnamed layout lane and no BPMN lane.
    const laneOf = new Map<number, ModdleElement>();
    const lanes = map.lanes.map((lane) => {
      const element = moddle.create('bpmn:Lane', { id: laneElementId(map.id, lane.id), name: lane.title, flowNodeRef: [] });
      if (lane.party !== undefined) element.$attrs[`${OPCC_PREFIX}:party`] = lane.party;
      const index = laidOut.input.lanes.findIndex((l) => l.id === lane.id);
      const placed = laidOut.lanes[index];
      laneOf.set(index, element);
      if (placed !== undefined) this.#shape(element, placed.box, true);
      return element;
    });
    if (lanes.length > 0) this.process['laneSets'] = [moddle.create('bpmn:LaneSet', { id: laneSetId(map.id), lanes })];
    const nodes = new Map<string, ModdleElement>();
    // In the map's own order, so that import gives the steps back as they were written.
    for (const step of map.steps) {
      const placed = laidOut.steps.find((s) => s.step.id === step.id);
      if (placed === undefined) continue;
      const node = this.#node(map, step);
      nodes.set(step.id, node);
      flowElements.push(node);
      (laneOf.get(placed.step.lane)?.['flowNodeRef'] as ModdleElement[] | undefined)?.push(node);
      this.#shape(node, placed.box);
    }
    map.flows.forEach((flow, i) => {
      const source = nodes.get(flow.from);
      const target = nodes.get(flow.to);
      if (source === undefined || target === undefined) return;
      const name = flow.label ?? flow.condition;
      const element = moddle.create('bpmn:SequenceFlow', {
        id: flowElementId(map.id, i),
        sourceRef: source,
        targetRef: target,
        ...(name === undefined ? {} : { name }),
        ...(flow.condition === undefined ? {} : { conditionExpression: moddle.create('bpmn:FormalExpression', { body: flow.condition }) }),
      });
      (source['outgoing'] as ModdleElement[]).push(element);
      (target['incoming'] as ModdleElement[]).push(element);
      flowElements.push(element);
      const routed = laidOut.flows.find((f) => f.flow.id === `flow-${i}`);
      if (routed !== undefined) this.#edge(element, routed.points, routed.label);
    });
    this.process['flowElements'] = flowElements;
  }

  #node(map: ProcessMap, step: Step): ModdleElement {
    const type = ELEMENT_TYPE[step.kind];
    const node = this.moddle.create(type, {
      id: stepElementId(map.id, step.id),
      name: step.title,
      ...documentation(this.moddle, step.guidance),
      ...(step.kind === 'sub-process' ? { calledElement: processId(step.map) } : {}),
      incoming: [],
      outgoing: [],
    });
    if (step.kind === 'output' || step.kind === 'reference') node.$attrs[`${OPCC_PREFIX}:kind`] = step.kind;
    if (step.kind === 'activity' && step.code !== undefined) node.$attrs[`${OPCC_PREFIX}:code`] = step.code;
    setList(node, 'references', step.references);
    setList(node, 'outcomes', step.outcomes);
    return node;
  }

  #shape(element: ModdleElement, box: Box, horizontal = false): ModdleElement {
    const shape = this.moddle.create('bpmndi:BPMNShape', {
      id: diId(element.id ?? ''),
      bpmnElement: element,
      ...(horizontal ? { isHorizontal: true } : {}),
      bounds: this.#bounds(box),
    });
    this.shapes.push(shape);
    return shape;
  }

  #edge(element: ModdleElement, points: readonly Point[], label: Box | undefined): void {
    const edge = this.moddle.create('bpmndi:BPMNEdge', {
      id: diId(element.id ?? ''),
      bpmnElement: element,
      waypoint: points.map((p) => this.moddle.create('dc:Point', { x: round(p.x + this.#dx), y: round(p.y + this.#dy) })),
      ...(label === undefined ? {} : { label: this.moddle.create('bpmndi:BPMNLabel', { bounds: this.#bounds(label) }) }),
    });
    this.shapes.push(edge);
  }

  #bounds(box: Box): ModdleElement {
    return this.moddle.create('dc:Bounds', { x: round(box.x + this.#dx), y: round(box.y + this.#dy), width: round(box.width), height: round(box.height) });
  }
}

/** Guidance as BPMN documentation, marked as Markdown, which it is written in. */
function documentation(moddle: BpmnModdle, text: string | undefined): { documentation?: ModdleElement[] } {
  return text === undefined ? {} : { documentation: [moddle.create('bpmn:Documentation', { text, textFormat: 'text/markdown' })] };
}

/** A list of ids as one `opcc:` attribute, space-separated as XML lists are. */
function setList(element: ModdleElement, name: string, ids: readonly string[]): void {
  if (ids.length > 0) element.$attrs[`${OPCC_PREFIX}:${name}`] = ids.join(' ');
}

function union(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
}

/** Coordinates to a hundredth, so that floating-point noise does not reach the file. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
