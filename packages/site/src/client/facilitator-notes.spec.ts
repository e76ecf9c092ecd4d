import { describe, expect, it } from 'vitest';
import { NotesStore, emptyNotes, isEmpty, notesKey, readNotes, type NotesStorage } from './facilitator-notes.js';

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
    new NotesStore(storage, 'complaint', '1.0').save(sample());
    expect(new NotesStore(storage, 'complaint', '1.0').load()).toEqual(sample());
  });

  it('keeps two scenarios, and two versions of one scenario, apart', () => {
    const storage = fakeStorage();
    new NotesStore(storage, 'complaint', '1.0').save(sample());
    expect(new NotesStore(storage, 'first-100-days', '1.0').load()).toEqual(emptyNotes());
    expect(new NotesStore(storage, 'complaint', '1.1').load()).toEqual(emptyNotes());
    expect(new NotesStore(storage, 'complaint', undefined).load()).toEqual(emptyNotes());
    // A scenario id cannot pass for another's id and version put together.
    expect(notesKey('a:b', 'c')).not.toBe(notesKey('a', 'b:c'));
  });

  it('clears one scenario’s notes and leaves every other stored item alone', () => {
    const storage = fakeStorage();
    storage.setItem('someone-else', 'x');
    const other = new NotesStore(storage, 'first-100-days', '1.0');
    other.save(sample());
    const store = new NotesStore(storage, 'complaint', '1.0');
    store.save(sample());
    expect(store.clear()).toBe(true);
    expect(store.load()).toEqual(emptyNotes());
    expect(other.load()).toEqual(sample());
    expect(storage.items.get('someone-else')).toBe('x');
  });

  it('starts afresh from text it cannot read, and says so when the browser will not store', () => {
    const storage = fakeStorage();
    const store = new NotesStore(storage, 'complaint', '1.0');
    storage.setItem(store.key, '{not json');
    expect(store.load()).toEqual(emptyNotes());
    const refusing = new NotesStore(fakeStorage(true), 'complaint', '1.0');
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

  it('knows notes with nothing in them from notes with something', () => {
    expect(isEmpty(emptyNotes())).toBe(true);
    expect(isEmpty({ ...emptyNotes(), modules: { a: '  ' }, objectives: { o: { rating: '', note: '' } } })).toBe(true);
    expect(isEmpty({ ...emptyNotes(), objectives: { o: { rating: 'U', note: '' } } })).toBe(false);
    expect(isEmpty(sample())).toBe(false);
  });
});
