/** One thing a person can find. */
export interface SearchDocument {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly code: string;
  readonly text: string;
  readonly url: string;
}

/**
 * MiniSearch options shared by the index built with the site and the script that reads it:
 * loading an index needs exactly the options it was built with.
 */
export const SEARCH_OPTIONS = {
  fields: ['title', 'code', 'text'],
  storeFields: ['kind', 'title', 'code', 'url'],
  tokenize: (text: string, field?: string) => (field === 'code' ? text.split(/\s+/) : words(text)).filter(Boolean),
  searchOptions: {
    boost: { code: 4, title: 3 },
    prefix: true,
    fuzzy: (term: string) => (CODE.test(term) ? false : 0.2),
    // The glossary entry is the home of a code, so it ranks above the steps that carry it; an organisation is the home of its
    // acronym, so it ranks above the many steps that name it (a stakeholder's long title would otherwise weigh each word less).
    boostDocument: (_id: unknown, term: string, stored?: Record<string, unknown>) =>
      stored?.['kind'] === 'Glossary entry' ? 1.5 : namesAlias(stored, term) ? 2 : 1,
    // A glossary code such as 1.1.2.8 stays one term, so it finds that entry and its children.
    tokenize: (query: string) => query.split(/\s+/).flatMap((t) => (CODE.test(t) ? [t] : words(t))).filter(Boolean),
  },
};

const CODE = /^\d+(?:\.\d+)*$/;

/** The kinds of document whose title ends with the names it is also known by, in brackets: `Crown Prosecution Service (CPS)`. */
const ALIASED_KINDS = new Set(['Stakeholder', 'Party']);

/** Whether a stakeholder's or party's title gives the term, as the index holds it, as one of its aliases. */
function namesAlias(stored: Record<string, unknown> | undefined, term: string): boolean {
  if (!ALIASED_KINDS.has(String(stored?.['kind']))) return false;
  const aliases = /\(([^()]*)\)$/.exec(String(stored?.['title']))?.[1] ?? '';
  return words(aliases).some((alias) => alias.toLowerCase() === term);
}

function words(text: string): string[] {
  return text.split(/[\p{Z}\p{P}\s]+/u);
}

/** The global the search index file sets; a plain script, because pages opened from disk cannot fetch files. */
export const SEARCH_GLOBAL = '__OPCC_SEARCH_INDEX__';

/** One document in a {@link PackedSearchDocuments} run: its title, its address after its kind's common start, code and text (left out when empty). */
export type PackedSearchRow = readonly [title: string, url: string, code?: string, text?: string];

/**
 * The searchable documents as the site ships them, which is what the site's search index weighs: each kind written once
 * with the start its documents' addresses share (a map page's name, `glossary.html#pag-`), and the documents in order as
 * runs of one kind, each a row of title, the rest of its address, code and text, trailing empty fields left out. The search
 * page indexes them when it opens, which takes a few milliseconds, instead of loading a built index three times their size.
 */
export interface PackedSearchDocuments {
  readonly kinds: ReadonlyArray<readonly [kind: string, urlStart: string]>;
  readonly runs: ReadonlyArray<readonly [kind: number, ...rows: PackedSearchRow[]]>;
}

/** The documents of a {@link PackedSearchDocuments}, numbered in order: the number is the id the search page's index gives each. */
export function unpackSearchDocuments(packed: PackedSearchDocuments): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const [kindNumber, ...rows] of packed.runs) {
    const [kind, urlStart] = packed.kinds[kindNumber] ?? ['', ''];
    for (const [title, url, code = '', text = ''] of rows) docs.push({ id: String(docs.length), kind, title, code, text, url: urlStart + url });
  }
  return docs;
}
