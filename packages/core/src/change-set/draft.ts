import type { Model } from '../model/model.js';

/** A value with every property and list writable, all the way down: a model being changed. */
export type Mutable<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T
  : T extends ReadonlyArray<infer U>
    ? Array<Mutable<U>>
    : { -readonly [K in keyof T]: Mutable<T[K]> };

/** A copy of a model that the changes of a change set edit in place; the model it was made from is never touched. */
export type Draft = Mutable<Model>;

/**
 * A deep copy of a model to change. A model is plain data (no functions, no cycles), so a
 * structured clone copies all of it.
 */
export function draftOf(model: Model): Draft {
  return structuredClone(model) as Draft;
}

/** A deep copy of part of a change, so that what the draft holds never shares objects with the change set. */
export function copyOf<T>(value: T): Mutable<T> {
  return structuredClone(value) as Mutable<T>;
}
