import { resolve } from 'node:path';
import { startDevServer } from '../dev/dev-server.js';
import { EXIT, type CliIo } from '../io.js';
import { isFolder } from './load-or-report.js';

/** Serves a model's site on 127.0.0.1, rebuilding and reloading on every change, until Ctrl+C. */
export async function devCommand(dir: string, options: { port: number }, io: CliIo): Promise<number> {
  const folder = resolve(io.cwd, dir);
  if (!isFolder(folder)) {
    io.stderr(`opcc: there is no folder at ${folder}\n`);
    return EXIT.usage;
  }
  const server = await startDevServer(folder, { port: options.port, log: io.stderr });
  io.stdout(`Serving ${server.url} (this computer only). Edit the model and the page reloads. Press Ctrl+C to stop.\n`);
  await new Promise<void>((done) => process.once('SIGINT', () => done()));
  await server.close();
  return EXIT.ok;
}
