/*
 * The queries that take an id as plain text or as a branded id look it up with this. A brand is
 * a compile-time tag on a string and the index's tables are keyed by the text, so text that is no
 * id of the kind is simply not found, and the query says so with NotFoundError. Not exported
 * from the package: outside it, ids come from the loader or the id constructors.
 */
export function textId<Id extends string>(text: string): Id {
  return text as Id;
}
