import { describe, expect, it } from 'vitest';
import type { Model } from '@opcc/core';
import { html } from './html.js';
import { layout } from './layout.js';
import { siteIdentity } from './site-identity.js';

describe('siteIdentity', () => {
  it('is a short hex name that the same model always gives', () => {
    const id = siteIdentity({ title: 'OPCC Guide', version: '1.0.0' });
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(siteIdentity({ title: 'OPCC Guide', version: '1.0.0' })).toBe(id);
  });

  it('differs between models and between versions of one model', () => {
    const names = [
      siteIdentity({ title: 'OPCC Guide', version: '1.0.0' }),
      siteIdentity({ title: 'OPCC Guide', version: '1.1.0' }),
      siteIdentity({ title: 'OPCC Guide' }),
      siteIdentity({ title: 'Another force', version: '1.0.0' }),
    ];
    expect(new Set(names).size).toBe(names.length);
  });

  it('is written on the body of every page', () => {
    const model = { title: 'OPCC Guide', version: '1.0.0', changeSets: [] } as unknown as Model;
    const page = layout(model, { title: 'x', kind: 'scenario-run', breadcrumbs: [], main: html`<p>x</p>` }).value;
    expect(page).toContain(`<body data-page="scenario-run" data-site="${siteIdentity(model)}">`);
  });
});
