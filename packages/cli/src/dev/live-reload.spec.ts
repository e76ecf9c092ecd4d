import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { RELOAD_EVENTS_PATH, RELOAD_SCRIPT } from './live-reload.js';

/** Runs the reload script on a page at `pathname`, sends it one rebuilt event, and says whether it reloaded. */
function reloads(pathname: string, data: unknown): boolean {
  let reloaded = false;
  let listener: ((event: { data: string }) => void) | undefined;
  class FakeEventSource {
    constructor(url: string) {
      expect(url).toBe(`${RELOAD_EVENTS_PATH}?page=${encodeURIComponent(decodeURIComponent(pathname.slice(1)) || 'index.html')}`);
    }
    addEventListener(name: string, handler: (event: { data: string }) => void) {
      expect(name).toBe('rebuilt');
      listener = handler;
    }
  }
  const location = { pathname, reload: () => (reloaded = true) };
  new Function('EventSource', 'location', RELOAD_SCRIPT)(FakeEventSource, location);
  listener?.({ data: JSON.stringify(data) });
  return reloaded;
}

describe('the live-reload script', () => {
  it('reloads a page when it, or a file it loads, was written anew, and leaves other pages as they are', () => {
    const changed = ['map-a.html', 'maps.html', 'assets/search-index.js'];
    expect(reloads('/map-a.html', { changed })).toBe(true);
    expect(reloads('/maps.html', { changed })).toBe(true);
    expect(reloads('/search.html', { changed })).toBe(true);
    expect(reloads('/map-b.html', { changed })).toBe(false);
    expect(reloads('/', { changed })).toBe(false);
    expect(reloads('/', { changed: ['index.html'] })).toBe(true);
    expect(reloads('/map-b.html', { changed: ['assets/site.css'] })).toBe(true);
    expect(reloads('/map-b.html', { all: true })).toBe(true);
  });

  it('declares nothing in the global scope, which it shares with the page scripts as a classic script', () => {
    const page = createContext({
      location: { pathname: '/map-a.html' },
      EventSource: class {
        addEventListener() {}
      },
    });
    runInContext(RELOAD_SCRIPT, page);
    // A second classic script declaring the same name would otherwise fail to run at all.
    expect(runInContext('typeof page', page)).toBe('undefined');
    expect(() => runInContext('const page = 1;', page)).not.toThrow();
  });
});
