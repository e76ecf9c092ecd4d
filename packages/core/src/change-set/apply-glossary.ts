import type { GlossaryEntryId } from '../schema/ids.js';
import { defaultEntryId } from '../model/glossary-code.js';
import { codesOf } from './apply-accountability.js';
import type { Appliers } from './applier.js';
import { removeFrom } from './applier.js';
import { copyOf, type Draft } from './draft.js';
import { shown } from './same-value.js';
import { updateFields } from './update-fields.js';

/** Glossary entries added, retired, renumbered (their ids stay, every use follows) and changed. */
export const glossaryAppliers: Appliers<'add-entry' | 'retire-entry' | 'renumber-entry' | 'update-entry'> = {
  'add-entry': (draft, ctx) => {
    const { entry } = ctx.change;
    const id = entry.id ?? (defaultEntryId(entry.code) as GlossaryEntryId);
    const entries = draft.glossary.entries;
    const codeFree = ctx.expectNew(
      entries.map((e) => ({ id: e.code })),
      `glossary entry ${entry.code}`,
      entry.code,
      ['entry', 'code'],
    );
    // A code already taken says it all; its default id would only say it again.
    const free = codeFree && ctx.expectNew(entries, `glossary entry id "${id}"`, id, ['entry', entry.id === undefined ? 'code' : 'id']);
    if (free) entries.push({ ...copyOf(entry), id } as Draft['glossary']['entries'][number]);
  },
  'retire-entry': (draft, ctx) => {
    const { code, title } = ctx.change;
    const entry = findEntry(draft, ctx.change.code, (known) => ctx.expect('glossary code', code, known, ['code']));
    if (entry === undefined) return;
    if (title !== undefined && entry.title !== title) {
      ctx.conflict(['title'], `glossary entry ${code}`, `to be titled ${shown(title)}`, `it is titled ${shown(entry.title)}`);
      return;
    }
    const beneath = codesOf(draft).filter((c) => c.startsWith(`${code}.`));
    if (beneath.length > 0) {
      ctx.conflict(['code'], `glossary entry ${code}`, 'to have no entries beneath it', `${shown(beneath)} ${beneath.length === 1 ? 'is' : 'are'}`);
      return;
    }
    removeFrom(draft.glossary.entries, entry);
  },
  'renumber-entry': (draft, ctx) => {
    const { from, to, entry: id } = ctx.change;
    const entry = findEntry(draft, from, (known) => ctx.expect('glossary code', from, known, ['from']));
    if (entry === undefined) return;
    if (id !== undefined && entry.id !== id) {
      ctx.conflict(['entry'], `glossary entry ${from}`, `to have the id ${shown(id)}`, `its id is ${shown(entry.id)}`);
      return;
    }
    const renumber = (code: string) => (code === from ? to : code.startsWith(`${from}.`) ? `${to}${code.slice(from.length)}` : code);
    const moving = new Set(codesOf(draft).filter((code) => renumber(code) !== code));
    const taken = codesOf(draft).filter((code) => !moving.has(code) && [...moving].some((m) => renumber(m) === code));
    if (taken.length > 0) {
      ctx.conflict(['to'], `the codes ${shown(taken)}`, 'to be free', `the glossary has ${taken.length === 1 ? 'it' : 'them'}`);
      return;
    }
    renumberUses(draft, renumber);
  },
  'update-entry': (draft, ctx) => {
    const { code } = ctx.change;
    const entry = findEntry(draft, code, (known) => ctx.expect('glossary code', code, known, ['code']));
    if (entry !== undefined) updateFields(ctx, entry, ctx.change, `glossary entry ${code}`);
  },
};

/** The entry with a code, or undefined once `missing` has reported it with the codes there are. */
function findEntry(draft: Draft, code: string, missing: (known: string[]) => void) {
  const entry = draft.glossary.entries.find((e) => e.code === code);
  if (entry === undefined) missing(codesOf(draft));
  return entry;
}

/** Gives every entry, and every use of a code anywhere in the model, its new code. */
function renumberUses(draft: Draft, renumber: (code: string) => string): void {
  const codes = <T extends string>(list: T[]) => list.map((code) => renumber(code) as T);
  for (const entry of draft.glossary.entries) entry.code = renumber(entry.code) as typeof entry.code;
  for (const profile of draft.profiles) for (const a of profile.assignments) a.code = renumber(a.code) as typeof a.code;
  for (const map of draft.maps)
    for (const step of map.steps) if (step.kind === 'activity' && step.code !== undefined) step.code = renumber(step.code) as typeof step.code;
  for (const collaboration of draft.collaborations) for (const area of collaboration.businessAreas) area.codes = codes(area.codes);
  for (const scenario of draft.scenarios) {
    for (const objective of scenario.objectives) objective.codes = codes(objective.codes);
    for (const module of scenario.modules) for (const question of module.questions) question.codes = codes(question.codes);
  }
}
