import { describe, expect, it } from 'vitest';
import { NotesStore, decisionTime, emptyNotes, notesKey, readNotes, type NotesStorage } from './facilitator-notes.js';

const SITE = '3f2a9c0b1d4e';

/** Browser storage in memory, counting writes; `failing` makes every call throw as a full or refused store does. */
function fakeStorage(failing = false): NotesStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  const check = () => {
    if (failing) throw new DOMException('quota exceeded', 'QuotaExceededError');
  };
  return {
    items,
    getItem: (key) => (check(), items.get(key) ?? null),
    setItem: (key, value) => (check(), void items.set(key, value)),
    removeItem: (key) => (check(), void items.delete(key)),
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
  };
}

const sample = () => ({
  ...emptyNotes(),
  modules: { 'the-email': 'PSD offered to take it; the chief executive declined.' },
  objectives: { 'appropriate-authority': { rating: 'S' as const, note: 'Needed a prompt.' } },
  decisions: [{ at: '10:05', role: 'commissioner', text: 'Refer to the IOPC today.' }],
  strengths: 'Quick recording',
  improvements: 'Press line late',
  actions: [{ objective: 'refer-to-iopc', action: 'Write a referral checklist', owner: 'Chief executive', due: '2026-12-31' }],
});

describe('the facilitator notes store', () => {
  it('gives back what it kept, as a reload of the page would read it', () => {
    const storage = fakeStorage();
    new NotesStore(storage, SITE, 'complaint', '1.0').save(sample());
    expect(new NotesStore(storage, SITE, 'complaint', '1.0').load()).toEqual(sample());
  });

  it('keeps two scenarios, and two versions of one scenario, apart', () => {
    const storage = fakeStorage();
    new NotesStore(storage, SITE, 'complaint', '1.0').save(sample());
    expect(new NotesStore(storage, SITE, 'first-100-days', '1.0').load()).toEqual(emptyNotes());
    expect(new NotesStore(storage, SITE, 'complaint', '1.1').load()).toEqual(emptyNotes());
    expect(new NotesStore(storage, SITE, 'complaint', undefined).load()).toEqual(emptyNotes());
    // A scenario id cannot pass for another's id and version put together.
    expect(notesKey(SITE, 'a:b', 'c')).not.toBe(notesKey(SITE, 'a', 'b:c'));
  });

  it('keeps the notes of two sites apart, even of the same scenario and version, and clears only its own', () => {
    const storage = fakeStorage();
    const here = new NotesStore(storage, SITE, 'complaint', '1.0');
    const copy = new NotesStore(storage, 'another-site', 'complaint', '1.0');
    copy.save(sample());
    expect(here.load()).toEqual(emptyNotes());
    here.save({ ...emptyNotes(), strengths: 'here' });
    expect(here.clear(true)).toBe(true);
    expect(copy.load()).toEqual(sample());
  });

  it('finds the notes of other versions of the same scenario on this site, and clears them only when asked', () => {
    const storage = fakeStorage();
    const older = new NotesStore(storage, SITE, 'complaint', '0.9');
    const unversioned = new NotesStore(storage, SITE, 'complaint', undefined);
    const otherScenario = new NotesStore(storage, SITE, 'first-100-days', '0.9');
    const otherSite = new NotesStore(storage, 'another-site', 'complaint', '0.9');
    for (const store of [older, unversioned, otherScenario, otherSite]) store.save(sample());
    storage.setItem('opcc:facilitator-notes:{not json', 'x');
    const store = new NotesStore(storage, SITE, 'complaint', '1.0');
    store.save(sample());
    expect(store.otherVersions().sort()).toEqual([older.key, unversioned.key].sort());
    expect(store.clear()).toBe(true);
    expect(older.load()).toEqual(sample());
    expect(store.clear(true)).toBe(true);
    expect(older.load()).toEqual(emptyNotes());
    expect(unversioned.load()).toEqual(emptyNotes());
    expect(otherScenario.load()).toEqual(sample());
    expect(otherSite.load()).toEqual(sample());
    // Storage that cannot list its keys (the page's stand-in when the browser refuses its own) has no other versions.
    expect(new NotesStore({ getItem: () => null, setItem: () => undefined, removeItem: () => undefined }, SITE, 'complaint', '1.0').otherVersions()).toEqual([]);
  });

  it('clears one scenario’s notes and leaves every other stored item alone', () => {
    const storage = fakeStorage();
    storage.setItem('someone-else', 'x');
    const other = new NotesStore(storage, SITE, 'first-100-days', '1.0');
    other.save(sample());
    const store = new NotesStore(storage, SITE, 'complaint', '1.0');
    store.save(sample());
    expect(store.clear()).toBe(true);
    expect(store.load()).toEqual(emptyNotes());
    expect(other.load()).toEqual(sample());
    expect(storage.items.get('someone-else')).toBe('x');
  });

  it('starts afresh from text it cannot read, and says so when the browser will not store', () => {
    const storage = fakeStorage();
    const store = new NotesStore(storage, SITE, 'complaint', '1.0');
    storage.setItem(store.key, '{not json');
    expect(store.load()).toEqual(emptyNotes());
    const refusing = new NotesStore(fakeStorage(true), SITE, 'complaint', '1.0');
    expect(refusing.load()).toEqual(emptyNotes());
    expect(refusing.save(sample())).toBe(false);
    expect(refusing.clear()).toBe(false);
  });

  it('keeps each well-formed field of stored notes and drops only the bad ones', () => {
    const notes = readNotes({
      modules: { a: 'kept', b: 7 },
      objectives: {
        good: { rating: 'M', note: 'kept' },
        badRating: { rating: 'X', note: 'note kept' },
        notAnObject: 'x',
        ['__proto__']: { rating: 'P', note: '' },
      },
      decisions: [{ at: '09:00', role: 'r', text: 't' }, 'junk', { text: 5 }],
      strengths: ['not text'],
      actions: null,
    });
    expect(notes.modules).toEqual({ a: 'kept' });
    expect(notes.objectives['good']).toEqual({ rating: 'M', note: 'kept' });
    expect(notes.objectives['badRating']).toEqual({ rating: '', note: 'note kept' });
    expect(Object.keys(notes.objectives)).not.toContain('notAnObject');
    expect(Object.getPrototypeOf(notes.objectives)).toBe(Object.prototype);
    expect(notes.decisions).toEqual([
      { at: '09:00', role: 'r', text: 't' },
      { at: '', role: '', text: '' },
    ]);
    expect(notes.strengths).toBe('');
    expect(notes.actions).toEqual([]);
    expect(readNotes('nonsense')).toEqual(emptyNotes());
  });
});

describe('the time of a decision', () => {
  it('gives the exercise time beside the time of day when the clock had been started, and reads it back', () => {
    const [logged] = readNotes({ decisions: [{ at: '10:05', clock: '0:32:10', role: '', text: 't' }] }).decisions;
    expect(logged && decisionTime(logged)).toBe('10:05 (exercise time 0:32:10)');
    expect(decisionTime({ at: '10:06', role: '', text: 'u' })).toBe('10:06');
    expect(readNotes({ decisions: [{ at: '10:06', clock: 7, role: '', text: 'u' }] }).decisions[0]).toEqual({ at: '10:06', role: '', text: 'u' });
  });
});
