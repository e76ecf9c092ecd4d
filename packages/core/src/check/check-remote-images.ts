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
        const message =
          `the image ${JSON.stringify(destination)} is on another site; the site makes no request off the reader's machine, ` +
          'so it shows it as a link instead. Save the image in the model folder and give its relative path';
        ctx.report('remote-image', message, { origin, path });
      }
    }
  }
}

function isRemote(destination: string): boolean {
  return linkScheme(destination) !== undefined || /^\s*[\\/]{2}/u.test(destination);
}
