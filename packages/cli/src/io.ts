/** Where the command line writes, so tests can capture it and CI output stays plain. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The folder relative paths are resolved against. */
  readonly cwd: string;
  /** True when a person is watching: progress is shown only then, never in CI logs. */
  readonly interactive: boolean;
}

/**
 * The process's own streams.
 * @example
 * ```ts
 * await runCli(process.argv.slice(2), processIo());
 * ```
 */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    interactive: process.stderr.isTTY === true && process.env['CI'] === undefined,
  };
}

/**
 * Exit codes: 0 all well, 1 the model has problems, 2 the command was misused (nothing was
 * changed), 3 the command could not finish for a reason outside the model, such as a file
 * that could not be written.
 */
export const EXIT = { ok: 0, modelProblems: 1, usage: 2, failure: 3 } as const;

/** The exit codes as the help and the README explain them. */
export const EXIT_CODES_HELP =
  'Exit codes: 0 all well, 1 the model has problems, 2 the command was misused (nothing was changed), ' +
  '3 the command failed (e.g. a file could not be written).';
