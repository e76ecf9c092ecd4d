import type { ParsedDocument } from '../load/parsed-document.js';
import type { DocumentKind, ModelDocumentOf } from '../schema/documents.js';
import type { GlossaryEntryId } from '../schema/ids.js';
import { compareText } from '../util/compare.js';
import { codeDepth, compareCodes, defaultEntryId } from './glossary-code.js';
import type { Glossary, GlossaryEntry, Model } from './model.js';

const DEFAULT_TITLE = 'OPCC operating model';
const DEFAULT_GLOSSARY_TITLE = 'Police Activities Glossary';

/**
 * Puts validated documents together into one model. Collections are put in a canonical order
 * so that the model does not depend on how it was split into files. Where documents clash
 * (two value chains, two glossary entries with one code) the first wins; the checks report it.
 */
export function assembleModel(documents: ReadonlyArray<ParsedDocument>): Model {
  const of = <K extends DocumentKind>(kind: K) =>
    documents.filter((d): d is Extract<ParsedDocument, { kind: K }> => d.kind === kind).map((d) => body(d.data as ModelDocumentOf<K>));
  const manifest = of('model')[0];
  const valueChain = of('value-chain')[0];
  return {
    title: manifest?.title ?? DEFAULT_TITLE,
    ...(manifest?.description === undefined ? {} : { description: manifest.description }),
    ...(manifest?.version === undefined ? {} : { version: manifest.version }),
    ...(manifest?.asAt === undefined ? {} : { asAt: manifest.asAt }),
    glossary: assembleGlossary(of('glossary')),
    parties: byId(of('parties').flatMap((d) => d.parties)),
    profiles: byId(of('accountability-profile')),
    ...(valueChain === undefined ? {} : { valueChain }),
    maps: byId(of('process-map')),
    stakeholders: byId(of('stakeholders').flatMap((d) => d.stakeholders)),
    relationshipMaps: byId(of('relationship-map')),
    relationKinds: byId(of('relation-kinds').flatMap((d) => d.kinds)),
    outcomeFrameworks: byId(of('outcome-framework')),
    references: byId(of('references').flatMap((d) => d.references)),
    collaborations: byId(of('collaboration')),
  };
}

function assembleGlossary(parts: ReadonlyArray<Omit<ModelDocumentOf<'glossary'>, 'kind' | '$schema'>>): Glossary {
  const first = <T>(pick: (part: (typeof parts)[number]) => T | undefined) => parts.map(pick).find((v) => v !== undefined);
  const levels = first((p) => p.levels) ?? [];
  const seen = new Set<string>();
  const entries: GlossaryEntry[] = [];
  for (const entry of parts.flatMap((p) => p.entries)) {
    if (seen.has(entry.code)) continue;
    seen.add(entry.code);
    const level = entry.level ?? levels[codeDepth(entry.code) - 1];
    const { level: _declared, id, ...rest } = entry;
    entries.push({ ...rest, id: id ?? (defaultEntryId(entry.code) as GlossaryEntryId), ...(level === undefined ? {} : { level }) });
  }
  entries.sort((a, b) => compareCodes(a.code, b.code));
  const edition = first((p) => p.edition);
  return {
    title: first((p) => p.title) ?? DEFAULT_GLOSSARY_TITLE,
    ...(edition === undefined ? {} : { edition }),
    illustrative: parts.some((p) => p.illustrative === true),
    levels,
    entries,
  };
}

function body<T extends { kind: string; $schema?: string | undefined }>(data: T): Omit<T, 'kind' | '$schema'> {
  const { kind: _kind, $schema: _schema, ...rest } = data;
  return rest;
}

function byId<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id)).sort((a, b) => compareText(a.id, b.id));
}
