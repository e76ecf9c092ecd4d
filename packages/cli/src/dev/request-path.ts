import { isAbsolute, join, relative, sep } from 'node:path';

/** What a request's address asks for: a decoded path inside the site, or why it cannot be served. */
export type RequestPath = { readonly path: string } | { readonly status: 400 | 403 };

/**
 * The path a request asks for, decoded once. A malformed percent-encoding is a bad request
 * (400); a backslash, NUL, or a `.` or `..` segment in any encoding is forbidden (403), so no
 * request can name a file outside the site.
 */
export function requestPath(url: string | undefined): RequestPath {
  const raw = (url ?? '/').split(/[?#]/, 1)[0] ?? '';
  if (!raw.startsWith('/') || raw.startsWith('//')) return { status: 400 };
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return { status: 400 };
  }
  if (/[\\\u0000]/.test(path) || path.split('/').some((segment) => segment === '.' || segment === '..')) return { status: 403 };
  return { path };
}

/** The file under `root` that a decoded request path names, or undefined when it would fall outside it. */
export function fileInSite(root: string, path: string): string | undefined {
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  const rel = relative(root, file);
  return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? undefined : file;
}
