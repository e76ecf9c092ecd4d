import type { Model } from '../model/model.js';
import type { GlossaryChanges } from './impact-report.js';
import { pairBy } from './pair-by.js';

/** Glossary entries added, retired, renumbered or retitled, matched by their stable id. */
export function glossaryChanges(before: Model, after: Model): GlossaryChanges {
  const paired = pairBy(before.glossary.entries, after.glossary.entries, (e) => e.id);
  const mention = (e: Model['glossary']['entries'][number]) => ({ id: e.id, code: e.code, title: e.title });
  return {
    added: paired.added.map(mention),
    removed: paired.removed.map(mention),
    renumbered: paired.kept.filter(([a, b]) => a.code !== b.code).map(([a, b]) => ({ id: b.id, title: b.title, from: a.code, to: b.code })),
    retitled: paired.kept.filter(([a, b]) => a.title !== b.title).map(([a, b]) => ({ id: b.id, code: b.code, from: a.title, to: b.title })),
  };
}
