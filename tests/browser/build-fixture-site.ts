// Builds the sites the browser tests open: a model's own into a fresh temporary folder, or the shared reference site.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Model } from '@opcc/core';
import { guide } from '@opcc/guide';
import { buildSite } from '@opcc/site';
import { runOnce } from '../support/run-once.js';
import { tempDirs } from '../support/temp-tree.js';

// Each spec file that builds a site removes it after its tests.
const temp = tempDirs();

/** A built site: its folder and a function giving file:// URLs of its pages. */
export interface FixtureSite {
  /** The folder the site was written to. */
  readonly out: string;
  /** The file:// URL of a page of the site. */
  readonly url: (page: string) => string;
}

function fixtureSite(out: string): FixtureSite {
  return { out, url: (page) => pathToFileURL(join(out, page)).href };
}

/** Builds the site of a model made for one spec file into a folder of that file's own. */
export async function buildFixtureSite(model: Model, name: string): Promise<FixtureSite> {
  const out = join(temp(name), 'site');
  await buildSite(model, { out });
  return fixtureSite(out);
}

/**
 * The reference site, built from the model @opcc/guide loads once per test run for every spec file that only reads it
 * (building it is a good part of a browser spec's time): a spec file that changes the site must build its own.
 */
export async function referenceSite(): Promise<FixtureSite> {
  const dir = await runOnce('reference-site', (into) => buildSite(guide, { out: join(into, 'site') }));
  return fixtureSite(join(dir, 'site'));
}
