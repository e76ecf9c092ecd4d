import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModelSync } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../../../tests/support/temp-tree.js';
import { referencesPage } from '../pages/references-page.js';
import { withReferenceFiles } from './reference-files.js';

const temp = tempDirs();

describe('reference documents kept in the model folder', () => {
  it('are copied into the site under the path the link gives, so the link on the page finds them', () => {
    const dir = temp('reference-files');
    mkdirSync(join(dir, 'documents'));
    const pdf = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff]);
    writeFileSync(join(dir, 'documents', 'professional framework.pdf'), pdf);
    writeFileSync(join(dir, 'outside.pdf'), 'x');
    // A file named like a page of the site is not copied over the page.
    writeFileSync(join(dir, 'index.html'), 'not the home page');
    const references = [
      'kind: references',
      'references:',
      '  - { id: framework, title: Professional framework, kind: guidance, href: "documents/professional%20framework.pdf#page=2" }',
      '  - { id: gone, title: Gone, kind: guidance, href: documents/gone.pdf }',
      '  - { id: out, title: Out, kind: guidance, href: ../outside.pdf }',
      '  - { id: web, title: Web, kind: guidance, href: "https://www.college.police.uk/" }',
      '  - { id: page, title: A page, kind: guidance, href: index.html }',
    ].join('\n');
    writeFileSync(join(dir, 'references.yaml'), references);
    const { model, diagnostics } = loadModelSync(dir);
    expect(diagnostics.map((d) => [d.code, d.fields])).toEqual([
      ['missing-reference-file', { href: 'documents/gone.pdf', path: 'documents/gone.pdf', outside: false }],
      ['missing-reference-file', { href: '../outside.pdf', path: '../outside.pdf', outside: true }],
    ]);
    const files = withReferenceFiles(new Map([['index.html', 'home']]), model, dir);
    expect([...files.keys()].sort()).toEqual(['documents/professional framework.pdf', 'index.html']);
    expect(files.get('documents/professional framework.pdf')).toEqual(Buffer.from(pdf));
    expect(files.get('index.html')).toBe('home');
    expect(referencesPage(model)).toContain('href="documents/professional%20framework.pdf#page=2"');
    expect(withReferenceFiles(new Map(), model, undefined).size).toBe(0);
  });
});
