import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A file shipped in this package (the client sources, the stylesheet), found the same way from source and from dist. */
export function packageFile(...parts: string[]): string {
  const root = dirname(createRequire(import.meta.url).resolve('@opcc/site/package.json'));
  return join(root, ...parts);
}
