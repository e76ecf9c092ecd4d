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

  it('isolates text with bidi controls where it lands: <bdi> in content, isolating characters in a title or tooltip, nothing in an address', () => {
    const text = 'a\u2069\u202Eb';
    const balanced = 'a\u202Eb\u202C';
    expect(html`<title>${text} · ${'Plan'}</title><p>${text}</p>`.value).toBe(`<title>\u2068${balanced}\u2069 · Plan</title><p><bdi>${balanced}</bdi></p>`);
    expect(html`<a href="${text}" title="${text}" data-x="${text}" aria-label="${text}">${'Plan'}</a>`.value).toBe(
      `<a href="${text}" title="\u2068${balanced}\u2069" data-x="${text}" aria-label="\u2068${balanced}\u2069">Plan</a>`,
    );
    // A fragment of a tag is seen as one.
    expect(html`<a${html` title="${text}"`}>${text}</a>`.value).toBe(`<a title="\u2068${balanced}\u2069"><bdi>${balanced}</bdi></a>`);
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

  it('shows every image as a link to its address named by its alt text, and never as an image', () => {
    expect(markdown('![logo](https://example.org/x.png)').value).toBe('<p><a class="image-link" href="https://example.org/x.png" target="_blank" rel="noopener noreferrer">logo</a></p>\n');
    expect(markdown('![](images/a.png "A title")').value).toBe('<p><a class="image-link" href="images/a.png" title="A title">images/a.png</a></p>\n');
    expect(markdown('![by ref][r]\n\n[r]: https://example.org/r.png').value).toContain('<a class="image-link" href="https://example.org/r.png"');
    expect(markdown('[![inner](https://example.org/i.png)](https://example.org/)').value).toBe('<p><a href="https://example.org/" target="_blank" rel="noopener noreferrer">inner</a></p>\n');
    for (const text of ['![x](//example.org/x.png)', '![x](javascript:alert(1))', '<img src="https://example.org/x.png">', '![x](\\\\host\\x.png)']) {
      expect(markdown(text).value, text).not.toMatch(/<img|<a /);
    }
  });

  it('links no disguised script address, share or protocol-relative address', () => {
    const links = ['<java\tscript:alert(1)>', '&#106;avascript:alert(1)', 'jav&#x09;ascript:alert(1)', 'javascript&#58;alert(1)', '%6Aavascript%3Aalert(1)', '\u0001javascript:x', '<//host/x>', '%2F%2Fhost/x'];
    for (const link of links) expect(markdown(`[x](${link})`).value, link).not.toContain('<a');
    expect(markdown('<javascript:alert(1)>').value).not.toContain('<a');
  });

  it('isolates text with bidi controls in its text, inline code and link titles', () => {
    expect(markdown('a\u202Eb `c\u202Ed` [e](x.html "t\u202Eu")').value).toBe(
      '<p><bdi>a\u202Eb \u202C</bdi><code><bdi>c\u202Ed\u202C</bdi></code> <a href="x.html" title="\u2068t\u202Eu\u202C\u2069">e</a></p>\n',
    );
  });
});
