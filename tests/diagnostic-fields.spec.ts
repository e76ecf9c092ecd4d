import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, diagnosticMessage, loadModelFromBytes, type Diagnostic } from '@opcc/core';

/*
 * Every diagnostic of the malformed corpus carries its fields: enough to make its message again,
 * plain data that survives JSON, and each one named for its code in docs/diagnostics.md.
 */

const root = fileURLToPath(new URL('../', import.meta.url));
const corpus = resolve(root, 'tests/corpus/malformed');
const doc = readFileSync(resolve(root, 'docs/diagnostics.md'), 'utf8');

/** The "Fields, for tools" section: each bullet names codes, then after the colon their fields. */
const section = doc.slice(doc.indexOf('## Fields, for tools'));
const bullets = section
  .split(/\n(?=- )/)
  .filter((b) => b.startsWith('- '))
  .map((b) => {
    const colon = b.indexOf(':');
    const codes = [...b.slice(0, colon).matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1] ?? '');
    return { codes, fields: b.slice(colon) };
  });

/** The codes the section says some checks still report in words only, with the one field `detail`. */
const inWords = new Set([...section.slice(section.indexOf('still report in words only')).matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1] ?? ''));

const diagnostics: Diagnostic[] = readdirSync(corpus)
  .filter((name) => name !== 'cases.yaml')
  .sort()
  .flatMap((file) => loadModelFromBytes([{ path: file, bytes: readFileSync(resolve(corpus, file)) }]).diagnostics);

describe('diagnostic fields', () => {
  it('are found across the corpus for most codes', () => {
    expect(new Set(diagnostics.map((d) => d.code)).size).toBeGreaterThan(40);
  });

  it('make the message of every diagnostic of the corpus, and survive JSON unchanged', () => {
    for (const d of diagnostics) {
      expect(diagnosticMessage(d.code, d.fields), d.message).toBe(d.message);
      expect(JSON.parse(JSON.stringify(d.fields)), d.message).toEqual(d.fields);
    }
  });

  it('are listed for every code, once, in docs/diagnostics.md', () => {
    const listed = bullets.flatMap((b) => b.codes);
    expect([...listed].sort()).toEqual(Object.keys(DIAGNOSTIC_CODES).sort());
  });

  it('are each named, for its code, in docs/diagnostics.md', () => {
    const unnamed = diagnostics.flatMap((d) => {
      const fields = bullets.find((b) => b.codes.includes(d.code))?.fields ?? '';
      return Object.keys(d.fields)
        .filter((key) => !fields.includes(`\`${key}\``) && !(key === 'detail' && inWords.has(d.code)))
        .map((key) => `${d.code}: ${key}`);
    });
    expect([...new Set(unnamed)]).toEqual([]);
  });
});
