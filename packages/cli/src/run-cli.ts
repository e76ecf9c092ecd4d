import { CommanderError } from 'commander';
import { EXIT, type CliIo } from './io.js';
import { createProgram } from './program.js';
import { safeText } from './report/safe-text.js';

/**
 * Runs the command line with the given arguments (without `node` and the script) and returns
 * the exit code: 0 all well, 1 model problems, 2 misuse, 3 a failure outside the model (such
 * as a file that cannot be written), reported in one line. It never throws.
 * @example
 * ```ts
 * process.exitCode = await runCli(['validate', 'my-model', '--format', 'json'], processIo());
 * ```
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = createProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...args], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not failures; everything else commander rejects is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // Not the user's mistake and not the model's: say what failed in one line, without a stack trace.
    io.stderr(`opcc: could not finish: ${safeText(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT.failure;
  }
}
