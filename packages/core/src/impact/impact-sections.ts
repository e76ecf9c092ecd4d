import type { HandOff } from '../query/hand-offs.js';
import type { AddedRemoved, BusinessAreaChange, CostShareMention, ImpactReport, ImpactSummary, MapChange, ProfileDelta, StepMention } from './impact-report.js';

/** One line of a section of a printed report, with lines of detail beneath it. */
export interface ImpactLine {
  readonly text: string;
  readonly details?: readonly string[];
}

/** A titled group of lines of a printed report. */
export interface ImpactSection {
  readonly heading: string;
  readonly lines: readonly ImpactLine[];
}

/** What each count of an {@link ImpactSummary} is called, in the order reports list them. */
export const IMPACT_SUMMARY_LABELS: { readonly [K in keyof ImpactSummary]: string } = {
  entriesMoved: 'Glossary entries whose parties change',
  gapsCreated: 'Accountability gaps created',
  gapsResolved: 'Accountability gaps resolved',
  overlapsCreated: 'Accountability overlaps created',
  overlapsResolved: 'Accountability overlaps resolved',
  boundaryConflicts: 'Boundary conflicts created',
  boundaryConflictsResolved: 'Boundary conflicts resolved',
  handOffsAdded: 'Hand-offs between parties added',
  handOffsRemoved: 'Hand-offs between parties removed',
  mapsTouched: 'Process maps touched',
  partiesAffected: 'Parties affected',
  stakeholdersAffected: 'Stakeholders affected',
  outcomesAffected: 'Outcomes gaining or losing steps',
  collaborationsChanged: 'Collaborations changed',
  scenarioSteps: 'Scenario steps that no longer exist',
  risks: 'New problems (risks)',
};

/** Writes model text (a title, an id) as the output format needs it: one line, and escaped for Markdown. */
export type ImpactQuote = (text: string) => string;

const list = (ids: readonly string[], q: ImpactQuote) => (ids.length === 0 ? 'nobody' : ids.map(q).join(', '));
const plusMinus = <T>(d: AddedRemoved<T>, show: (item: T) => string): string[] => [
  ...d.added.map((x) => `added ${show(x)}`),
  ...d.removed.map((x) => `removed ${show(x)}`),
];

function stepText(s: StepMention, q: ImpactQuote): string {
  return `${q(s.map)}/${q(s.step)} (${q(s.title)})`;
}

function handOffText(h: HandOff, q: ImpactQuote): string {
  return `${q(h.map)}: ${q(h.from.step)} [${q(h.from.party)}] → ${q(h.to.step)} [${q(h.to.party)}]`;
}

function deltaLines(deltas: readonly ProfileDelta[], q: ImpactQuote, what: string): ImpactLine[] {
  return deltas.flatMap((d) => [
    ...d.created.map((f) => ({ text: `${q(d.profile)}: created ${q(f.code)} ${q(f.title)} (${what}: ${list(f.accountable, q)})` })),
    ...d.resolved.map((f) => ({ text: `${q(d.profile)}: resolved ${q(f.code)} ${q(f.title)}` })),
  ]);
}

function mapLines(m: MapChange, q: ImpactQuote): ImpactLine {
  const details = [
    ...(m.fields.length === 0 ? [] : [`fields changed: ${m.fields.join(', ')}`]),
    ...plusMinus(m.steps, (s) => `step ${stepText(s, q)}`),
    ...m.steps.moved.map((s) => `step ${q(s.step)} (${q(s.title)}) moved from lane ${q(s.from ?? 'none')} to ${q(s.to ?? 'none')}`),
    ...m.steps.changed.map((s) => `step ${q(s.id)} (${q(s.title)}) changed: ${s.fields.join(', ')}`),
    ...plusMinus(m.lanes, (l) => `lane ${q(l.id)} (${q(l.title)})${l.party === undefined ? '' : ` of ${q(l.party)}`}`),
    ...m.lanes.changed.map(
      (l) =>
        `lane ${q(l.id)} (${q(l.title)}) changed: ${l.fields.join(', ')}` +
        (l.fields.includes('party') ? ` (party ${q(l.partyBefore ?? 'none')} → ${q(l.partyAfter ?? 'none')})` : ''),
    ),
    ...(m.lanes.reordered === undefined ? [] : [`lanes reordered: ${m.lanes.reordered.map(q).join(', ')}`]),
    ...plusMinus(m.flows, (f) => `flow ${q(f.from)} → ${q(f.to)}${f.label === undefined ? '' : ` "${q(f.label)}"`}`),
  ];
  return { text: `${q(m.map)} (${q(m.title)}): ${m.status}`, details };
}

/** A cost split as the partners' shares. */
function splitText(split: readonly CostShareMention[], q: ImpactQuote): string {
  return split.map((s) => `${q(s.party)} ${s.percent}%`).join(', ') || 'none';
}

/** A business area's change: what an added one is, or what changed in a kept one. */
function areaText(a: BusinessAreaChange, q: ImpactQuote): string {
  if (a.status === 'removed') return 'removed';
  if (a.status === 'added') {
    const lead = a.lead?.after === undefined ? '' : `, lead ${q(a.lead.after)}`;
    return `added in phase ${q(a.phase?.after ?? 'none')}${lead}, codes ${a.codes.added.map(q).join(', ') || 'none'}`;
  }
  return [
    ...(a.phase === undefined ? [] : [`phase ${q(a.phase.before ?? 'none')} → ${q(a.phase.after ?? 'none')}`]),
    ...(a.lead === undefined ? [] : [`lead ${q(a.lead.before ?? 'none')} → ${q(a.lead.after ?? 'none')}`]),
    ...(a.codes.added.length + a.codes.removed.length === 0 ? [] : [`codes ${plusMinus(a.codes, q).join(', ')}`]),
    ...(a.fields.length === 0 ? [] : [`changed: ${a.fields.join(', ')}`]),
  ].join('; ');
}

/**
 * The report as titled sections of lines, the one layout every printed format shares; sections
 * with nothing in them are left out, except the summary, which always comes first. `quote`
 * writes model text as the output needs it (escaped for HTML, say).
 * @example
 * ```ts
 * for (const section of impactSections(report, escapeHtml)) console.log(section.heading, section.lines.length);
 * ```
 */
export function impactSections(report: ImpactReport, q: ImpactQuote): ImpactSection[] {
  const summary = (Object.keys(IMPACT_SUMMARY_LABELS) as Array<keyof ImpactSummary>).map((k) => ({
    text: `${IMPACT_SUMMARY_LABELS[k]}: ${report.summary[k]}`,
  }));
  const g = report.glossary;
  const { stakeholders: st, parties } = report;
  const sections: ImpactSection[] = [
    { heading: 'Summary', lines: summary },
    {
      heading: 'Glossary',
      lines: [
        ...plusMinus(g, (e) => `${q(e.code)} ${q(e.title)}`).map((text) => ({ text })),
        ...g.renumbered.map((e) => ({ text: `${q(e.title)} renumbered ${q(e.from)} → ${q(e.to)}` })),
        ...g.retitled.map((e) => ({ text: `${q(e.code)} retitled "${q(e.from)}" → "${q(e.to)}"` })),
      ],
    },
    {
      heading: 'Glossary entries whose parties change',
      lines: report.entries.map((e) => ({
        text: `${q(e.profile)}: ${q(e.code)} ${q(e.title)}: ${e.roles.map((r) => `${r.role} ${list(r.before, q)} → ${list(r.after, q)}`).join('; ')}`,
        details: e.steps.length === 0 ? ['used by no step'] : e.steps.map((s) => `used by ${stepText(s, q)}`),
      })),
    },
    { heading: 'Accountability gaps', lines: deltaLines(report.gaps, q, 'accountable') },
    { heading: 'Accountability overlaps', lines: deltaLines(report.overlaps, q, 'accountable') },
    {
      heading: 'Boundary conflicts',
      lines: [
        ...report.boundaryConflicts.created.map((c) => ({
          text: `${q(c.profile)}: ${stepText(c, q)} in lane ${q(c.lane)} of ${q(c.party)}, for ${q(c.code)}`,
          details: [`accountable: ${list(c.accountable, q)}; responsible: ${list(c.responsible, q)}`],
        })),
        ...report.boundaryConflicts.resolved.map((c) => ({ text: `resolved: ${q(c.profile)}: ${stepText(c, q)} in lane of ${q(c.party)}, for ${q(c.code)}` })),
      ],
    },
    { heading: 'Hand-offs between parties', lines: plusMinus(report.handOffs, (h) => handOffText(h, q)).map((text) => ({ text })) },
    { heading: 'Process maps', lines: report.maps.map((m) => mapLines(m, q)) },
    {
      heading: 'Parties',
      lines: [
        ...plusMinus(parties, (p) => `${q(p.id)} (${q(p.title)})`).map((text) => ({ text })),
        ...(parties.affected.length === 0 ? [] : [{ text: `affected: ${parties.affected.map((p) => `${q(p.id)} (${q(p.title)})`).join(', ')}` }]),
      ],
    },
    {
      heading: 'Stakeholders',
      lines: [
        ...plusMinus(st, (s) => `${q(s.id)} (${q(s.title)})`).map((text) => ({ text })),
        ...st.changed.map((s) => ({ text: `${q(s.id)} (${q(s.title)}) changed: ${s.fields.join(', ')}` })),
        ...plusMinus(st.relations, (r) => `relation on ${q(r.map)}: ${q(r.from)} ${q(r.kind)} ${q(r.to)}`).map((text) => ({ text })),
      ],
    },
    {
      heading: 'Outcomes',
      lines: report.outcomes.map((o) => ({ text: `${q(o.outcome)} (${q(o.title)})`, details: plusMinus(o, (s) => `step ${stepText(s, q)}`) })),
    },
    {
      heading: 'Collaborations',
      lines: report.collaborations.map((c) => ({
        text: `${q(c.collaboration)} (${q(c.title)}): ${c.status}`,
        details: [
          ...c.businessAreas.map((a) => `business area ${q(a.area)} (${q(a.title)}): ${areaText(a, q)}`),
          ...(c.costSplit === undefined ? [] : [`cost split ${splitText(c.costSplit.before, q)} → ${splitText(c.costSplit.after, q)}`]),
          ...plusMinus(c.partners, (p) => `partner ${q(p)}`),
          ...plusMinus(c.units, (p) => `unit ${q(p)}`),
        ],
      })),
    },
    {
      heading: 'Scenario steps that no longer exist',
      lines: report.scenarios.map((s) => ({ text: `${q(s.scenario)} (${q(s.title)}), ${q(s.where)}: ${q(s.map)}/${q(s.step)}` })),
    },
    { heading: 'Risks: new problems', lines: report.risks.map((r) => ({ text: `${r.severity} ${r.code}: ${q(r.message)}` })) },
  ];
  return sections.filter((s, i) => i === 0 || s.lines.length > 0);
}
