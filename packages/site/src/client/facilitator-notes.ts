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
  /** The exercise time on the run's clock when it was logged, as "H:MM:SS"; absent when the clock had not been started. */
  clock?: string;
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
export type NotesStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & Partial<Pick<Storage, 'key' | 'length'>>;

/** Notes with nothing in them. */
export function emptyNotes(): FacilitatorNotes {
  return { modules: {}, objectives: {}, decisions: [], strengths: '', improvements: '', actions: [] };
}

/**
 * The storage key of a scenario's notes. Every page opened from file:// shares one browser storage, so the key names
 * the site (its `data-site`): a copy of another model's site keeps its own notes. The version is part of it too, so
 * notes taken on one version of a scenario are not shown against questions and objectives a later version changed.
 */
export function notesKey(site: string, scenarioId: string, version: string | undefined): string {
  return `${NOTES_PREFIX}${JSON.stringify([site, scenarioId, version ?? ''])}`;
}

const NOTES_PREFIX = 'opcc:facilitator-notes:';

/** The site, scenario and version a key names, or undefined for any other key (another page's, or an older form). */
function keyParts(key: string): readonly [string, string, string] | undefined {
  if (!key.startsWith(NOTES_PREFIX)) return undefined;
  try {
    const parts: unknown = JSON.parse(key.slice(NOTES_PREFIX.length));
    if (!Array.isArray(parts) || parts.length !== 3) return undefined;
    const [site, scenario, version]: unknown[] = parts;
    return typeof site === 'string' && typeof scenario === 'string' && typeof version === 'string' ? [site, scenario, version] : undefined;
  } catch {
    return undefined;
  }
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
    decisions: list(raw['decisions']).map((d) => ({
      at: text(d['at']),
      ...(text(d['clock']) === '' ? {} : { clock: text(d['clock']) }),
      role: text(d['role']),
      text: text(d['text']),
    })),
    strengths: text(raw['strengths']),
    improvements: text(raw['improvements']),
    actions: list(raw['actions']).map((a) => ({ objective: text(a['objective']), action: text(a['action']), owner: text(a['owner']), due: text(a['due']) })),
  };
}

/** When a decision was logged: the time of day, and the exercise time if the clock had been started, e.g. "10:05 (exercise time 0:32:10)". */
export function decisionTime(decision: Decision): string {
  return decision.clock === undefined ? decision.at : `${decision.at} (exercise time ${decision.clock})`;
}

/** The notes of one scenario in browser storage. */
export class NotesStore {
  readonly key: string;

  constructor(
    private readonly storage: NotesStorage,
    private readonly site: string,
    private readonly scenarioId: string,
    version: string | undefined,
  ) {
    this.key = notesKey(site, scenarioId, version);
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

  /** The keys of notes this site keeps for other versions of the same scenario, which this page never shows. */
  otherVersions(): string[] {
    try {
      const keys = Array.from({ length: this.storage.length ?? 0 }, (_, i) => this.storage.key?.(i) ?? '');
      return keys.filter((key) => {
        const parts = keyParts(key);
        return key !== this.key && parts !== undefined && parts[0] === this.site && parts[1] === this.scenarioId;
      });
    } catch {
      return [];
    }
  }

  /** Forgets this scenario's notes, and only this scenario's: of this version, and of its other versions when asked. */
  clear(otherVersions = false): boolean {
    try {
      for (const key of [this.key, ...(otherVersions ? this.otherVersions() : [])]) this.storage.removeItem(key);
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
