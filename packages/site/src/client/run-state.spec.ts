import { describe, expect, it } from 'vitest';
import type { KeptStorage } from './browser-storage.js';
import { RunStore, emptyRun, readRun, runKey, type RunState } from './run-state.js';

function fakeStorage(failing = false): KeptStorage & { items: Map<string, string>; writes: number } {
  const items = new Map<string, string>();
  const check = () => {
    if (failing) throw new DOMException('quota exceeded', 'QuotaExceededError');
  };
  const store = {
    items,
    writes: 0,
    getItem: (key: string) => (check(), items.get(key) ?? null),
    setItem: (key: string, value: string) => (check(), (store.writes += 1), void items.set(key, value)),
    removeItem: (key: string) => (check(), void items.delete(key)),
  };
  return store;
}

const run: RunState = {
  route: ['outline-case', 'full-case'],
  choices: { 'outline-case': ['stop', 'go-on'] },
  released: { 'outline-case': ['assurance-report'] },
  clock: { banked: 120_000, since: 1_764_410_000_000 },
};

describe('runKey', () => {
  it('keeps sites, scenarios and versions apart, whatever their ids hold', () => {
    const keys = [runKey('a', 's', '1'), runKey('b', 's', '1'), runKey('a', 't', '1'), runKey('a', 's', '2'), runKey('a:s', '', '1')];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('RunStore', () => {
  it('keeps a run and reads it back', () => {
    const storage = fakeStorage();
    const store = new RunStore(storage, runKey('site', 's', '1'));
    expect(store.load()).toEqual(emptyRun());
    expect(store.save(run)).toBe(true);
    expect(new RunStore(storage, runKey('site', 's', '1')).load()).toEqual(run);
    expect(new RunStore(storage, runKey('other', 's', '1')).load()).toEqual(emptyRun());
  });

  it('does not write a run that has not changed', () => {
    const storage = fakeStorage();
    const store = new RunStore(storage, 'k');
    store.save(run);
    store.save({ ...run, route: [...run.route] });
    expect(storage.writes).toBe(1);
  });

  it('clears only its own run', () => {
    const storage = fakeStorage();
    const [mine, theirs] = [new RunStore(storage, 'a'), new RunStore(storage, 'b')];
    mine.save(run);
    theirs.save(run);
    expect(mine.clear()).toBe(true);
    expect(mine.load()).toEqual(emptyRun());
    expect(theirs.load()).toEqual(run);
  });

  it('says so when the browser refuses, and starts afresh from text it cannot read', () => {
    const refused = new RunStore(fakeStorage(true), 'k');
    expect(refused.save(run)).toBe(false);
    expect(refused.load()).toEqual(emptyRun());
    expect(refused.clear()).toBe(false);
    expect(new RunStore(fakeStorage(), 'k').parse('{not json')).toEqual(emptyRun());
  });
});

describe('readRun', () => {
  it('keeps each field of the right shape and drops the rest', () => {
    const read = readRun({ route: ['a', 3, 'b'], choices: { m: ['x', null], n: 'y' }, released: [], clock: { banked: -5, since: 10 } });
    expect(read).toEqual({ route: ['a', 'b'], choices: { m: ['x'], n: [] }, released: {}, clock: { banked: 0, since: 10 } });
    expect(Object.getPrototypeOf(readRun(JSON.parse('{"choices":{"__proto__":["x"]}}')).choices)).toBe(Object.prototype);
  });
});
