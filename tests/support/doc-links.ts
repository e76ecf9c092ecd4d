import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The anchors of a Markdown document's headings, as GitHub makes them: lower case, punctuation dropped, spaces as hyphens. */
export function headingAnchors(markdown: string): Set<string> {
  return new Set(
    markdown
      .split('\n')
      .filter((l) => /^#{1,6} /.test(l))
      .map((l) =>
        l
          .replace(/^#+ /, '')
          .trim()
          .toLowerCase()
          .replace(/[^\p{L}\p{N} _-]/gu, '')
          .replace(/ /g, '-'),
      ),
  );
}

/**
 * The links of a Markdown document in `dir` that lead nowhere: an anchor of the document that no heading makes, or a
 * file that does not exist. Web and mail links are not followed.
 * @example
 * ```ts
 * expect(brokenLinks(readFileSync('docs/training.md', 'utf8'), 'docs')).toEqual([]);
 * ```
 */
export function brokenLinks(markdown: string, dir: string): string[] {
  const anchors = headingAnchors(markdown);
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].flatMap(([, target]) => {
    if (target === undefined || /^(https?:|mailto:)/.test(target)) return [];
    const [file, anchor] = target.split('#');
    const found = file === '' ? anchors.has(anchor ?? '') : existsSync(resolve(dir, file ?? ''));
    return found ? [] : [target];
  });
}
