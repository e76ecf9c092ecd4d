import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences, linkScheme, unsafeScheme } from './link-safety.js';
import { markdownLinks } from './markdown-links.js';
import { Link, Markdown } from './primitives.js';

const HIDDEN_JAVASCRIPT = [
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java&#x09;script:alert(1)',
  'java&#9script:alert(1)',
  '&#106;avascript:alert(1)',
  'jav&#97;script:alert(1)',
  '&#x6A;avascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  '&amp;#106;avascript&amp;#58;alert(1)',
  '  javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001\u001fjavascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java&Tab;script:alert(1)',
];

describe('linkScheme', () => {
  it('sees javascript: however it is hidden: character references, control characters, spaces, capitals', () => {
    for (const link of HIDDEN_JAVASCRIPT) expect(linkScheme(link), JSON.stringify(link)).toBe('javascript');
  });

  it('judges the other schemes a link may not use, and lets http, https and mailto through', () => {
    expect(unsafeScheme('vbscript:msgbox(1)')).toBe('vbscript');
    expect(unsafeScheme('data:text/html;base64,PHNjcmlwdD4=')).toBe('data');
    expect(unsafeScheme('&#100;ata:text/html,x')).toBe('data');
    expect(unsafeScheme('file:///etc/passwd')).toBe('file');
    for (const safe of ['https://www.police.uk/', 'HTTP://example.org', 'mailto:office@northshire-pcc.gov.uk', 'https&#58;//www.police.uk/']) {
      expect(unsafeScheme(safe), safe).toBeUndefined();
    }
  });

  it('finds no scheme in a relative path or a link within the page', () => {
    for (const relative of ['documents/plan.pdf', 'map-develop.html#draft', '#top', 'a/b:c', '?q=1']) expect(linkScheme(relative), relative).toBeUndefined();
  });
});

describe('decodeCharacterReferences', () => {
  it('decodes numeric references with or without the semicolon, and the named ones for punctuation', () => {
    expect(decodeCharacterReferences('&#106;&#x61;&#118&colon;&sol;&Tab;')).toBe('jav:/\t');
  });

  it('leaves unknown names alone and turns a number that is no character into U+FFFD', () => {
    expect(decodeCharacterReferences('&notaname; &#0; &#xD800; &#x110000;')).toBe('&notaname; \ufffd \ufffd \ufffd');
  });
});

describe('markdownLinks', () => {
  it('finds inline links, images, reference definitions, reference images and autolinks', () => {
    const text = [
      'See [the plan](documents/plan.pdf "Plan") and ![chart](https://example.org/c.png).',
      'Also ![logo][l] and <https://www.police.uk/>.',
      '',
      '[l]: //cdn.example.org/logo.png',
    ].join('\n');
    expect(markdownLinks(text)).toEqual(
      expect.arrayContaining([
        { destination: 'documents/plan.pdf', image: false },
        { destination: 'https://example.org/c.png', image: true },
        { destination: '//cdn.example.org/logo.png', image: true },
        { destination: 'https://www.police.uk/', image: false },
      ]),
    );
  });

  it('undoes backslash escapes and angle brackets, as markdown-it does before judging a link', () => {
    expect(markdownLinks('[x](<javascript\\:alert(1)>)')).toEqual([{ destination: 'javascript:alert(1)', image: false }]);
  });

  it('finds a destination even when the link text is too odd for the full pattern', () => {
    expect(markdownLinks('[a [b [c]]](vbscript:x)').map((l) => l.destination)).toContain('vbscript:x');
  });
});

describe('the schema', () => {
  const issues = (schema: typeof Link | typeof Markdown, text: string) => {
    const result = schema.safeParse(text);
    return result.success ? [] : result.error.issues.map((i) => ({ code: i.code, params: (i as { params?: unknown }).params }));
  };

  it('refuses a reference link whose scheme is hidden, once, as unsafe-link', () => {
    for (const link of HIDDEN_JAVASCRIPT) expect(issues(Link, link).length, JSON.stringify(link)).toBe(1);
    expect(issues(Link, '&#106;avascript&#58;alert(1)')).toEqual([{ code: 'custom', params: { code: 'unsafe-link' } }]);
    expect(issues(Link, 'documents/plan.pdf')).toEqual([]);
  });

  it('refuses a Markdown link or image with a hidden scheme, and keeps ordinary text and links', () => {
    expect(issues(Markdown, 'Read [this](jav&#97;script:alert(1)).')).toEqual([{ code: 'custom', params: { code: 'unsafe-link' } }]);
    expect(issues(Markdown, '![x](data:image/svg+xml,<svg>)')).toHaveLength(1);
    expect(issues(Markdown, 'Note: see [Police.uk](https://www.police.uk/), [the map](map-develop.html#draft) or mail us.')).toEqual([]);
  });
});
