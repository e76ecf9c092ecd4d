import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { loadModelFromFiles, loadModelSync } from '../load/load-model.js';

const references = (...hrefs: string[]) => {
  const items = hrefs.map((href, i) => `  - { id: r${i}, title: R${i}, kind: guidance, href: ${JSON.stringify(href)} }`);
  return ['kind: references', 'references:', ...items].join('\n') + '\n';
};

describe('remote images in Markdown', () => {
  it('warns of an image from another site in any Markdown field, and of no local image or plain link', () => {
    const text = [
      'kind: process-map',
      'id: develop',
      'title: Develop',
      'guidance: "![cycle](https://example.org/cycle.png) and ![local](images/cycle.png)"',
      'steps:',
      '  - { id: draft, kind: decision, title: Draft, guidance: "![x][cdn] [a link](https://www.police.uk/)\\n\\n[cdn]: //cdn.example.org/x.png" }',
      '---',
      'kind: references',
      'references:',
      '  - { id: r, title: R, kind: guidance, description: "![logo](http://example.org/logo.png)" }',
    ].join('\n');
    const found = loadModelFromFiles([{ path: 'm.yaml', text }]).diagnostics;
    expect(found.map((d) => [d.code, d.line, d.path.join('.')])).toEqual([
      ['remote-image', 4, 'guidance'],
      ['remote-image', 6, 'steps.0.guidance'],
      ['remote-image', 10, 'references.0.description'],
    ]);
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
  });
});

describe('reference material kept in the model folder', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  const folder = (text: string, files: string[]) => {
    dir = mkdtempSync(join(tmpdir(), 'opcc-reference-files-'));
    writeFileSync(join(dir, 'references.yaml'), text);
    for (const file of files) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), 'x');
    }
    return dir;
  };

  it('warns, at the href, of a relative path that names no file; a file that is there, a web address or a folder is not', () => {
    const text = references(
      'documents/framework.pdf',
      'documents/missing.pdf',
      'https://www.police.uk/',
      './documents/my%20plan.pdf?page=2#top',
      'documents',
      'documents/../outside/../documents/framework.pdf',
    );
    const { diagnostics } = loadModelSync(folder(text, ['documents/framework.pdf', 'documents/my plan.pdf']));
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'references.yaml:4:48  warning  missing-reference-file  there is no file "documents/missing.pdf" in the model folder; add it, or correct the path',
      'references.yaml:7:48  warning  missing-reference-file  there is no file "documents" in the model folder; add it, or correct the path',
    ]);
  });

  it('warns of a path that leads out of the model folder', () => {
    const { diagnostics } = loadModelSync(folder(references('../elsewhere/plan.pdf'), []));
    expect(diagnostics.map((d) => d.code)).toEqual(['missing-reference-file']);
    expect(diagnostics[0]?.message).toContain('outside the model folder');
  });

  it('is not checked for files given in memory, which hold only the model files and not the documents they link to', () => {
    expect(loadModelFromFiles([{ path: 'references.yaml', text: references('documents/missing.pdf') }]).diagnostics).toEqual([]);
  });
});
