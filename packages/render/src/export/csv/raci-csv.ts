import { accountableFor, ACCOUNTABILITY_ROLES, indexModel, type AccountabilityRole, type Model, type PartyId, type ProfileId } from '@opcc/core';
import { writeCsv, type CsvOptions } from './write-csv.js';

/** The letter of each role in a RACI cell. */
const LETTER: Record<AccountabilityRole, string> = { responsible: 'R', accountable: 'A', consulted: 'C', informed: 'I' };
const ORDER: readonly AccountabilityRole[] = ['responsible', 'accountable', 'consulted', 'informed'];

/**
 * The RACI matrix of a profile: a row per glossary entry (code order), a column per party the
 * profile names, and in each cell the party's roles as letters joined by `/` (`R/A`). A role the
 * entry inherits from an ancestor's assignment, rather than being assigned itself, is in
 * brackets: `(A)`.
 *
 * @throws NotFoundError (of @opcc/core) for an unknown profile.
 * @example
 * writeFileSync('raci-northshire.csv', raciCsv(model, 'northshire'));
 */
export function raciCsv(model: Model, profileId: string, options: CsvOptions = {}): string {
  const profile = indexModel(model).getProfile(profileId as ProfileId);
  const own = new Map(profile.assignments.map((a) => [a.code as string, a]));
  const named = new Set(profile.assignments.flatMap((a) => ACCOUNTABILITY_ROLES.flatMap((role) => a[role])));
  const parties = model.parties.filter((p) => named.has(p.id));
  const rows = model.glossary.entries.map((entry) => {
    const answer = accountableFor(model, profile.id, entry.code);
    const cell = (party: PartyId) =>
      ORDER.filter((role) => answer[role].includes(party))
        .map((role) => ((own.get(entry.code)?.[role].length ?? 0) > 0 ? LETTER[role] : `(${LETTER[role]})`))
        .join('/');
    return [entry.code, entry.title, ...parties.map((p) => cell(p.id))];
  });
  return writeCsv([['code', 'title', ...parties.map((p) => p.title)], ...rows], options);
}
