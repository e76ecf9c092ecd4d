import { describe, expect, it } from 'vitest';
import { html, trusted } from './html.js';
import { markdown } from './markdown.js';

describe('html', () => {
  it('escapes every interpolated value unless it is trusted markup', () => {
    const text = `<b onclick="x">'&'</b>`;
    expect(html`<p title="${text}">${text}${trusted('<i>ok</i>')}${[text, null, false, 3]}</p>`.value).toBe(
      '<p title="&lt;b onclick=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;">&lt;b onclick=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;<i>ok</i>&lt;b onclick=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;3</p>',
    );
  });
});

describe('markdown', () => {
  it('renders raw HTML as text', () => {
    expect(markdown('<script>alert(1)</script> **bold**').value).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; <strong>bold</strong></p>\n');
  });

  it('links only safe schemes, and opens external links in a new tab', () => {
    expect(markdown('[a](javascript:alert(1)) [b](data:text/html,x) [c]( JAVASCRIPT:x) [d](//evil.example/x) [e](\\\\server\\share)').value).not.toContain('<a');
    expect(markdown('[d](https://www.police.uk/)').value).toBe('<p><a href="https://www.police.uk/" target="_blank" rel="noopener noreferrer">d</a></p>\n');
    expect(markdown('[e](map-engage-consult.html#start)').value).toBe('<p><a href="map-engage-consult.html#start">e</a></p>\n');
  });
});
