// The facilitator's view (pages/scenario-facilitator.ts documents the markup): model answers revealed on demand, and
// notes, ratings, the decision log and corrective actions kept in browser storage as they are typed, then downloaded
// as an after-action draft. Text typed here is only ever set as text, never as markup; the downloads are made in the
// page from a Blob, so nothing leaves the machine.
import { browserStorage, memoryStorage } from './browser-storage.js';
import { afterActionCsv, afterActionMarkdown, draftFileName, roleTitle, type AfterActionScenario } from './after-action.js';
import { offerOtherVersions } from './clear-other-versions.js';
import { decisionTime, emptyNotes, NotesStore, type FacilitatorNotes, type NotesStorage } from './facilitator-notes.js';
import { isRating } from './hseep-ratings.js';
import { clockText } from './run-clock.js';

/** Starts the facilitator's view on this page, if it has one; `storage` stands in for the browser's in tests. */
export function initScenarioFacilitator(doc: Document, storage: NotesStorage | undefined = browserStorage()): void {
  const root = doc.querySelector<HTMLElement>('[data-facilitator]');
  if (root === null) return;
  for (const note of root.querySelectorAll<HTMLElement>('.needs-script')) note.hidden = true;
  const status = doc.getElementById('notes-status');
  const say = (text: string) => {
    if (status !== null) status.textContent = text;
  };
  initAnswers(root);
  const scenario = readScenario(root);
  const store = new NotesStore(storage ?? memoryStorage(), doc.body.dataset['site'] ?? '', scenario.id, scenario.version);
  if (storage === undefined) say('This browser does not let the page keep notes: download the draft before you close the page.');
  let notes = store.load();
  const keep = () => {
    if (!store.save(notes)) say('The notes could not be kept in this browser: download the draft before you close the page.');
  };

  const fields = [...root.querySelectorAll<HTMLTextAreaElement>('textarea[data-note]')];
  const ratings = [...root.querySelectorAll<HTMLInputElement>('input[data-rating]')];
  const fill = () => {
    for (const field of fields) field.value = noteOf(notes, field);
    for (const radio of ratings) radio.checked = (notes.objectives[radio.dataset['rating'] ?? '']?.rating ?? '') === radio.value;
    drawDecisions();
    drawActions();
  };
  root.addEventListener('input', (event) => {
    const target = event.target;
    if (target instanceof HTMLTextAreaElement && target.dataset['note'] !== undefined) setNote(notes, target);
    else if (target instanceof HTMLInputElement && target.dataset['rating'] !== undefined && target.checked) setRating(notes, target);
    else return;
    keep();
  });
  // Radios report a choice by "change" in every browser; "input" only in some.
  root.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.dataset['rating'] !== undefined && target.checked) {
      setRating(notes, target);
      keep();
    }
  });

  const decisionText = doc.querySelector<HTMLTextAreaElement>('#decision-text');
  const decisionTimeField = doc.querySelector<HTMLInputElement>('#decision-time');
  const decisionRole = doc.querySelector<HTMLSelectElement>('#decision-role');
  const drawDecisions = (): void =>
    drawEntries(doc, 'decision', {
      entries: notes.decisions,
      cells: (d) => [decisionTime(d), roleTitle(scenario, d.role), d.text],
      removeLabel: (d) => `Remove the decision logged at ${decisionTime(d)}`,
      remove: (i) => {
        notes.decisions.splice(i, 1);
        keep();
        drawDecisions();
        say('Decision removed from the log.');
        decisionText?.focus();
      },
    });
  doc.getElementById('decision-add')?.addEventListener('click', () => {
    const text = decisionText?.value.trim() ?? '';
    if (text === '') {
      say('Type what was decided, then add it to the log.');
      decisionText?.focus();
      return;
    }
    const at = decisionTimeField?.value || timeNow();
    const clock = exerciseTime(root);
    notes.decisions.push({ at, ...(clock === undefined ? {} : { clock }), role: decisionRole?.value ?? '', text });
    keep();
    drawDecisions();
    if (decisionText !== null) decisionText.value = '';
    if (decisionTimeField !== null) decisionTimeField.value = '';
    say(`Decision logged at ${decisionTime(notes.decisions.at(-1) ?? { at, role: '', text })}.`);
    decisionText?.focus();
  });

  const action = {
    text: doc.querySelector<HTMLTextAreaElement>('#action-text'),
    objective: doc.querySelector<HTMLSelectElement>('#action-objective'),
    owner: doc.querySelector<HTMLInputElement>('#action-owner'),
    due: doc.querySelector<HTMLInputElement>('#action-due'),
  };
  const drawActions = (): void =>
    drawEntries(doc, 'action', {
      entries: notes.actions,
      cells: (a) => [objectiveLabel(scenario, a.objective), a.action, a.owner, a.due],
      removeLabel: (a) => `Remove the action “${a.action}”`,
      remove: (i) => {
        notes.actions.splice(i, 1);
        keep();
        drawActions();
        say('Corrective action removed.');
        action.text?.focus();
      },
    });
  doc.getElementById('action-add')?.addEventListener('click', () => {
    const text = action.text?.value.trim() ?? '';
    if (text === '') {
      say('Type the corrective action, then add it.');
      action.text?.focus();
      return;
    }
    const owner = action.owner?.value.trim() ?? '';
    notes.actions.push({ objective: action.objective?.value ?? '', action: text, owner, due: action.due?.value ?? '' });
    keep();
    drawActions();
    for (const control of [action.text, action.owner, action.due]) if (control !== null) control.value = '';
    say('Corrective action added.');
    action.text?.focus();
  });

  doc.getElementById('export-markdown')?.addEventListener('click', () => {
    download(doc, draftFileName(scenario, 'md'), 'text/markdown', afterActionMarkdown(scenario, notes, dateToday()));
    say('The Markdown draft has been made; your browser saves it as a download.');
  });
  doc.getElementById('export-csv')?.addEventListener('click', () => {
    download(doc, draftFileName(scenario, 'csv'), 'text/csv', afterActionCsv(scenario, notes));
    say('The CSV draft has been made; your browser saves it as a download.');
  });

  const alsoOtherVersions = offerOtherVersions(doc, store);
  initClear(doc, () => {
    if (!store.clear(alsoOtherVersions())) say('The notes kept in this browser could not be cleared.');
    else say('Notes, ratings, decisions and actions cleared.');
    notes = emptyNotes();
    fill();
  });
  fill();
}

function initAnswers(root: HTMLElement): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.reveal-answer')) {
    const box = root.ownerDocument.getElementById(button.getAttribute('aria-controls') ?? '');
    if (box === null) continue;
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      button.textContent = open ? 'Hide the model answer' : 'Show the model answer';
      box.hidden = !open;
    });
  }
}

// A confirmation in the page, not a browser dialog: it can be reached and read like the rest of the page.
function initClear(doc: Document, clear: () => void): void {
  const button = doc.getElementById('notes-clear');
  const confirm = doc.getElementById('clear-confirm');
  if (button === null || confirm === null) return;
  const close = () => {
    confirm.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  };
  button.addEventListener('click', () => {
    confirm.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    doc.getElementById('clear-no')?.focus();
  });
  doc.getElementById('clear-no')?.addEventListener('click', close);
  doc.getElementById('clear-yes')?.addEventListener('click', () => {
    clear();
    close();
  });
}

/** The scenario as the after-action draft names it, read from the page so the draft says what the page shows. */
function readScenario(root: HTMLElement): AfterActionScenario {
  const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    id: root.dataset['scenario'] ?? '',
    title: root.dataset['title'] ?? '',
    version: root.dataset['version'] ?? '',
    marking: root.dataset['marking'] ?? '',
    objectives: [...root.querySelectorAll<HTMLElement>('[data-objective]')].map((o) => ({
      id: o.dataset['objective'] ?? '',
      text: text(o.querySelector('.objective-text')),
    })),
    modules: [...root.querySelectorAll<HTMLElement>('.module-notes[data-module]')].map((m) => ({
      id: m.dataset['module'] ?? '',
      title: m.dataset['title'] ?? '',
    })),
    roles: [...root.querySelectorAll<HTMLOptionElement>('#decision-role option')].filter((o) => o.value !== '').map((o) => ({ id: o.value, title: text(o) })),
  };
}

function noteOf(notes: FacilitatorNotes, field: HTMLTextAreaElement): string {
  const id = field.dataset['id'] ?? '';
  switch (field.dataset['note']) {
    case 'module':
      return notes.modules[id] ?? '';
    case 'objective':
      return notes.objectives[id]?.note ?? '';
    case 'strengths':
      return notes.strengths;
    case 'improvements':
      return notes.improvements;
    default:
      return '';
  }
}

function setNote(notes: FacilitatorNotes, field: HTMLTextAreaElement): void {
  const id = field.dataset['id'] ?? '';
  switch (field.dataset['note']) {
    case 'module':
      notes.modules = { ...notes.modules, [id]: field.value };
      break;
    case 'objective':
      notes.objectives = { ...notes.objectives, [id]: { rating: notes.objectives[id]?.rating ?? '', note: field.value } };
      break;
    case 'strengths':
      notes.strengths = field.value;
      break;
    case 'improvements':
      notes.improvements = field.value;
      break;
  }
}

function setRating(notes: FacilitatorNotes, radio: HTMLInputElement): void {
  const id = radio.dataset['rating'] ?? '';
  const rating = isRating(radio.value) ? radio.value : '';
  notes.objectives = { ...notes.objectives, [id]: { rating, note: notes.objectives[id]?.note ?? '' } };
}

/** The entries of a table the script fills, how to show each and how to remove one. */
interface EntryList<T> {
  readonly entries: readonly T[];
  readonly cells: (entry: T) => string[];
  /** The accessible name of an entry's remove button, which must say which entry it removes. */
  readonly removeLabel: (entry: T) => string;
  readonly remove: (i: number) => void;
}

/** Fills a table of entries, each with a remove button; the line saying it is empty shows only when it is. */
function drawEntries<T>(doc: Document, name: string, { entries, cells, removeLabel, remove }: EntryList<T>): void {
  const body = doc.getElementById(`${name}-entries`);
  const table = doc.getElementById(`${name}-table`);
  const empty = doc.getElementById(`${name}-empty`);
  if (body === null) return;
  body.replaceChildren(
    ...entries.map((entry, i) => {
      const row = doc.createElement('tr');
      for (const cell of cells(entry)) {
        const td = doc.createElement('td');
        td.textContent = cell;
        row.append(td);
      }
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = 'Remove';
      button.setAttribute('aria-label', removeLabel(entry));
      button.addEventListener('click', () => remove(i));
      const td = doc.createElement('td');
      td.append(button);
      row.append(td);
      return row;
    }),
  );
  if (table !== null) table.hidden = entries.length === 0;
  if (empty !== null) empty.hidden = entries.length > 0;
}


function objectiveLabel(scenario: AfterActionScenario, id: string): string {
  const i = scenario.objectives.findIndex((o) => o.id === id);
  return i < 0 ? '' : `Objective ${i + 1}`;
}

// The time on the run's clock, which the run script keeps on its root; none before the clock is first started.
function exerciseTime(root: HTMLElement): string | undefined {
  const run = root.querySelector<HTMLElement>('[data-run]');
  if (run === null || run.dataset['clock'] === undefined || run.dataset['clock'] === 'not-started') return undefined;
  return clockText(Number(run.dataset['elapsed'] ?? 0) * 1000);
}

function timeNow(): string {
  const now = new Date();
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

function dateToday(): string {
  return new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

// A link to the text as a Blob, clicked: the browser saves it as a download, from a page opened from disk as well.
function download(doc: Document, name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link by the time the page next gets to run.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
