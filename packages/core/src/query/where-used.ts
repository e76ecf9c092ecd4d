import type { Model } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import type { BusinessAreaId, CollaborationId, GlossaryCode, MapId, StepId } from '../schema/ids.js';
import { glossaryDescendants, glossaryEntry } from './glossary-tree.js';

/** Where a glossary entry is used. */
export interface Usage {
  /** Maps with at least one step carrying the code, by id. */
  readonly maps: readonly MapId[];
  /** Every step carrying the code. */
  readonly steps: ReadonlyArray<{ readonly map: MapId; readonly step: StepId; readonly code: GlossaryCode }>;
  /** Collaboration business areas that cover the code. */
  readonly businessAreas: ReadonlyArray<{ readonly collaboration: CollaborationId; readonly area: BusinessAreaId; readonly code: GlossaryCode }>;
}

/**
 * Which maps, steps and collaboration business areas carry a glossary code (optionally any code beneath it).
 * @throws {@link NotFoundError} when the glossary has no entry with the code.
 */
export function whereUsed(model: Model, code: GlossaryCode, options: { readonly includeDescendants?: boolean } = {}): Usage {
  glossaryEntry(model, code);
  const codes = new Set<GlossaryCode>([code, ...(options.includeDescendants === true ? glossaryDescendants(model, code).map((e) => e.code) : [])]);
  const steps: Array<Usage['steps'][number]> = [];
  for (const map of model.maps) {
    for (const step of map.steps)
      if (step.kind === 'activity' && step.code !== undefined && codes.has(step.code)) steps.push({ map: map.id, step: step.id, code: step.code });
  }
  const businessAreas = model.collaborations.flatMap((c) =>
    c.businessAreas.flatMap((area) => area.codes.filter((c2) => codes.has(c2)).map((c2) => ({ collaboration: c.id, area: area.id, code: c2 }))),
  );
  const maps = [...new Set(steps.map((s) => s.map))].filter((id) => indexModel(model).maps.has(id));
  return { maps, steps, businessAreas };
}
