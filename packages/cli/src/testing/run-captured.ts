import { runCli } from '../run-cli.js';

/** What one run of `opcc` gave: its exit code and everything it printed. */
export interface CapturedRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `opcc` with `args` in the folder `cwd`, as a test does, keeping what it prints instead of printing it.
 * @example
 * ```ts
 * const { code, stderr } = await runCaptured(modelDir, 'import', 'bpmn', 'order.bpmn');
 * ```
 */
export async function runCaptured(cwd: string, ...args: string[]): Promise<CapturedRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, interactive: false });
  return { code, stdout, stderr };
}
