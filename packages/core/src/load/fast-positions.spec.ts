import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { locateInNodes, textNodes } from './fast-positions.js';
import { locateOffset } from './parse-yaml.js';
import { parseWithPositions } from './positioned-yaml.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));

/** Every YAML and JSON file under the folders that hold models and test models. */
function modelTexts(): Array<[string, string]> {
  return ['packages/guide/model', 'examples', 'tests/corpus', 'tests/fixtures']
    .flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && /\.(?:ya?ml|json)$/i.test(entry.name))
        .map((entry) => join(entry.parentPath, entry.name)),
    )
    .map((path) => [
      path.slice(root.length),
      readFileSync(path, 'utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\r(?!\n)/g, '\n'),
    ]);
}

/** Every path into a value, with a name that is not there below each mapping. */
function pathsOf(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  const here = [path];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pathsOf(item, [...path, i])), [...path, value.length]];
  if (typeof value === 'object' && value !== null) {
    return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key])), [...path, 'no-such-field']];
  }
  return here;
}

describe('positions read with js-yaml', () => {
  it('are those of the yaml parser for every node of every model file in the repository, or left to it', () => {
    let compared = 0;
    let left = 0;
    for (const [name, text] of modelTexts()) {
      const nodes = textNodes(text);
      if (nodes === undefined) continue;
      const { docs } = parseWithPositions(text);
      if (docs.some((doc) => doc.errors.length > 0)) continue;
      expect(nodes.length, name).toBe(docs.length);
      nodes.forEach((node, i) => {
        const doc = docs[i];
        if (doc === undefined) return;
        let value: unknown;
        try {
          value = doc.toJS({ maxAliasCount: 100 });
        } catch {
          return; // aliases that repeat a value without end (a corpus case): nothing to walk
        }
        for (const path of pathsOf(value)) {
          for (const target of ['key', 'value'] as const) {
            const fast = locateInNodes(node, path, target);
            if (fast === undefined) {
              left++;
              continue;
            }
            compared++;
            expect(fast, `${name} document ${i} ${target} ${path.join('.')}`).toBe(locateOffset(doc, path, target) ?? doc.range?.[0] ?? 0);
          }
        }
      });
    }
    expect(compared).toBeGreaterThan(10_000);
    expect(left).toBeLessThan(compared / 100);
  });

  it('find a node past anchors, tags and comments, and a key whose value is empty', () => {
    const text = 'a: &x foo\nb: !!str bar # note\nc:\n  # first\n  - &y { k: 1 }\n  - z\nd:\ne: *x\n';
    const [node] = textNodes(text) ?? [];
    if (node === undefined) throw new Error('not read');
    const at = (path: Array<string | number>, target: 'key' | 'value' = 'value') => locateInNodes(node, path, target);
    expect([at(['a']), at(['b']), at(['c', 0]), at(['c', 0, 'k']), at(['c', 1]), at(['d']), at(['e']), at(['e'], 'key')]).toEqual([
      6,
      text.indexOf('bar'),
      text.indexOf('{'),
      text.indexOf('1 }'),
      text.indexOf('z'),
      text.indexOf('d:') + 2,
      text.indexOf('*x'),
      text.indexOf('e:'),
    ]);
  });
});
