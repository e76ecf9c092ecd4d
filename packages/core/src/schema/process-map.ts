import { z } from 'zod';
import { GlossaryCode, LaneId, MapId, OutcomeId, PartyId, ReferenceId, StepId } from './ids.js';
import { Markdown, Title, idList } from './primitives.js';

const stepBase = {
  id: StepId,
  title: Title,
  lane: LaneId.optional().meta({ description: 'The lane of whoever performs the step.' }),
  guidance: Markdown.optional().meta({ description: 'Guidance shown when the shape is clicked.' }),
  references: idList(ReferenceId).meta({ description: 'Reference material for the step: ids from a references document.' }),
  outcomes: idList(OutcomeId).meta({ description: 'Outcome framework elements the step serves.' }),
};

export const STEP_KINDS = ['start', 'end', 'activity', 'decision', 'output', 'sub-process', 'reference'] as const;
/** What a step is, which decides its shape. */
export type StepKind = (typeof STEP_KINDS)[number];

/** The fields of one kind of step, titled and described so that an editor offering the kinds tells them apart. */
function stepOf<K extends StepKind, S extends z.ZodRawShape>(kind: K, title: string, description: string, fields: S) {
  return z
    .strictObject({
      ...stepBase,
      kind: z.literal(kind).meta({ description: `What the step is, which decides its shape. ${title}: ${description}` }),
      ...fields,
    })
    .meta({ title, description });
}

export const Step = z
  .discriminatedUnion('kind', [
    stepOf('start', 'Start step', 'Where the process begins (a circle); no flow may go into it.', {}),
    stepOf('end', 'End step', 'Where the process finishes (a circle with a thick border); no flow may come out of it.', {}),
    stepOf('activity', 'Activity step', 'Work that someone does (a round-corner rectangle); give it the code of its glossary entry.', {
      code: GlossaryCode.optional().meta({ description: 'The glossary entry this activity maps to directly.' }),
    }),
    stepOf('decision', 'Decision step', 'A question with more than one answer (a diamond); label each flow out of it.', {}),
    stepOf('output', 'Output step', 'Something the process produces, such as a plan (a page with a wavy edge).', {}),
    stepOf('sub-process', 'Sub-process step', 'A step that has its own map, given in map (a double-bordered rectangle).', {
      map: MapId.meta({ description: 'The process map this step drills into.' }),
    }),
    stepOf('reference', 'Reference step', 'Reference material to read at this point, listed in references (a page with a folded corner).', {}),
  ])
  .meta({ id: 'Step', description: 'A shape on a process map.' });

export const Flow = z
  .strictObject({
    from: StepId,
    to: StepId,
    label: z.string().optional().meta({ description: 'Words written on the flow, e.g. "Yes" out of a decision.' }),
    condition: z.string().optional().meta({ description: 'For flows out of a decision: when this way is taken.' }),
  })
  .meta({ id: 'Flow', description: 'A flow from one step to the next.' });

export const Lane = z
  .strictObject({
    id: LaneId,
    title: Title,
    party: PartyId.optional().meta({ description: 'The party whose people work in this lane.' }),
  })
  .meta({ id: 'Lane', description: 'A horizontal lane: who performs the steps in it.' });

export const ProcessMapDocument = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('process-map'),
    id: MapId,
    title: Title,
    parent: MapId.optional().meta({ description: 'The map this one is a sub-process of.' }),
    guidance: Markdown.optional(),
    lanes: z.array(Lane).default([]).meta({ description: 'The lanes, top to bottom: who performs the steps.' }),
    steps: z.array(Step).default([]).meta({ description: 'The shapes on the map; each step has an id, a kind and a title.' }),
    flows: z.array(Flow).default([]).meta({ description: 'The arrows between steps.' }),
    references: idList(ReferenceId).meta({ description: 'Reference material for the whole map: ids from a references document.' }),
    outcomes: idList(OutcomeId).meta({ description: 'Outcome framework elements the map serves.' }),
  })
  .meta({ id: 'ProcessMapDocument', title: 'Process map', description: 'A clickable process map.' });
