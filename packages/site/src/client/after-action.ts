// The after-action draft, written from the facilitator's notes in the browser: Markdown to edit
// into the report, CSV for the improvement-plan spreadsheet. Everything typed and everything
// from the model goes in as plain text: in the Markdown it is escaped so that no renderer makes
// a link, an image or markup of it, not even of a bare address; in the CSV a cell that a spreadsheet would run as a formula
// is neutralised.
// Core's cell rule alone, with no other module of core: this file is bundled into the browser script.
import { neutraliseCell } from '@opcc/core/csv-cells';
import { decisionTime, type FacilitatorNotes } from './facilitator-notes.js';
import { HSEEP_RATINGS, ratingLabel } from './hseep-ratings.js';

/** What the draft says about the scenario itself, read from the facilitator page. */
export interface AfterActionScenario {
  readonly id: string;
  readonly title: string;
  /** The scenario's version, or '' when it has none. */
  readonly version: string;
  readonly marking: string;
  readonly objectives: ReadonlyArray<{ readonly id: string; readonly text: string }>;
  readonly modules: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  readonly roles: ReadonlyArray<{ readonly id: string; readonly title: string }>;
}

/** The file name of a draft, e.g. "after-action-first-100-days-v1.0.md". */
export function draftFileName(scenario: AfterActionScenario, extension: 'md' | 'csv'): string {
  const version = scenario.version === '' ? '' : `-v${scenario.version}`;
  return `after-action-${scenario.id}${version}`.replace(/[^\w.-]+/g, '-') + `.${extension}`;
}

/**
 * The draft as Markdown: the marking at top and foot, then objectives with their ratings and
 * notes, observations by module, the decision log, strengths, areas for improvement and the
 * corrective actions. `drafted` is the date shown as the date of the draft.
 */
export function afterActionMarkdown(scenario: AfterActionScenario, notes: FacilitatorNotes, drafted: string): string {
  const marking = `**${plain(scenario.marking)}**`;
  const version = scenario.version === '' ? '' : `, version ${plain(scenario.version)}`;
  const out: string[] = [
    marking,
    `# After-action report (draft): ${plain(scenario.title)}`,
    `Scenario ${plain(scenario.id)}${version}. Drafted on ${plain(drafted)} from the facilitator's notes; review it before it is shared.`,
    '## Objectives and ratings',
  ];
  for (const objective of scenario.objectives) {
    const own = notes.objectives[objective.id];
    const rating = own?.rating ?? '';
    out.push(`### ${plain(objective.text)}`, `Rating: ${rating === '' ? 'Not rated' : `${ratingLabel(rating)} (${rating})`}`, ...paragraphs(own?.note ?? ''));
  }
  out.push(`Ratings: ${HSEEP_RATINGS.map((r) => `${r.value}: ${r.label}`).join('; ')}.`);
  const observed = scenario.modules.filter((m) => (notes.modules[m.id] ?? '').trim() !== '');
  out.push('## Observations by module', ...(observed.length === 0 ? ['None recorded.'] : []));
  for (const module of observed) out.push(`### ${plain(module.title)}`, ...paragraphs(notes.modules[module.id] ?? ''));
  out.push('## Decision log');
  out.push(
    notes.decisions.length === 0
      ? 'None recorded.'
      : table(
          ['Time', 'Role', 'Decision'],
          notes.decisions.map((d) => [decisionTime(d), roleTitle(scenario, d.role), d.text]),
        ),
  );
  out.push('## Strengths', bullets(notes.strengths), '## Areas for improvement', bullets(notes.improvements));
  out.push('## Improvement plan: corrective actions');
  out.push(
    notes.actions.length === 0
      ? 'None recorded.'
      : table(
          ['Objective', 'Corrective action', 'Owner', 'Due'],
          notes.actions.map((a) => [objectiveText(scenario, a.objective), a.action, a.owner, a.due]),
        ),
  );
  out.push(marking);
  return `${out.join('\n\n')}\n`;
}

/** The columns of the CSV draft. */
export const AFTER_ACTION_COLUMNS = ['Section', 'Item', 'Rating', 'Notes', 'Role', 'Time', 'Owner', 'Due'] as const;

/**
 * The draft as CSV (RFC 4180, CRLF, after a byte-order mark so that spreadsheets read it as
 * UTF-8): one row per objective, module note, decision, strength, area for improvement and
 * corrective action, after a row naming the scenario, its version and its marking.
 */
export function afterActionCsv(scenario: AfterActionScenario, notes: FacilitatorNotes): string {
  type Row = Partial<Record<(typeof AFTER_ACTION_COLUMNS)[number], string>>;
  const about = [scenario.version === '' ? '' : `Version ${scenario.version}`, scenario.marking].filter(Boolean).join('; ');
  const observed = scenario.modules.filter((m) => (notes.modules[m.id] ?? '').trim() !== '');
  const rows: Row[] = [
    { Section: 'Scenario', Item: scenario.title, Notes: about },
    ...scenario.objectives.map((o): Row => {
      const own = notes.objectives[o.id];
      return { Section: 'Objective', Item: o.text, Rating: own?.rating ? ratingLabel(own.rating) : '', Notes: own?.note ?? '' };
    }),
    ...observed.map((m): Row => ({ Section: 'Module', Item: m.title, Notes: notes.modules[m.id] ?? '' })),
    ...notes.decisions.map((d): Row => ({ Section: 'Decision', Notes: d.text, Role: roleTitle(scenario, d.role), Time: decisionTime(d) })),
    ...lines(notes.strengths).map((s): Row => ({ Section: 'Strength', Notes: s })),
    ...lines(notes.improvements).map((s): Row => ({ Section: 'Area for improvement', Notes: s })),
    ...notes.actions.map(
      (a): Row => ({ Section: 'Corrective action', Item: objectiveText(scenario, a.objective), Notes: a.action, Owner: a.owner, Due: a.due }),
    ),
  ];
  const table = [[...AFTER_ACTION_COLUMNS], ...rows.map((row) => AFTER_ACTION_COLUMNS.map((c) => row[c] ?? ''))];
  return `\uFEFF${table.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * One CSV cell: neutralised by core's rule for every CSV the tools write (a leading quote when a spreadsheet
 * would read it as a formula), then quoted.
 */
export function csvCell(text: string): string {
  const safe = neutraliseCell(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Text as Markdown that shows exactly that text: every character a renderer could read as markup
 * (emphasis, links, images, HTML, tables, code) is escaped with a backslash, and so is anything
 * at the start that would make a heading, list, quote or rule. Line breaks become spaces. A bare
 * address (https://…, www.…, name@host) has its dots, colons, slashes and at signs escaped too, so
 * that a renderer that links addresses by itself, as GitHub's does, finds none to link.
 */
export function plain(text: string): string {
  const escaped = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#!|~&]/g, '\\$&')
    .replace(ADDRESS, (address) => address.replace(/[.:/@]/g, '\\$&'));
  return escaped.replace(/^([-+=]|\d+(?=[.)](?:\s|$)))/, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));
}

// A word a renderer could take for an address: with a scheme, beginning www., or with an at sign between two names.
const ADDRESS = /[a-z][a-z0-9+.-]*:\/\/\S*|\bwww\.\S*|\S+@\S+/gi;

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function paragraphs(text: string): string[] {
  return lines(text).map(plain);
}

function bullets(text: string): string {
  const items = lines(text);
  return items.length === 0 ? 'None recorded.' : items.map((l) => `- ${plain(l)}`).join('\n');
}

function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => plain(c) || ' ').join(' | ')} |`;
  return [line(head), `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

/** Who logged a decision, by the role's title: '' is the whole team; an id the scenario no longer has is shown as it is. */
export function roleTitle(scenario: AfterActionScenario, id: string): string {
  return id === '' ? 'Whole team' : (scenario.roles.find((r) => r.id === id)?.title ?? id);
}

function objectiveText(scenario: AfterActionScenario, id: string): string {
  return id === '' ? '' : (scenario.objectives.find((o) => o.id === id)?.text ?? id);
}
