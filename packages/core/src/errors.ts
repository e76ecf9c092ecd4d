/** The base class of errors thrown for misuse of the API; problems in model files are diagnostics instead. */
export class OpccError extends Error {
  override readonly name: string = 'OpccError';
}

/**
 * The kinds of model element that can be looked up by id, as named in error messages and
 * diagnostics. A kind of document whose ids are names of a new kind adds it to this interface
 * (`declare module`) in its own file, so no list here needs editing.
 */
export interface ElementKinds {
  /** A glossary entry, by its code. */
  readonly 'glossary code': true;
  /** A party. */
  readonly party: true;
  /** An accountability profile. */
  readonly 'accountability profile': true;
  /** A process map. */
  readonly 'process map': true;
  /** A step, within its process map. */
  readonly step: true;
  /** A stakeholder. */
  readonly stakeholder: true;
  /** A relationship map. */
  readonly 'relationship map': true;
  /** A kind of relation, built in or declared. */
  readonly 'relation kind': true;
  /** An element of an outcome framework. */
  readonly outcome: true;
  /** An outcome framework. */
  readonly 'outcome framework': true;
  /** An item of reference material. */
  readonly reference: true;
  /** A collaboration. */
  readonly collaboration: true;
}

/** The kinds of model element that can be looked up by id, as named in error messages. */
export type ElementKind = keyof ElementKinds;

/** Thrown when a look-up or query is given an id or code that the model does not have. */
export class NotFoundError extends OpccError {
  override readonly name = 'NotFoundError';

  constructor(
    /** What was looked for. */
    readonly kind: ElementKind,
    /** The id or code that was not found. */
    readonly id: string,
    /** For an element whose id is unique only inside another (a step on a map), the container's description. */
    readonly within?: string,
  ) {
    super(within === undefined ? `no ${kind} "${id}" in the model` : `no ${kind} "${id}" on ${within}`);
  }
}

/** Thrown when text given to an id constructor such as `mapId` is not a valid id of that kind. */
export class InvalidIdError extends OpccError {
  override readonly name = 'InvalidIdError';

  constructor(
    /** The kind of id asked for, e.g. "process map id". */
    readonly kind: string,
    /** The text that was refused. */
    readonly text: string,
  ) {
    super(`${JSON.stringify(text)} is not a valid ${kind}`);
  }
}
