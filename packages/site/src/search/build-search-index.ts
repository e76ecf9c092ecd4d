import { indexModel, type Model } from '@opcc/core';
import { pagePath } from '../pages/paths.js';
import { SEARCH_GLOBAL, type PackedSearchDocuments, type PackedSearchRow, type SearchDocument } from './search-options.js';

/**
 * Everything searchable in the model, one document per page or place on a page.
 * @example
 * ```ts
 * searchDocuments(guide).filter((d) => d.kind === 'Glossary entry').length;
 * ```
 */
export function searchDocuments(model: Model): SearchDocument[] {
  const docs: SearchDocument[] = [];
  const add = (doc: Omit<SearchDocument, 'code' | 'text'> & { code?: string | undefined; text?: string | undefined }) =>
    docs.push({ ...doc, code: doc.code ?? '', text: doc.text ?? '' });
  for (const map of model.maps) {
    add({ id: `map:${map.id}`, kind: 'Process map', title: map.title, text: map.guidance, url: pagePath.map(map.id) });
    for (const step of map.steps) {
      const code = step.kind === 'activity' ? step.code : undefined;
      add({ id: `step:${map.id}/${step.id}`, kind: `Step in ${map.title}`, title: step.title, code, text: step.guidance, url: `${pagePath.map(map.id)}#${step.id}` });
    }
  }
  for (const e of model.glossary.entries) add({ id: `glossary:${e.code}`, kind: 'Glossary entry', title: e.title, code: e.code, text: e.description, url: pagePath.glossaryEntry(e.id) });
  const partyAliases = (stakeholder: string) => model.parties.filter((p) => p.stakeholder === stakeholder).flatMap((p) => p.aliases ?? []);
  for (const s of model.stakeholders) {
    // Acronyms (IOPC, CPS) are part of the title, so they find the stakeholder as surely as its name and show in the result.
    const known = [...new Set([...(s.aliases ?? []), ...partyAliases(s.id)])];
    const title = known.length === 0 ? s.title : `${s.title} (${known.join(', ')})`;
    add({ id: `stakeholder:${s.id}`, kind: 'Stakeholder', title, text: s.description, url: `${pagePath.stakeholders()}#stakeholder-${s.id}` });
  }
  for (const p of model.parties.filter((party) => party.stakeholder === undefined && (party.aliases ?? []).length > 0)) {
    // A party outside the register is found by its aliases on the collaboration that names it.
    const home = model.collaborations.find((c) => c.partners.includes(p.id) || c.units.includes(p.id));
    if (home !== undefined)
      add({ id: `party:${p.id}`, kind: 'Party', title: `${p.title} (${(p.aliases ?? []).join(', ')})`, text: p.description, url: pagePath.collaboration(home.id) });
  }
  for (const m of model.relationshipMaps) add({ id: `relationships:${m.id}`, kind: 'Relationship map', title: m.title, text: m.description, url: pagePath.relationshipMap(m.id) });
  for (const [id, o] of indexModel(model).outcomes) add({ id: `outcome:${id}`, kind: `Outcome framework: ${o.level.replace('-', ' ')}`, title: o.title, url: `${pagePath.outcomeFramework(o.framework.id)}#${id}` });
  for (const r of model.references) add({ id: `reference:${r.id}`, kind: 'Reference material', title: r.title, text: [r.description, r.note].filter(Boolean).join(' '), url: pagePath.reference(r.id) });
  for (const c of model.collaborations) {
    add({ id: `collaboration:${c.id}`, kind: 'Collaboration', title: c.title, text: c.description, url: pagePath.collaboration(c.id) });
    for (const a of c.businessAreas) add({ id: `area:${c.id}/${a.id}`, kind: `Business area of ${c.title}`, title: a.title, code: a.codes.join(' '), text: a.description, url: `${pagePath.collaboration(c.id)}#area-${a.id}` });
  }
  // The title and summary only: a search box on the participants' site must never surface answers.
  for (const s of model.scenarios) add({ id: `scenario:${s.id}`, kind: 'Training scenario', title: s.title, text: s.summary, url: pagePath.scenario(s.id) });
  return docs;
}

/** The documents packed as the site ships them (read back by unpackSearchDocuments). */
function packSearchDocuments(docs: readonly SearchDocument[]): PackedSearchDocuments {
  const urls = new Map<string, string[]>();
  for (const d of docs) urls.set(d.kind, [...(urls.get(d.kind) ?? []), d.url]);
  const kinds = [...urls].map(([kind, all]) => [kind, commonStart(all)] as const);
  const number = new Map(kinds.map(([kind], i) => [kind, i]));
  const runs: Array<[number, ...PackedSearchRow[]]> = [];
  for (const d of docs) {
    const kind = number.get(d.kind) ?? 0;
    const start = kinds[kind]?.[1] ?? '';
    const row = trimEmpty([d.title, d.url.slice(start.length), d.code, d.text]) as unknown as PackedSearchRow;
    const last = runs.at(-1);
    if (last?.[0] === kind) last.push(row);
    else runs.push([kind, row]);
  }
  return { kinds, runs };
}

/** The longest start that every one of the strings shares. */
function commonStart(all: readonly string[]): string {
  let start = all[0] ?? '';
  for (const s of all) while (!s.startsWith(start)) start = start.slice(0, -1);
  return start;
}

function trimEmpty(fields: string[]): string[] {
  while (fields.length > 2 && fields.at(-1) === '') fields.pop();
  return fields;
}

/**
 * The search documents as a script that sets a global, so they load from disk where fetch cannot;
 * the search page indexes them when it opens. They are written as a JSON object rather than a
 * string holding JSON, which would escape every quote in it.
 */
export function searchIndexScript(model: Model): string {
  // Escaped for safety inside a script even though it is a separate file; line separators are escaped for older script parsers.
  const json = JSON.stringify(packSearchDocuments(searchDocuments(model)))
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `window.${SEARCH_GLOBAL}=${json};\n`;
}
