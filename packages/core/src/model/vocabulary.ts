import type { StepKind } from '../schema/process-map.js';

/** The four roles of an assignment (RACI), in the order they are read and reported. */
export const ACCOUNTABILITY_ROLES = ['accountable', 'responsible', 'consulted', 'informed'] as const;
/** One of the four roles of an assignment (RACI). */
export type AccountabilityRole = (typeof ACCOUNTABILITY_ROLES)[number];

/** The five groups of value-chain segments, in the order the value-chain document lists them. */
export const SEGMENT_GROUPS = ['stages', 'bands', 'areas', 'chain', 'supporting'] as const;
/** One of the five groups of value-chain segments. */
export type SegmentGroup = (typeof SEGMENT_GROUPS)[number];

/** What a reader calls each group of segments: a heading for the group and a noun for one segment of it. */
export const SEGMENT_GROUP_NAMES: { readonly [G in SegmentGroup]: { readonly title: string; readonly noun: string } } = {
  stages: { title: 'Stages', noun: 'Stage' },
  bands: { title: 'Bands', noun: 'Band' },
  areas: { title: 'Responsibility areas', noun: 'Responsibility area' },
  chain: { title: 'From mandate to outcomes', noun: 'Chain' },
  supporting: { title: 'Supporting processes', noun: 'Supporting process' },
};

/** What a reader calls each kind of step, in legends, accessible names and step lists. */
export const STEP_KIND_NAMES: { readonly [K in StepKind]: string } = {
  start: 'Start',
  end: 'End',
  activity: 'Activity',
  decision: 'Decision',
  output: 'Output',
  'sub-process': 'Sub-process',
  reference: 'Reference material',
};
