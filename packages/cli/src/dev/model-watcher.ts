import { statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * How long the model must be quiet after an event before its changed files are looked at again.
 * Editors write a file in several steps a few milliseconds apart (truncate, write, rename), each an event.
 */
export const QUIET_MS = 8;

/** A model folder being watched: see {@link watchModel}. */
export interface ModelWatcher {
  /** How many change events have been seen so far: a rebuild that started at another count has been overtaken. */
  readonly events: () => number;
  /** Waits until the model has been quiet for `ms` since its last event; false when an event comes after `since` (a count of events()). */
  readonly quietFor: (ms: number, since: number) => Promise<boolean>;
  /** Stops watching; no callback comes after. */
  readonly close: () => void;
}

/** What can be seen of a file without reading it: its size and time of change, or that it is missing. */
function signature(dir: string, names: ReadonlySet<string>): string {
  return [...names]
    .map((name) => {
      try {
        const stat = statSync(join(dir, name));
        return `${name}:${stat.size}:${stat.mtimeMs}`;
      } catch {
        return `${name}:missing`;
      }
    })
    .join('\n');
}

/**
 * Watches a model folder and calls `settled` once a burst of changes is over, with the time of the
 * burst's first event: no event for {@link QUIET_MS}, and every file the events named the same size and
 * time of change as at its last event, so that a file still being written is not read half-way. The
 * wait is event-driven rather than a fixed delay long enough for any editor: a one-step save is built
 * QUIET_MS after it, a slow writer as soon as it stops.
 */
export function watchModel(dir: string, settled: (detected: number) => void, failed: (error: Error) => void): ModelWatcher {
  let count = 0;
  let lastEvent = 0;
  let detected: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  // The files named since the last settle, and how they looked at their last event.
  let names = new Set<string>();
  let seen = '';

  const check = () => {
    const now = signature(dir, names);
    if (now !== seen) {
      // Still changing without telling (or an event was missed): look again after another quiet spell.
      seen = now;
      timer = setTimeout(check, QUIET_MS);
      return;
    }
    const first = detected ?? performance.now();
    detected = undefined;
    names = new Set();
    seen = '';
    settled(first);
  };

  const watcher: FSWatcher = watch(dir, { recursive: true }, (_type, name) => {
    count += 1;
    lastEvent = performance.now();
    detected ??= lastEvent;
    if (name !== null) names.add(String(name));
    seen = signature(dir, names);
    clearTimeout(timer);
    timer = setTimeout(check, QUIET_MS);
  });
  watcher.on('error', failed);

  return {
    events: () => count,
    quietFor: (ms, since) =>
      new Promise<boolean>((done) => {
        const wait = () => {
          if (count !== since) return done(false);
          const left = lastEvent + ms - performance.now();
          if (left <= 0) return done(true);
          setTimeout(wait, left);
        };
        wait();
      }),
    close: () => {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
