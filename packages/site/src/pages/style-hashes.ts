import { sha256 } from '@opcc/core/files';

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

/**
 * CSP hashes of the <style> blocks inside the drawings on a page. The drawings style their own
 * focus rings; allowing exactly those blocks by hash keeps every other inline style out. In an
 * SVG inside HTML, the browser hashes the style text after decoding character references.
 */
export function inlineStyleHashes(markup: string): string[] {
  const hashes = new Set<string>();
  for (const match of markup.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    const text = (match[1] ?? '').replace(/&(?:lt|gt|amp|quot|#39);/g, (e) => ENTITIES[e] ?? e);
    hashes.add(`'sha256-${sha256(text, 'base64')}'`);
  }
  return [...hashes].sort();
}
