import type { z } from 'zod';
import type { Flow, GlossaryEntry, Lane, Party, Reference, Relation, RelationKind, Segment, Stakeholder, Step } from '../model/model.js';
import { GlossaryEntry as GlossaryEntryElement } from './glossary.js';
import { Party as PartyElement } from './parties.js';
import { Flow as FlowElement, Lane as LaneElement, Step as StepElement } from './process-map.js';
import { Reference as ReferenceElement } from './references.js';
import { Relation as RelationElement, RelationKind as RelationKindElement, Stakeholder as StakeholderElement } from './stakeholders.js';
import { Segment as SegmentElement } from './value-chain.js';

// The schemas of the parts of documents, typed by the model's own types so that tools can
// validate one part on its own.

/** Validates one step of a process map. */
export const StepSchema: z.ZodType<Step> = StepElement;
/** Validates one flow between steps. */
export const FlowSchema: z.ZodType<Flow> = FlowElement;
/** Validates one lane of a process map. */
export const LaneSchema: z.ZodType<Lane> = LaneElement;
/** Validates one glossary entry as written (its id and level may be left out). */
export const GlossaryEntrySchema: z.ZodType<Omit<GlossaryEntry, 'id' | 'level'> & { id?: GlossaryEntry['id'] | undefined; level?: string | undefined }> =
  GlossaryEntryElement;
/** Validates one party. */
export const PartySchema: z.ZodType<Party> = PartyElement;
/** Validates one item of reference material. */
export const ReferenceSchema: z.ZodType<Reference> = ReferenceElement;
/** Validates one relation of a relationship map. */
export const RelationSchema: z.ZodType<Relation> = RelationElement;
/** Validates one declared kind of relation. */
export const RelationKindSchema: z.ZodType<RelationKind> = RelationKindElement;
/** Validates one stakeholder. */
export const StakeholderSchema: z.ZodType<Stakeholder> = StakeholderElement;
/** Validates one value-chain segment. */
export const SegmentSchema: z.ZodType<Segment> = SegmentElement;
