import { z } from 'zod';
import { GlossaryCode, LaneId, MapId, OutcomeId, PartyId, ReferenceId, StepId } from './ids.js';
import { Markdown, Title, idList } from './primitives.js';

const stepBase = {
  id: StepId,
  title: Title,
  lane: LaneId.optional().meta({ description: 'The lane of whoever performs the step.' }),
  guidance: Markdown.optional().meta({ description: 'Guidance shown when the shape is clicked.' }),
  references: idList(ReferenceId),
  outcomes: idList(OutcomeId),
};

export const STEP_KINDS = ['start', 'end', 'activity', 'decision', 'output', 'sub-process', 'reference'] as const;
/** What a step is, which decides its shape. */
export type StepKind = (typeof STEP_KINDS)[number];

export const Step = z
  .discriminatedUnion('kind', [
    z.strictObject({ ...stepBase, kind: z.literal('start') }),
    z.strictObject({ ...stepBase, kind: z.literal('end') }),
    z.strictObject({
      ...stepBase,
      kind: z.literal('activity'),
      code: GlossaryCode.optional().meta({ description: 'The glossary entry this activity maps to directly.' }),
    }),
    z.strictObject({ ...stepBase, kind: z.literal('decision') }),
    z.strictObject({ ...stepBase, kind: z.literal('output') }),
    z.strictObject({
      ...stepBase,
      kind: z.literal('sub-process'),
      map: MapId.meta({ description: 'The process map this step drills into.' }),
    }),
    z.strictObject({ ...stepBase, kind: z.literal('reference') }),
  ])
  .meta({ id: 'Step', description: 'A shape on a process map.' });

export const Flow = z
  .strictObject({
    from: StepId,
    to: StepId,
    label: z.string().optional(),
    condition: z.string().optional().meta({ description: 'For flows out of a decision: when this way is taken.' }),
  })
  .meta({ id: 'Flow', description: 'A flow from one step to the next.' });

export const Lane = z
  .strictObject({
    id: LaneId,
    title: Title,
    party: PartyId.optional(),
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
    lanes: z.array(Lane).default([]),
    steps: z.array(Step).default([]),
    flows: z.array(Flow).default([]),
    references: idList(ReferenceId),
    outcomes: idList(OutcomeId),
  })
  .meta({ id: 'ProcessMapDocument', title: 'Process map', description: 'A clickable process map.' });
