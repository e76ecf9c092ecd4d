import { z } from 'zod';
import { FrameworkId, OutcomeId, ReferenceId } from './ids.js';
import { Markdown, Title, idList } from './primitives.js';

export const Measure = z
  .strictObject({
    id: OutcomeId,
    title: Title,
    source: z.string().trim().min(1).optional().meta({ description: 'Where the data comes from, in words.' }),
    reference: ReferenceId.optional().meta({ description: 'The data source in the reference library.' }),
    unit: z.string().optional().meta({ description: 'What the measure counts in, e.g. "%" or "days".' }),
  })
  .meta({ id: 'Measure' });

const elementBase = {
  id: OutcomeId,
  title: Title,
  description: Markdown.optional(),
  measures: z.array(Measure).default([]).meta({ description: 'How progress is measured.' }),
};

export const OutcomeFrameworkDocument = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('outcome-framework'),
    id: FrameworkId,
    title: Title,
    vision: z.strictObject({ ...elementBase }).meta({ description: 'e.g. "Communities in the area are safer and feel safer".' }),
    outcomes: z
      .array(z.strictObject({ ...elementBase }))
      .default([])
      .meta({ description: 'The outcomes that make up the vision.' }),
    objectives: z
      .array(z.strictObject({ ...elementBase, outcomes: idList(OutcomeId).meta({ description: 'The outcomes this objective serves.' }) }))
      .default([])
      .meta({ description: 'Objectives and priorities.' }),
    areaPriorities: z
      .array(
        z.strictObject({
          ...elementBase,
          area: z.string().trim().min(1).meta({ description: 'The district, e.g. one community safety partnership.' }),
          objectives: idList(OutcomeId).meta({ description: 'The objectives this priority serves.' }),
        }),
      )
      .default([])
      .meta({ description: 'Priorities of one district that serve the objectives.' }),
  })
  .meta({ id: 'OutcomeFrameworkDocument', title: 'Outcome framework', description: 'Vision, outcomes, objectives and area priorities.' });
