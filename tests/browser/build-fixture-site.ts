// Builds a site from a model into a fresh temporary folder, for the browser tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Model } from '@opcc/core';
import { buildSite } from '@opcc/site';

/** Builds the site and returns its folder and a function giving file:// URLs of its pages. */
export async function buildFixtureSite(model: Model, name: string): Promise<{ out: string; url: (page: string) => string }> {
  const out = join(mkdtempSync(join(tmpdir(), `opcc-${name}-`)), 'site');
  await buildSite(model, { out });
  return { out, url: (page) => pathToFileURL(join(out, page)).href };
}
