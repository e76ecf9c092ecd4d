import { documentSchemas } from '../schema/documents.js';
import { linkScheme } from '../schema/link-safety.js';
import { markdownFields } from '../schema/markdown-fields.js';
import { markdownLinks } from '../schema/markdown-links.js';
import type { CheckContext } from './context.js';

/**
 * Warns of a Markdown image from another site: the site makes no request off the reader's
 * machine, so it shows such an image as a link to it instead.
 */
export function checkRemoteImages(ctx: CheckContext): void {
  for (const { kind, data, origin } of ctx.documents) {
    for (const { path, text } of markdownFields(documentSchemas[kind], data)) {
      for (const { destination, image } of markdownLinks(text)) {
        if (!image || !isRemote(destination)) continue;
        ctx.report('remote-image', { url: destination }, { origin, path });
      }
    }
  }
}

function isRemote(destination: string): boolean {
  return linkScheme(destination) !== undefined || /^\s*[\\/]{2}/u.test(destination);
}
