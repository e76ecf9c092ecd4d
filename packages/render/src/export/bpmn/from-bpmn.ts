/// <reference path="./bpmn-moddle.d.ts" />
import { diagnostic, documentSchemas, type Diagnostic, type DocumentInput, type SourcePosition } from '@opcc/core';
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { bpmnDiagnostic, firstLine, positionInMessage } from './bpmn-diagnostic.js';
import { OPCC_PREFIX, ownId, slugId } from './bpmn-ids.js';
import { idPositions } from './xml-positions.js';

/** The result of reading a BPMN file as a process map. */
export interface BpmnImport {
  /** The process map as a document ready to save as YAML, or undefined when the file could not be read. */
  readonly map?: DocumentInput<'process-map'>;
  /** What could not be represented (warnings) or read (errors), at its line and column in the XML. */
  readonly diagnostics: readonly Diagnostic[];
}

type StepDocument = Record<string, unknown> & { id: string; kind: string };

const TASKS = new Set(['Task', 'UserTask', 'ManualTask', 'ServiceTask', 'ScriptTask', 'SendTask', 'ReceiveTask', 'BusinessRuleTask']);
const GATEWAYS = new Set(['ParallelGateway', 'InclusiveGateway', 'ComplexGateway', 'EventBasedGateway']);
const INTERMEDIATE = new Set(['IntermediateThrowEvent', 'IntermediateCatchEvent']);

/**
 * Reads a BPMN 2.0 file as a process-map document: its first process (the pool's, when there is
 * a collaboration), lanes, tasks as activities, exclusive gateways as decisions, start and end
 * events, call activities as sub-process steps and sequence flows with their names and
 * conditions. Whatever a process map cannot represent is left out or imported as the nearest
 * step kind, with a `bpmn-unsupported` warning at its line and column; the `opcc:` attributes
 * that {@link toBpmn} writes are read back, so an exported map imports as the same map.
 *
 * @example
 * const { map, diagnostics } = await importBpmn(readFileSync('order.bpmn', 'utf8'), 'order.bpmn');
 * if (map !== undefined) writeFileSync('order.yaml', stringify(map));
 */
export async function importBpmn(xml: string, file = 'map.bpmn'): Promise<BpmnImport> {
  let read;
  try {
    read = await new BpmnModdle().fromXML(xml);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      diagnostics: [bpmnDiagnostic('bpmn-unreadable', `not BPMN 2.0 XML: ${firstLine(message)}`, file, positionInMessage(message) ?? { line: 1, column: 1 })],
    };
  }
  const at = idPositions(xml);
  const diagnostics: Diagnostic[] = read.warnings.map((w) =>
    bpmnDiagnostic('bpmn-unsupported', `left out: ${firstLine(w.message)}`, file, positionInMessage(w.message) ?? at(w.element?.id)),
  );
  const warn = (element: ModdleElement, message: string) => diagnostics.push(bpmnDiagnostic('bpmn-unsupported', message, file, at(element.id)));
  const roots = list(read.rootElement, 'rootElements');
  const processes = roots.filter((r) => r.$type === 'bpmn:Process');
  const participants = roots.filter((r) => r.$type === 'bpmn:Collaboration').flatMap((c) => list(c, 'participants'));
  const pool = participants.find((p) => p['processRef'] !== undefined);
  const process = (pool?.['processRef'] as ModdleElement | undefined) ?? processes[0];
  if (process === undefined) {
    return { diagnostics: [...diagnostics, bpmnDiagnostic('bpmn-unreadable', 'the file holds no process to import', file, { line: 1, column: 1 })] };
  }
  for (const other of processes) {
    if (other !== process && list(other, 'flowElements').length > 0) warn(other, `only one process is imported; the process "${label(other)}" is left out`);
  }
  const mapId = ownId(process.id, 'Process') ?? slugId(text(pool?.['name']) ?? label(process), 'imported-map');
  const reader = new ProcessReader(mapId, warn);
  const lanes = reader.lanes(process);
  const steps = reader.steps(process);
  const flows = reader.flows(process);
  for (const artifact of list(process, 'artifacts')) warn(artifact, `a ${typeName(artifact)} cannot be shown on a process map and is left out`);
  const map = {
    kind: 'process-map',
    id: mapId,
    title: text(pool?.['name']) ?? text(process['name']) ?? mapId,
    ...optional('parent', process.$attrs[`${OPCC_PREFIX}:parent`]),
    ...optional('guidance', guidanceOf(process)),
    ...nonEmpty('lanes', lanes),
    ...nonEmpty('steps', steps),
    ...nonEmpty('flows', flows),
    ...nonEmpty('references', idsIn(process, 'references')),
    ...nonEmpty('outcomes', idsIn(process, 'outcomes')),
  };
  const checked = documentSchemas['process-map'].safeParse(map);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const element = issue.path[0] === 'steps' && typeof issue.path[1] === 'number' ? reader.stepElements[issue.path[1]] : undefined;
      const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
      const fields = { at: path.join('.'), detail: issue.message, imported: true } as const;
      diagnostics.push(diagnostic('invalid-value', fields, { file, position: position(at, element, process), path }));
    }
    return { diagnostics };
  }
  return { map: map as DocumentInput<'process-map'>, diagnostics };
}

/** Turns the flow elements and lanes of one process into steps, lanes and flows with ids of our form. */
class ProcessReader {
  /** The BPMN element of each step, by index, to locate problems. */
  readonly stepElements: ModdleElement[] = [];
  readonly #stepIds = new Map<ModdleElement, string>();
  readonly #laneOf = new Map<ModdleElement, string>();
  readonly #taken = new Set<string>();

  constructor(
    private readonly mapId: string,
    private readonly warn: (element: ModdleElement, message: string) => void,
  ) {}

  lanes(process: ModdleElement): Array<Record<string, unknown>> {
    const [laneSet, ...others] = list(process, 'laneSets');
    for (const other of others) this.warn(other, 'only the first lane set is imported; a process map has one set of lanes');
    const taken = new Set<string>();
    return list(laneSet, 'lanes').map((lane) => {
      const id = unique(ownId(lane.id, 'Lane', this.mapId) ?? slugId(label(lane), 'lane'), taken);
      for (const node of this.#nodesIn(lane)) this.#laneOf.set(node, id);
      return { id, title: text(lane['name']) ?? id, ...optional('party', lane.$attrs[`${OPCC_PREFIX}:party`]) };
    });
  }

  /** The flow nodes of a lane and of every lane nested in it, which a process map cannot nest. */
  #nodesIn(lane: ModdleElement): ModdleElement[] {
    const nested = list(lane['childLaneSet'] as ModdleElement | undefined, 'lanes');
    if (nested.length > 0) this.warn(lane, `the lanes nested in "${label(lane)}" are merged into it; a process map cannot nest lanes`);
    return [...list(lane, 'flowNodeRef'), ...nested.flatMap((child) => this.#nodesIn(child))];
  }

  steps(process: ModdleElement): StepDocument[] {
    const steps: StepDocument[] = [];
    for (const element of list(process, 'flowElements')) {
      const kind = this.#kindOf(element);
      if (kind === undefined) continue;
      const id = unique(ownId(element.id, 'Step', this.mapId) ?? slugId(label(element), kind), this.#taken);
      this.#stepIds.set(element, id);
      this.stepElements.push(element);
      const lane = this.#laneOf.get(element);
      steps.push({
        id,
        kind,
        title: text(element['name']) ?? defaultTitle(kind),
        ...(kind === 'activity' ? optional('code', element.$attrs[`${OPCC_PREFIX}:code`]) : {}),
        ...(kind === 'sub-process' ? { map: calledMap(element) } : {}),
        ...optional('lane', lane),
        ...optional('guidance', guidanceOf(element)),
        ...nonEmpty('references', idsIn(element, 'references')),
        ...nonEmpty('outcomes', idsIn(element, 'outcomes')),
      });
    }
    return steps;
  }

  /** The step kind a flow element imports as, warning when that loses something; undefined to leave it out. */
  #kindOf(element: ModdleElement): string | undefined {
    const type = typeName(element);
    const marked = element.$attrs[`${OPCC_PREFIX}:kind`];
    if (type === 'SequenceFlow') return undefined;
    if (type === 'StartEvent' || type === 'EndEvent') {
      if (list(element, 'eventDefinitions').length > 0)
        this.warn(element, `the trigger of the event "${label(element)}" is left out; a process map has plain start and end steps`);
      return type === 'StartEvent' ? 'start' : 'end';
    }
    if (TASKS.has(type)) return marked === 'reference' ? 'reference' : 'activity';
    if (type === 'ExclusiveGateway') return 'decision';
    if (GATEWAYS.has(type)) {
      this.warn(element, `the ${type} "${label(element)}" is imported as a decision; a process map has only exclusive choices`);
      return 'decision';
    }
    if (INTERMEDIATE.has(type)) {
      if (marked === 'output') return 'output';
      this.warn(element, `the ${type} "${label(element)}" is imported as an activity; a process map has no intermediate events`);
      return 'activity';
    }
    if (type === 'CallActivity') {
      if (typeof element['calledElement'] === 'string' && element['calledElement'] !== '') return 'sub-process';
      this.warn(element, `the call activity "${label(element)}" calls no process, so it is imported as an activity`);
      return 'activity';
    }
    if (type === 'SubProcess' || type === 'Transaction' || type === 'AdHocSubProcess') {
      this.warn(
        element,
        `the embedded ${type} "${label(element)}" is imported as one activity and its inner steps are left out; draw them as a map of their own`,
      );
      return 'activity';
    }
    this.warn(element, `a ${type} cannot be shown on a process map and is left out`);
    return undefined;
  }

  flows(process: ModdleElement): Array<Record<string, unknown>> {
    return list(process, 'flowElements').flatMap((element) => {
      if (element.$type !== 'bpmn:SequenceFlow') return [];
      const from = this.#stepIds.get(element['sourceRef'] as ModdleElement);
      const to = this.#stepIds.get(element['targetRef'] as ModdleElement);
      if (from === undefined || to === undefined) {
        this.warn(element, `the sequence flow "${label(element)}" joins an element that was left out, so it is left out too`);
        return [];
      }
      const condition = text((element['conditionExpression'] as ModdleElement | undefined)?.['body']);
      const name = text(element['name']);
      return [{ from, to, ...optional('label', name === condition ? undefined : name), ...optional('condition', condition) }];
    });
  }
}

function list(element: ModdleElement | undefined, property: string): ModdleElement[] {
  const value = element?.[property];
  return Array.isArray(value) ? (value as ModdleElement[]) : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function typeName(element: ModdleElement): string {
  return element.$type.replace(/^bpmn:/, '');
}

function label(element: ModdleElement): string {
  return text(element['name']) ?? element.id ?? typeName(element);
}

function defaultTitle(kind: string): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1).replace('-', ' ');
}

function calledMap(element: ModdleElement): string {
  const called = String(element['calledElement']);
  return ownId(called, 'Process') ?? slugId(called, 'map');
}

function guidanceOf(element: ModdleElement): string | undefined {
  const texts = list(element, 'documentation').flatMap((d) => text(d['text']) ?? []);
  return texts.length === 0 ? undefined : texts.join('\n\n');
}

function idsIn(element: ModdleElement, name: string): string[] {
  return (element.$attrs[`${OPCC_PREFIX}:${name}`] ?? '').split(/\s+/).filter((id) => id !== '');
}

function unique(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

function nonEmpty<K extends string, T>(key: K, values: readonly T[]): { [P in K]?: readonly T[] } {
  return (values.length === 0 ? {} : { [key]: values }) as { [P in K]?: readonly T[] };
}

function position(
  at: (id: string | undefined) => SourcePosition | undefined,
  element: ModdleElement | undefined,
  fallback: ModdleElement,
): SourcePosition | undefined {
  return at(element?.id) ?? at(fallback.id);
}
