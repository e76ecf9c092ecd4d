import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModelSync } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { siteFiles } from './build-site.js';

const exampleDir = fileURLToPath(new URL('../../../../examples/authoring', import.meta.url));

/**
 * Fields that say how the file is read or drawn, not what the model says: the drawing shows a
 * relationship map's layout by its shape.
 */
const NOT_CONTENT = new Set(['kind', '$schema', 'layout']);

/** Kinds whose pages are not part of this site yet: training scenarios are built as exercise packs. */
const NOT_ON_SITE = new Set(['scenario.yaml']);

/** Every scalar an author wrote, with where: `parties.yaml parties[0].title`. */
function writtenValues(): Array<{ at: string; key: string; value: string | number | boolean }> {
  const found: Array<{ at: string; key: string; value: string | number | boolean }> = [];
  const walk = (value: unknown, at: string, key: string): void => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${at}[${i}]`, key));
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`, k);
    else if ((typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') && !NOT_CONTENT.has(key)) found.push({ at, key, value });
  };
  for (const file of readdirSync(exampleDir).filter((f) => f.endsWith('.yaml') && !NOT_ON_SITE.has(f))) {
    for (const document of parseAllDocuments(readFileSync(join(exampleDir, file), 'utf8'))) walk(document.toJS(), file, '');
  }
  return found;
}

/** Text as a reader sees it, near enough: no tags, entities undone, Markdown marks and runs of space gone. */
function plain(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[*_`#>[\]\u2068\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the site of a model written from the docs', () => {
  it('shows every value written in its documents on some page: text in the text, ids at least as links', async () => {
    const { model, ok } = loadModelSync(exampleDir);
    expect(ok).toBe(true);
    const { files } = await siteFiles(model);
    const pages = [...files].filter(([path]) => path.endsWith('.html')).map(([, content]) => content);
    const text = plain(pages.join(' ')).toLowerCase();
    // An id names something that the site shows by its title, or links to.
    const titles = new Map<string, string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (typeof value === 'object' && value !== null) {
        const { id, title } = value as { id?: unknown; title?: unknown };
        if (typeof id === 'string' && typeof title === 'string') titles.set(id, plain(title).toLowerCase());
        Object.values(value).forEach(collect);
      }
    };
    collect(model);
    const raw = pages.join(' ');
    const values = writtenValues();
    expect(values.length).toBeGreaterThan(100);
    const unseen = values.filter(({ value }) => {
      if (typeof value === 'boolean') return false;
      const written = plain(String(value)).toLowerCase();
      const title = typeof value === 'string' ? titles.get(value) : undefined;
      if (title !== undefined && text.includes(title)) return false;
      // An id is shown as the link or anchor it names; a money figure as £ with thousands separated.
      // A choice such as `collaboration-unit` is shown by its name, "collaboration unit".
      if (/^[a-z]+(-[a-z]+)+$/.test(written) && text.includes(written.replace(/-/g, ' '))) return false;
      return !text.includes(written) && !raw.includes(`"${written}"`) && !raw.includes(`#${written}"`) && !raw.includes(`-${written}.html`) && !text.includes(Number(value).toLocaleString('en-GB'));
    });
    expect(unseen.map(({ at, value }) => `${at}: ${String(value)}`)).toEqual([]);
  }, 120_000);
});
