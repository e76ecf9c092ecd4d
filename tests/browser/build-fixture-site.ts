// Builds a site from a model into a fresh temporary folder, for the browser tests.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Model } from '@opcc/core';
import { buildSite } from '@opcc/site';
import { tempDirs } from '../support/temp-tree.js';

// Each spec file that builds a site removes it after its tests.
const temp = tempDirs();

/** Builds the site and returns its folder and a function giving file:// URLs of its pages. */
export async function buildFixtureSite(model: Model, name: string): Promise<{ out: string; url: (page: string) => string }> {
  const out = join(temp(name), 'site');
  await buildSite(model, { out });
  return { out, url: (page) => pathToFileURL(join(out, page)).href };
}
