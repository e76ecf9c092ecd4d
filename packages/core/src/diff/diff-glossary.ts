import type { GlossaryEntry, Model } from '../model/model.js';
import type { Change, ChangeOf } from '../schema/change-set.js';
import type { GlossaryCode } from '../schema/ids.js';
import { changedFields, pairBy } from '../impact/pair-by.js';
import { fieldUpdate } from './field-update.js';

/** The fields of an entry that `update-entry` sets. */
const ENTRY_FIELDS = ['title', 'description', 'level', 'outcomes'] as const;

/**
 * Renumbering, matched by the entries' stable ids: top-down, so that renumbering an entry,
 * which takes the entries beneath it along, is not repeated for them.
 */
export function renumberings(current: Model, target: Model): Array<ChangeOf<'renumber-entry'>> {
  const wanted = new Map(target.glossary.entries.map((e) => [e.id, e.code]));
  const codes = new Map(current.glossary.entries.map((e) => [e.id, e.code as string]));
  const changes: Array<ChangeOf<'renumber-entry'>> = [];
  for (const entry of current.glossary.entries) {
    const from = codes.get(entry.id) as GlossaryCode;
    const to = wanted.get(entry.id);
    if (to === undefined || to === from) continue;
    changes.push({ change: 'renumber-entry', entry: entry.id, from, to });
    for (const [id, code] of codes) if (code === from || code.startsWith(`${from}.`)) codes.set(id, `${to}${code.slice(from.length)}`);
  }
  return changes;
}

/** The entry as `add-entry` takes it: its level is the glossary's name for its depth, not a field of its own, unless it was written. */
function entryBody(entry: GlossaryEntry): ChangeOf<'add-entry'>['entry'] {
  return entry as ChangeOf<'add-entry'>['entry'];
}

/** Entries to add and entries whose title, description, level or outcomes change (codes already renumbered). */
export function entryAdditions(current: Model, target: Model): Change[] {
  const paired = pairBy(current.glossary.entries, target.glossary.entries, (e) => e.id);
  return [
    ...paired.added.map((entry): Change => ({ change: 'add-entry', entry: entryBody(entry) })),
    ...paired.kept.flatMap(([a, b]): Change[] => {
      const fields = changedFields(a, b).filter((f): f is (typeof ENTRY_FIELDS)[number] => (ENTRY_FIELDS as readonly string[]).includes(f));
      return fields.length === 0 ? [] : [{ change: 'update-entry', code: b.code, ...fieldUpdate(a, b, fields) } as Change];
    }),
  ];
}

/** Entries to retire: once nothing uses them, so last. */
export function entryRetirements(current: Model, target: Model): Change[] {
  return pairBy(current.glossary.entries, target.glossary.entries, (e) => e.id).removed.map((e) => ({ change: 'retire-entry', code: e.code, title: e.title }));
}
