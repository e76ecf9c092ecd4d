/** The base class of errors thrown for misuse of the API; problems in model files are diagnostics instead. */
export class OpccError extends Error {
  override readonly name: string = 'OpccError';
}

/** Thrown when a query is given an id or code that the model does not have. */
export class NotFoundError extends OpccError {
  override readonly name = 'NotFoundError';

  constructor(
    /** What was looked for, e.g. "process map". */
    readonly what: string,
    /** The id or code that was not found. */
    readonly id: string,
  ) {
    super(`no ${what} "${id}" in the model`);
  }
}
