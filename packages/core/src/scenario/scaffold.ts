import { PLACEHOLDER } from '../check/check-scenarios.js';
import { OpccError } from '../errors.js';
import type { Model, ProcessMap, Step } from '../model/model.js';
import type { DocumentInput } from '../schema/documents.js';

/** What `scaffoldScenario` needs beyond the model: the scenario's id, the map it walks, and its planned length. */
export interface ScaffoldOptions {
  readonly id: string;
  readonly map: string;
  /** The planned length in minutes, shared evenly between the modules; 90 when left out. */
  readonly duration?: number;
}

/**
 * The main path of a map: from its start event, each step's first flow out, until an end event
 * or a step already on the path. Start and end events are left out: a module is about work.
 */
export function mainPath(map: ProcessMap): Step[] {
  const steps = new Map(map.steps.map((s) => [s.id as string, s]));
  const start = map.steps.find((s) => s.kind === 'start') ?? map.steps[0];
  const path: Step[] = [];
  const seen = new Set<string>();
  for (let step = start; step !== undefined && !seen.has(step.id);) {
    seen.add(step.id);
    path.push(step);
    const flow = map.flows.find((f) => f.from === step?.id && !seen.has(f.to));
    step = flow === undefined ? undefined : steps.get(flow.to);
  }
  return path.filter((s) => s.kind !== 'start' && s.kind !== 'end');
}

/**
 * A valid starting scenario that walks a map: one module per step of its main path, in flow
 * order, each focused on its step, with a role per party of the map's lanes. Every text a
 * trainer must write begins with `TODO`, which `validate` reports as a warning until it is
 * written; nothing else in it is wrong.
 * @throws {OpccError} when the model has no such map, or the map has no steps to walk.
 * @example
 * ```ts
 * const scenario = scaffoldScenario(model, { id: 'complaint-drill', map: 'complaints-against-chief-constable' });
 * writeFileSync('scenarios/complaint-drill.yaml', stringify(scenario)); // stringify from the yaml package
 * ```
 */
export function scaffoldScenario(model: Pick<Model, 'maps'>, options: ScaffoldOptions): DocumentInput<'scenario'> {
  const map = model.maps.find((m) => m.id === options.map);
  if (map === undefined) throw new OpccError(`the model has no process map "${options.map}"`);
  const path = mainPath(map);
  if (path.length === 0) throw new OpccError(`process map "${map.id}" has no steps between its start and end events to walk through`);
  const duration = options.duration ?? 90;
  const slot = Math.max(1, Math.floor(duration / path.length));
  const roles = map.lanes.flatMap((lane) => (lane.party === undefined ? [] : [{ id: lane.id, title: lane.title, party: lane.party }]));
  const objective = 'objective-1';
  return {
    kind: 'scenario',
    id: options.id,
    title: `${PLACEHOLDER}: a title for this exercise on ${map.title}`,
    summary: `${PLACEHOLDER}: one or two sentences on what the exercise is about.`,
    audience: `${PLACEHOLDER}: who the exercise is for.`,
    format: 'tabletop',
    duration,
    marking: 'OFFICIAL',
    version: '0.1',
    setting: `${PLACEHOLDER}: the situation as the participants first hear it.`,
    objectives: [{ id: objective, text: `${PLACEHOLDER}: what the participants should be able to show.`, maps: [map.id] }],
    roles,
    modules: path.map((step, i) => ({
      id: step.id,
      title: step.title,
      start: i * slot,
      narrative: `${PLACEHOLDER}: what has happened by the time the players reach "${step.title}".`,
      focus: { map: map.id, steps: [step.id] },
      questions: [{ id: `${step.id}-question`, prompt: `${PLACEHOLDER}: a question about "${step.title}".`, objectives: [objective] }],
    })),
    debrief: `${PLACEHOLDER}: the hot debrief prompts.`,
  };
}
