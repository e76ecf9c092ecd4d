// What the facilitator types during a session, kept in the browser. Everything read back is
// checked field by field: the stored text may come from an older page or be edited by hand,
// and a bad entry must cost that entry, never the rest of the notes.
import { isRating, type RatingValue } from './hseep-ratings.js';

/** The notes and rating of one objective. */
export interface ObjectiveNotes {
  rating: RatingValue;
  note: string;
}

/** One entry of the decision log: when, by which role, what was decided. */
export interface Decision {
  /** The time of day it was logged, as "HH:MM". */
  at: string;
  /** The id of the role that decided, or '' for the whole team. */
  role: string;
  text: string;
}

/** One corrective action of the improvement plan. */
export interface CorrectiveAction {
  /** The objective it answers, or '' for none. */
  objective: string;
  action: string;
  owner: string;
  /** The due date as "YYYY-MM-DD", or ''. */
  due: string;
}

/** Everything the facilitator records about one run of one scenario. */
export interface FacilitatorNotes {
  /** Observation notes by module id. */
  modules: Record<string, string>;
  /** Notes and rating by objective id. */
  objectives: Record<string, ObjectiveNotes>;
  decisions: Decision[];
  /** Strengths, one to a line. */
  strengths: string;
  /** Areas for improvement, one to a line. */
  improvements: string;
  actions: CorrectiveAction[];
}

/** The part of the Web Storage API the store uses, so that tests can give it a fake. */
export type NotesStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Notes with nothing in them. */
export function emptyNotes(): FacilitatorNotes {
  return { modules: {}, objectives: {}, decisions: [], strengths: '', improvements: '', actions: [] };
}

/**
 * The storage key of a scenario's notes. The version is part of it, so notes taken on one version
 * of a scenario are not shown against questions and objectives a later version changed.
 */
export function notesKey(scenarioId: string, version: string | undefined): string {
  return `opcc:facilitator-notes:${JSON.stringify([scenarioId, version ?? ''])}`;
}

/** Reads notes from anything, keeping each field that has the right shape and dropping the rest. */
export function readNotes(value: unknown): FacilitatorNotes {
  const raw = isRecord(value) ? value : {};
  // Built with fromEntries, never by assignment, so an id such as "__proto__" stays a plain key.
  const objectives = Object.fromEntries(
    entries(raw['objectives']).flatMap(([id, entry]): Array<[string, ObjectiveNotes]> =>
      isRecord(entry) ? [[id, { rating: isRating(entry['rating']) ? entry['rating'] : '', note: text(entry['note']) }]] : [],
    ),
  );
  return {
    modules: Object.fromEntries(entries(raw['modules']).filter((e): e is [string, string] => typeof e[1] === 'string')),
    objectives,
    decisions: list(raw['decisions']).map((d) => ({ at: text(d['at']), role: text(d['role']), text: text(d['text']) })),
    strengths: text(raw['strengths']),
    improvements: text(raw['improvements']),
    actions: list(raw['actions']).map((a) => ({ objective: text(a['objective']), action: text(a['action']), owner: text(a['owner']), due: text(a['due']) })),
  };
}

/** True when no note, rating, decision or action has been recorded. */
export function isEmpty(notes: FacilitatorNotes): boolean {
  return (
    Object.values(notes.modules).every((n) => n.trim() === '') &&
    Object.values(notes.objectives).every((o) => o.rating === '' && o.note.trim() === '') &&
    notes.decisions.length === 0 &&
    notes.strengths.trim() === '' &&
    notes.improvements.trim() === '' &&
    notes.actions.length === 0
  );
}

/** The notes of one scenario in browser storage. */
export class NotesStore {
  readonly key: string;

  constructor(
    private readonly storage: NotesStorage,
    scenarioId: string,
    version: string | undefined,
  ) {
    this.key = notesKey(scenarioId, version);
  }

  /** The stored notes, or empty notes when there are none or they cannot be read. */
  load(): FacilitatorNotes {
    try {
      const stored = this.storage.getItem(this.key);
      return stored === null ? emptyNotes() : readNotes(JSON.parse(stored));
    } catch {
      // Unreadable text, or storage the browser refuses (private windows, a full disk): start afresh.
      return emptyNotes();
    }
  }

  /** Keeps the notes; false when the browser would not store them, so the page can say so. */
  save(notes: FacilitatorNotes): boolean {
    try {
      this.storage.setItem(this.key, JSON.stringify(notes));
      return true;
    } catch {
      return false;
    }
  }

  /** Forgets this scenario's notes, and only this scenario's. */
  clear(): boolean {
    try {
      this.storage.removeItem(this.key);
      return true;
    } catch {
      return false;
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entries(value: unknown): Array<[string, unknown]> {
  return isRecord(value) ? Object.entries(value) : [];
}

function list(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
