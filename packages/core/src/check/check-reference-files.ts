import { linkScheme } from '../schema/link-safety.js';
import { documentsOf, type CheckContext } from './context.js';

/**
 * Whether a file exists, given its path relative to the model folder with `/` between folders
 * (`documents/professional-framework.pdf`).
 */
export type FileExists = (relativePath: string) => boolean;

/**
 * Warns of reference material whose `href` is a path in the model folder that names no file,
 * which would be a broken link on the site. Only a loader that knows the model folder can tell;
 * the path is read as a browser reads it: without its `?query` or `#part`, percent-escapes undone.
 */
export function checkReferenceFiles(ctx: CheckContext, fileExists: FileExists): void {
  for (const { data, origin } of documentsOf(ctx, 'references')) {
    data.references.forEach((reference, i) => {
      const href = reference.href;
      if (href === undefined || linkScheme(href) !== undefined) return;
      const path = localPath(href);
      if (path === '') return;
      const site = { origin, path: ['references', i, 'href'] };
      if (path.startsWith('../')) {
        ctx.report('missing-reference-file', { href, path, outside: true }, site);
      } else if (!fileExists(path)) {
        ctx.report('missing-reference-file', { href, path, outside: false }, site);
      }
    });
  }
}

/**
 * The file a relative link names, as a path inside the model folder with `/` between folders
 * (a leading `../` when it leads out of the folder), or '' for a link within the page. The link is
 * read as a browser reads it: without its `?query` or `#part`, percent-escapes undone.
 * @example
 * ```ts
 * localPath('documents/Professional%20framework.pdf#page=4'); // 'documents/Professional framework.pdf'
 * ```
 */
export function localPath(href: string): string {
  const bare = href.split(/[?#]/u)[0] ?? '';
  let decoded = bare;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    // A stray % is taken literally, as a browser takes it.
  }
  const parts: string[] = [];
  for (const part of decoded.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}
