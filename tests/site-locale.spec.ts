import { describe, expect, it } from 'vitest';
import { runInLocale } from './support/run-in-locale.js';

// Builds the reference site in a fresh node per locale and hashes every file: a comparison,
// tie-break or number format that follows the machine's locale would show up as a changed file.
const BUILD = `const { createHash } = await import('node:crypto');
const { loadModelSync } = await import('@opcc/core');
const { siteFiles } = await import('@opcc/site');
const { model, diagnostics } = loadModelSync('packages/guide/model');
const { files } = await siteFiles(model);
const hashes = Object.fromEntries([...files].map(([path, text]) => [path, createHash('sha256').update(text).digest('hex')]));
console.log(JSON.stringify({ locale: new Intl.Collator().resolvedOptions().locale, diagnostics: diagnostics.length, hashes }));`;

interface Built {
  readonly locale: string;
  readonly diagnostics: number;
  readonly hashes: Record<string, string>;
}

describe('the reference site', () => {
  it('is the same, byte for byte, under an English and a Danish locale', () => {
    const english = JSON.parse(runInLocale('en_GB.UTF-8', BUILD)) as Built;
    const danish = JSON.parse(runInLocale('da_DK.UTF-8', BUILD)) as Built;
    // Both locales must really have taken effect, or the comparison would prove nothing.
    expect([english.locale, danish.locale]).toEqual(['en-GB', 'da-DK']);
    expect(english.diagnostics).toBe(0);
    expect(Object.keys(english.hashes).length).toBeGreaterThan(30);
    expect(danish.hashes).toEqual(english.hashes);
  }, 120_000);
});
