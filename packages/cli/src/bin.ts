#!/usr/bin/env node
import { processIo } from './io.js';
import { runCli } from './run-cli.js';

// A reader that stops early (`opcc validate m | head`) closes the pipe: that is not a failure
// of opcc, and nothing is left to say, so stop quietly instead of crashing with EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

void runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
