import {
  accountabilityGaps,
  accountabilityOverlaps,
  accountableFor,
  indexModel,
  profileHandOffs,
  type Accountability,
  type HandOff,
  type Model,
  type Party,
  type PartyId,
  type PartyPairHandOffs,
  type Profile,
} from '@opcc/core';
import { isolatedPlainText } from './bidi.js';
import { glossaryLink, topBreadcrumbs } from './common.js';
import { html, type Html } from './html.js';
import { layout } from './layout.js';
import { markdown } from './markdown.js';
import { pagePath } from './paths.js';
import { stackedTable } from './stacked-table.js';

/**
 * The dependencies, overlaps and gaps across the OPCC and the force under one accountability
 * profile: the glossary entries nobody is accountable for, those with more than one accountable
 * party, and, for each pair of parties, the flows on the process maps that hand work from one to
 * the other, each linked to its map and steps.
 */
export function profileGapsPage(model: Model, profile: Profile): string {
  const gaps = accountabilityGaps(model, profile.id);
  const overlaps = accountabilityOverlaps(model, profile.id);
  const pairs = profileHandOffs(model, profile.id);
  const total = pairs.reduce((n, p) => n + p.forward.length + p.back.length, 0);
  // The title is one plain string, so the profile's own text is isolated in it (see bidi.ts), as on the compare pages.
  const title = `Gaps, overlaps and hand-offs: ${isolatedPlainText(profile.title)}`;
  const main = html`${profile.description === undefined ? '' : html`<div class="profile-description">${markdown(profile.description)}</div>`}
<p>Under this profile, of ${model.glossary.entries.length} glossary entries, ${count(gaps.length, 'entry has', 'entries have')} nobody accountable
and ${count(overlaps.length, 'entry has', 'entries have')} more than one accountable party.
The process maps hand work between parties ${count(total, 'time', 'times')}.
Roles are inherited: an entry with no assignment of its own takes the parties of the nearest code above it that has one.</p>
${gapsSection(model, gaps)}
${overlapsSection(model, overlaps)}
${handOffsSection(model, profile, pairs, total)}`;
  const crumbs = topBreadcrumbs(model, { title: model.glossary.title, href: pagePath.glossary() }, { title });
  return layout(model, { title, kind: 'accountability', breadcrumbs: crumbs, main }).value;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function partyNames(model: Model, ids: readonly PartyId[]): Html {
  const parties = indexModel(model).parties;
  if (ids.length === 0) return html`nobody`;
  return html`${ids.map((id, i) => html`${i > 0 ? ', ' : ''}${parties.get(id)?.title ?? id}`)}`;
}

function gapsSection(model: Model, gaps: readonly Accountability[]): Html {
  const rows = gaps.map((a) => ({ header: glossaryLink(model, a.code), cells: [entryTitle(model, a), partyNames(model, a.responsible), partyNames(model, a.consulted)] }));
  return html`<section class="gaps" aria-labelledby="gaps"><h2 id="gaps">Gaps: nobody accountable (${gaps.length})</h2>
${
  gaps.length === 0
    ? html`<p>Every glossary entry has someone accountable under this profile.</p>`
    : stackedTable('Glossary entries nobody is accountable for, with who else takes part', ['Code', 'Entry', 'Responsible', 'Consulted'], rows)
}</section>`;
}

function overlapsSection(model: Model, overlaps: readonly Accountability[]): Html {
  const assignedAt = (a: Accountability) =>
    a.inheritedFrom === undefined || a.inheritedFrom === a.code ? 'this entry' : html`inherited from ${glossaryLink(model, a.inheritedFrom)}`;
  const rows = overlaps.map((a) => ({ header: glossaryLink(model, a.code), cells: [entryTitle(model, a), partyNames(model, a.accountable), assignedAt(a)] }));
  return html`<section class="overlaps" aria-labelledby="overlaps"><h2 id="overlaps">Overlaps: more than one accountable (${overlaps.length})</h2>
${
  overlaps.length === 0
    ? html`<p>No glossary entry has more than one accountable party under this profile.</p>`
    : stackedTable('Glossary entries with more than one accountable party', ['Code', 'Entry', 'Accountable', 'Assigned at'], rows)
}</section>`;
}

function entryTitle(model: Model, a: Accountability): string {
  return indexModel(model).getEntry(a.code).title;
}

function pairId(pair: PartyPairHandOffs): string {
  return `pair-${pair.parties[0].id}-${pair.parties[1].id}`;
}

function pairName(pair: PartyPairHandOffs): Html {
  return html`${pair.parties[0].title} and ${pair.parties[1].title}`;
}

function handOffsSection(model: Model, profile: Profile, pairs: readonly PartyPairHandOffs[], total: number): Html {
  const meeting = pairs.filter((p) => p.forward.length + p.back.length > 0);
  const rows = pairs.map((p) => {
    const n = p.forward.length + p.back.length;
    const header = n === 0 ? pairName(p) : html`<a href="#${pairId(p)}">${pairName(p)}</a>`;
    return { header, cells: [String(p.forward.length), String(p.back.length), String(n)], pair: `${p.parties[0].id} ${p.parties[1].id}` };
  });
  return html`<section class="hand-offs" aria-labelledby="hand-offs"><h2 id="hand-offs">Hand-offs between parties (${total})</h2>
<p>A hand-off is a flow on a process map from a step in one party's lane to a step in another's.
The parties are those this profile gives a role and those that have a lane on a map; a pair with no hand-off never passes work to the other on a map.</p>
${
  pairs.length === 0
    ? html`<p>This profile and the maps name fewer than two parties, so nothing is handed between parties.</p>`
    : stackedTable('Hand-offs by pair of parties, each way', ['Parties', 'First hands to second', 'Second hands to first', 'In all'], rows, 'pair-summary')
}
${meeting.map(
  (p) => html`<section class="party-pair" id="${pairId(p)}" aria-labelledby="${pairId(p)}-title"><h3 id="${pairId(p)}-title">${pairName(p)} (${p.forward.length + p.back.length})</h3>
${directionTable(model, profile, p.parties[0], p.parties[1], p.forward)}${directionTable(model, profile, p.parties[1], p.parties[0], p.back)}</section>`,
)}</section>`;
}

/** The hand-offs one way between two parties, with who this profile makes accountable for the work handed on. */
function directionTable(model: Model, profile: Profile, from: Party, to: Party, found: readonly HandOff[]): Html {
  if (found.length === 0) return html`<p>${from.title} hands nothing to ${to.title} on the maps.</p>`;
  const index = indexModel(model);
  const step = (h: HandOff, end: 'from' | 'to') => {
    const s = h[end].step;
    return html`<a href="${pagePath.map(h.map)}#${s}">${index.findStep(h.map, s)?.title ?? s}</a>`;
  };
  const accountable = (h: HandOff) => {
    const target = index.findStep(h.map, h.to.step);
    if (target?.kind !== 'activity' || target.code === undefined) return html`<span class="meta">no glossary code</span>`;
    return html`${glossaryLink(model, target.code)}: ${partyNames(model, accountableFor(model, profile.id, target.code).accountable)}`;
  };
  const flow = (h: HandOff) => [h.label, h.condition === undefined ? undefined : `if ${h.condition}`].filter((t) => t !== undefined).join('; ');
  const rows = found.map((h) => ({
    header: html`<a href="${pagePath.map(h.map)}">${index.findMap(h.map)?.title ?? h.map}</a>`,
    cells: [step(h, 'from'), step(h, 'to'), flow(h), accountable(h)],
  }));
  const columns = ['Map', 'From step', 'To step', 'Flow', 'Accountable for the step handed to'] as const;
  return stackedTable(html`${from.title} to ${to.title} (${found.length})`, columns, rows, 'hand-off-list');
}
