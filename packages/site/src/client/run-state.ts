// The state of a run of a scenario, kept in browser storage so that a reload picks the run up where it was, and so that
// the run view on the projector and the facilitator's view in another tab of the same browser are the same run. Read
// back field by field: the stored text may come from an older page or be edited by hand.
import type { KeptStorage } from './browser-storage.js';
import { CLOCK_AT_ZERO, readClock, type ClockState } from './run-clock.js';

/** Where a run is: the route taken, the choices made, the injects released and the clock. */
export interface RunState {
  /** The ids of the modules shown, in the order the session took them; the last is the module shown now. */
  readonly route: readonly string[];
  /** By module id, the options open, in the order they were opened: the last is the group's choice. */
  readonly choices: Readonly<Record<string, readonly string[]>>;
  /** By module id, the ids of the injects released. */
  readonly released: Readonly<Record<string, readonly string[]>>;
  readonly clock: ClockState;
}

/** A run that has not begun. */
export function emptyRun(): RunState {
  return { route: [], choices: {}, released: {}, clock: CLOCK_AT_ZERO };
}

/**
 * The storage key of a run: the site (a page's `data-site`), the scenario and its version, the way the facilitator's
 * notes are kept apart, so that two sites opened from disk, or two versions of a scenario, never share a run.
 */
export function runKey(site: string, scenarioId: string, version: string): string {
  return `opcc:scenario-run:${JSON.stringify([site, scenarioId, version])}`;
}

/** Reads a run from anything, keeping each field that has the right shape. */
export function readRun(value: unknown): RunState {
  const raw = isRecord(value) ? value : {};
  return { route: strings(raw['route']), choices: lists(raw['choices']), released: lists(raw['released']), clock: readClock(raw['clock']) };
}

/** A run of one scenario in browser storage. */
export class RunStore {
  constructor(
    private readonly storage: KeptStorage,
    /** The key, from runKey. */
    readonly key: string,
  ) {}

  /** The kept run, or a run not begun when there is none or it cannot be read. */
  load(): RunState {
    return this.parse(this.read());
  }

  /** Reads a run from the text kept under the key (as a storage event gives it). */
  parse(text: string | null): RunState {
    try {
      return text === null ? emptyRun() : readRun(JSON.parse(text));
    } catch {
      return emptyRun();
    }
  }

  /**
   * Keeps the run; false when the browser would not. Writes only what changed: another view following the run writes
   * back what it was told, and an unchanged write would otherwise be one more storage event to follow.
   */
  save(state: RunState): boolean {
    const text = JSON.stringify(state);
    try {
      if (this.read() !== text) this.storage.setItem(this.key, text);
      return true;
    } catch {
      return false;
    }
  }

  /** Forgets this run, and only this one. */
  clear(): boolean {
    try {
      this.storage.removeItem(this.key);
      return true;
    } catch {
      return false;
    }
  }

  private read(): string | null {
    try {
      return this.storage.getItem(this.key);
    } catch {
      return null;
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

// Built with fromEntries, never by assignment, so an id such as "__proto__" stays a plain key.
function lists(value: unknown): Record<string, string[]> {
  return Object.fromEntries(isRecord(value) ? Object.entries(value).map(([k, v]) => [k, strings(v)]) : []);
}
