import type { Model } from '@opcc/core';
import { sha256 } from '@opcc/core/files';

/**
 * A short, stable name of the model a site was built from, written on every page's body as `data-site`.
 * Every page opened from file:// shares one browser storage, so anything a page keeps there is keyed by it:
 * two sites built from different models, or from different versions of one, never see each other's notes.
 * It is made of what the model says about itself (title and version), never of the folder it was built
 * from or to, so the same model builds the same name on any machine.
 */
export function siteIdentity(model: Pick<Model, 'title' | 'version'>): string {
  return sha256(JSON.stringify(['opcc-site', model.title, model.version ?? ''])).slice(0, 12);
}
