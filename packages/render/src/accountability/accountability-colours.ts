import { accountableFor, indexModel, type GlossaryCode, type Model, type ProfileId } from '@opcc/core';
import { PALETTE } from '../svg/palette.js';

/** The fill of a glossary entry under a profile, and the words for its accessible name. */
export interface AccountabilityFill {
  readonly fill: string;
  /** "Accountable: Police and Crime Commissioner", or "No one accountable". */
  readonly description: string;
  /** The code the assignment was inherited from, when it was. */
  readonly inheritedFrom?: string;
  /** True when the entry has an assignment of its own. */
  readonly own: boolean;
}

/** A colour key: one entry per party that can be accountable, then shared and unassigned. */
export interface ColourKey {
  readonly label: string;
  readonly fill: string;
}

/**
 * Colours by accountable party under a profile. The parties the profile makes accountable get
 * tints in the order the model lists them, so a party keeps its colour on every page drawn
 * with that profile.
 */
export class AccountabilityColours {
  private readonly partyFill: ReadonlyMap<string, string>;
  private readonly partyTitle: ReadonlyMap<string, string>;

  constructor(
    private readonly model: Model,
    readonly profileId: ProfileId,
  ) {
    // Only parties the profile makes accountable take a colour, so colours run out only when a
    // profile names more parties than the palette has tints.
    const named = new Set(
      indexModel(model)
        .findProfile(this.profileId)
        ?.assignments.flatMap((a) => a.accountable as readonly string[]) ?? [],
    );
    const coloured = model.parties.filter((p) => named.has(p.id));
    this.partyFill = new Map(coloured.map((p, i) => [p.id as string, PALETTE.parties[i % PALETTE.parties.length] as string]));
    this.partyTitle = new Map(model.parties.map((p) => [p.id as string, p.title]));
  }

  /** The fill of a glossary code. */
  fillFor(code: GlossaryCode): AccountabilityFill {
    const a = accountableFor(this.model, this.profileId, code);
    const names = a.accountable.map((p) => this.partyTitle.get(p) ?? p);
    const own = a.inheritedFrom === code;
    const inherited = a.inheritedFrom !== undefined && !own ? { inheritedFrom: a.inheritedFrom } : {};
    if (a.accountable.length === 0) return { fill: PALETTE.unassigned, description: 'No one accountable', own, ...inherited };
    const fill = a.accountable.length > 1 ? PALETTE.shared : (this.partyFill.get(a.accountable[0] as string) ?? PALETTE.unassigned);
    return { fill, description: `Accountable: ${names.join(' and ')}`, own, ...inherited };
  }

  /** The colour key for the parties that appear in `fills`, in model order, then shared and unassigned if used. */
  key(used: ReadonlySet<string>): ColourKey[] {
    const parties = this.model.parties
      .filter((p) => used.has(this.partyFill.get(p.id) ?? ''))
      .map((p) => ({ label: p.title, fill: this.partyFill.get(p.id) ?? PALETTE.unassigned }));
    return [
      ...parties,
      ...(used.has(PALETTE.shared) ? [{ label: 'Shared accountability', fill: PALETTE.shared }] : []),
      ...(used.has(PALETTE.unassigned) ? [{ label: 'No one accountable', fill: PALETTE.unassigned }] : []),
    ];
  }
}
