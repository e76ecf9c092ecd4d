import { CommanderError } from 'commander';
import { EXIT, type CliIo } from './io.js';
import { createProgram } from './program.js';

/**
 * Runs the command line with the given arguments (without `node` and the script) and returns
 * the exit code: 0 all well, 1 model problems, 2 misuse. It never throws for bad input.
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
    io.stderr(`opcc: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
}
