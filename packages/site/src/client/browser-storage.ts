// Browser storage for what the scenario pages keep, and a stand-in when the browser refuses it.

/** The part of the Web Storage API the scenario pages use, so that tests can give it a fake. */
export type KeptStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's local storage, or undefined where it is switched off (reading the property throws, from disk say). */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Storage that forgets on reload: used when the browser refuses its own, so that the page still works for the session. */
export function memoryStorage(): KeptStorage {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}
