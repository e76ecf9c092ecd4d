import { PortUnavailableError, startDevServer } from '../dev/dev-server.js';
import { EXIT, type CliIo } from '../io.js';
import { safeText } from '../report/safe-text.js';
import { modelFolder } from './load-or-report.js';

/** Options of `opcc dev`. */
export interface DevOptions {
  readonly port: number;
  /** List every warning instead of the first few of each code. */
  readonly verbose?: boolean;
}

/**
 * Serves a model's site on 127.0.0.1, rebuilding and reloading on every change, until Ctrl+C
 * or SIGTERM; then the server's temporary folder is removed. A port in use is misuse (exit 2).
 */
export async function devCommand(dir: string, options: DevOptions, io: CliIo): Promise<number> {
  const folder = modelFolder(dir, io);
  if (folder === undefined) return EXIT.usage;
  // Listen for the signals before starting, so a Ctrl+C during the first build still cleans up.
  let onSignal: (() => void) | undefined;
  const stopped = new Promise<void>((done) => (onSignal = done));
  const signal = () => onSignal?.();
  // Kept until the end, so a second Ctrl+C while stopping cannot cut the clean-up short.
  process.on('SIGINT', signal).on('SIGTERM', signal);
  try {
    let server;
    try {
      server = await startDevServer(folder, { port: options.port, log: io.stdout, ...(options.verbose === true ? { verbose: true } : {}) });
    } catch (error) {
      if (!(error instanceof PortUnavailableError)) throw error;
      io.stderr(`opcc: ${error.message}; stop the program using it or choose another port with --port <number>\n`);
      return EXIT.usage;
    }
    io.stdout(`Serving ${safeText(server.url)} (this computer only). Edit the model and the page reloads. Press Ctrl+C to stop.\n`);
    await stopped;
    await server.close();
    io.stdout('Stopped.\n');
    return EXIT.ok;
  } finally {
    process.off('SIGINT', signal).off('SIGTERM', signal);
  }
}
