import { z } from 'zod';
import { PartyId, RelationKindId, RelationshipMapId, StakeholderId } from './ids.js';
import { Markdown, Num, Title, idList } from './primitives.js';

export const STAKEHOLDER_TYPES = ['organisation', 'role', 'board', 'community', 'group'] as const;

export const Aliases = z
  .array(z.string().trim().min(1))
  .meta({ description: 'Other names people know the body by, such as an acronym (IOPC, HMICFRS); search finds them.' });

const Score = Num.pipe(z.number().int().min(1).max(5)).meta({ description: 'From 1 (low) to 5 (high).' });

export const Stakeholder = z
  .strictObject({
    id: StakeholderId,
    title: Title,
    type: z.enum(STAKEHOLDER_TYPES).meta({ description: 'What the stakeholder is: organisation, role, board, community or group.' }),
    description: Markdown.optional(),
    influence: Score.optional(),
    interest: Score.optional(),
    party: PartyId.optional().meta({ description: 'The same body among the parties, if it is there.' }),
    aliases: Aliases.optional(),
  })
  .meta({ id: 'Stakeholder', description: 'An organisation, role, board or community in the stakeholder register.' });

export const StakeholdersDocument = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('stakeholders'),
    stakeholders: z.array(Stakeholder).default([]).meta({ description: 'The stakeholders, each with an id, a title and a type.' }),
  })
  .meta({ id: 'StakeholdersDocument', title: 'Stakeholder register', description: 'Stakeholders shared by every relationship map.' });

export const Relation = z
  .strictObject({
    from: StakeholderId,
    to: StakeholderId,
    kind: RelationKindId.meta({ description: 'The kind of relation: a built-in one such as holds-to-account, or one from a relation-kinds document.' }),
    label: z.string().optional().meta({ description: "Words written on the line instead of the kind's title." }),
    note: Markdown.optional(),
  })
  .meta({ id: 'Relation', description: 'A typed relationship between two stakeholders.' });

export const RELATION_LAYOUTS = ['network', 'hierarchy'] as const;

export const RelationshipMapDocument = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('relationship-map'),
    id: RelationshipMapId,
    title: Title,
    description: Markdown.optional(),
    layout: z.enum(RELATION_LAYOUTS).optional().meta({ description: 'hierarchy for command chains such as gold, silver, bronze.' }),
    stakeholders: idList(StakeholderId).meta({ description: 'Stakeholders shown even when no relation names them.' }),
    relations: z.array(Relation).default([]).meta({ description: 'Who relates to whom: each relation has a from, a to and a kind.' }),
  })
  .meta({ id: 'RelationshipMapDocument', title: 'Relationship map', description: 'Who relates to whom, and how.' });

/** Which way a relation runs in a hierarchy of bodies: up to a higher body, or down to a lower one. */
export const HIERARCHY_DIRECTIONS = ['up', 'down'] as const;

export const RelationKind = z
  .strictObject({
    id: RelationKindId,
    title: Title,
    description: Markdown.optional(),
    hierarchy: z.enum(HIERARCHY_DIRECTIONS).optional().meta({
      description: 'In a hierarchy, "up" when the `from` body sits below the `to` body (reports to), "down" when above it (commands).',
    }),
  })
  .meta({ id: 'RelationKind' });

export const RelationKindsDocument = z
  .strictObject({
    $schema: z.string().optional(),
    kind: z.literal('relation-kinds'),
    kinds: z.array(RelationKind).default([]).meta({ description: 'The kinds of relation this model adds, each with an id and a title.' }),
  })
  .meta({ id: 'RelationKindsDocument', title: 'Relation kinds', description: 'Kinds of relationship beyond the built-in ones.' });
