import { describe, expect, it } from 'vitest';
import { html } from './html.js';
import { lines } from './lines.js';

describe('lines', () => {
  it('puts each non-empty part on its own line and leaves no blank line for a missing one', () => {
    expect(lines([html`<h3>Plan</h3>`, undefined, '', false, html``, html`<p>${'a < b'}</p>`]).value).toBe('<h3>Plan</h3>\n<p>a &lt; b</p>');
    expect(lines([]).value).toBe('');
  });
});
