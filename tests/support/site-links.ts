import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { unpackSearchDocuments, type PackedSearchDocuments } from '../../packages/site/src/search/search-options.js';

// A link with a scheme (a web or mail address, a data URL) leads out of the site and is not followed.
const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The ids a page can be opened at. */
function anchors(page: string): Set<string> {
  return new Set([...page.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? '')));
}

/**
 * The links of a built site that lead nowhere: an `href` or `src` of any page, or a result of the search index, naming a
 * file the site does not hold or an id its page does not have. Each is given as "page → link".
 * @example
 * ```ts
 * expect(brokenSiteLinks('site')).toEqual([]);
 * ```
 */
export function brokenSiteLinks(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  const pages = new Map(files.filter((f) => f.endsWith('.html')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const ids = new Map<string, Set<string>>();
  const idsOf = (page: string) => ids.get(page) ?? ids.set(page, anchors(pages.get(page) ?? '')).get(page) ?? new Set<string>();
  const broken = (from: string, link: string): boolean => {
    if (link === '' || EXTERNAL.test(link)) return false;
    const [path = '', fragment] = link.split('#');
    const target =
      path === ''
        ? from
        : join(dirname(from), decodeURIComponent(path.split('?')[0] ?? ''))
            .split(sep)
            .join('/');
    if (!existsSync(join(dir, target))) return true;
    return fragment !== undefined && fragment !== '' && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment));
  };
  const links = [...pages].flatMap(([page, markup]) =>
    [...markup.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => [page, decodeEntities(m[1] ?? '')] as const),
  );
  const index = files.find((f) => f.endsWith('search-index.js'));
  if (index !== undefined) {
    const script = readFileSync(join(dir, index), 'utf8');
    const packed = JSON.parse(script.slice(script.indexOf('=') + 1).replace(/;\s*$/, '')) as PackedSearchDocuments;
    for (const doc of unpackSearchDocuments(packed)) links.push(['search.html', doc.url]);
  }
  return links.filter(([page, link]) => broken(page, link)).map(([page, link]) => `${page} → ${link}`);
}
