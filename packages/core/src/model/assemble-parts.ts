import type { DocumentBody } from '../schema/documents.js';
import type { GlossaryEntryId } from '../schema/ids.js';
import { compareText } from '../util/compare.js';
import { codeDepth, compareCodes, defaultEntryId } from './glossary-code.js';
import type { Glossary, GlossaryEntry } from './model.js';

const DEFAULT_GLOSSARY_TITLE = 'Police Activities Glossary';

/** One glossary from several glossary documents: the first of each setting wins, entries in code order with ids and levels filled in. */
export function assembleGlossary(parts: ReadonlyArray<DocumentBody<'glossary'>>): Glossary {
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

/** Items with an id in id order, the first of each id kept: the canonical order of a model's collections. */
export function byId<T extends { id: string }>(items: ReadonlyArray<T>): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id)).sort((a, b) => compareText(a.id, b.id));
}
