#!/usr/bin/env node
// The `opcc` command as installed. This file is committed, so `pnpm install` can link the command
// before anything is built; the command itself is dist/bin.js, which `pnpm build` makes.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/bin.js', import.meta.url);
if (existsSync(fileURLToPath(built))) {
  await import(built.href);
} else {
  process.stderr.write(
    `opcc: the command is not built yet (${fileURLToPath(built)} is missing).\n` + 'Build it from the repository root with:  npx -y pnpm@10.34.8 build\n',
  );
  process.exitCode = 3;
}
