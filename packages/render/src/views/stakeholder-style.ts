import type { Stakeholder } from '@opcc/core';
import { STAKEHOLDER_TYPES } from '@opcc/core';
import { PALETTE } from '../svg/palette.js';

const TYPE_NAMES: Readonly<Record<Stakeholder['type'], string>> = {
  organisation: 'Organisation',
  role: 'Role',
  board: 'Board',
  community: 'Community',
  group: 'Group',
};

/** The readable name of a stakeholder type. */
export function stakeholderTypeName(type: Stakeholder['type']): string {
  return TYPE_NAMES[type];
}

/** The fill of a stakeholder by type. */
export function stakeholderFill(type: Stakeholder['type']): string {
  return PALETTE.parties[STAKEHOLDER_TYPES.indexOf(type) % PALETTE.parties.length] as string;
}

/** The legend entries for the types that occur, in the schema's order. */
export function stakeholderLegend(stakeholders: readonly Stakeholder[]): Array<{ label: string; fill: string }> {
  const used = new Set(stakeholders.map((s) => s.type));
  return STAKEHOLDER_TYPES.filter((t) => used.has(t)).map((t) => ({ label: TYPE_NAMES[t], fill: stakeholderFill(t) }));
}

/**
 * The accessible name of a stakeholder's shape, e.g. "Stakeholder role: Chief Constable, 4
 * relations". The type comes before the title, as the caption is drawn above it, so that the
 * name holds the visible words in order (WCAG 2.5.3).
 */
export function stakeholderName(s: Stakeholder, detail: string): string {
  return `Stakeholder ${TYPE_NAMES[s.type].toLowerCase()}: ${s.title}, ${detail}`;
}
