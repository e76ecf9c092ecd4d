import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { brokenLinks, headingAnchors } from './doc-links.js';

const docs = fileURLToPath(new URL('../../docs/', import.meta.url));

describe('brokenLinks', () => {
  it('finds a missing heading and a missing file, and leaves web links and what exists alone', () => {
    const doc = '# 1. Start here, now!\n\nSee [a](#1-start-here-now), [b](#nowhere), [c](training.md), [d](no-such-file.md), [e](https://example.org/x).';
    expect(headingAnchors(doc)).toEqual(new Set(['1-start-here-now']));
    expect(brokenLinks(doc, docs)).toEqual(['#nowhere', 'no-such-file.md']);
  });
});
