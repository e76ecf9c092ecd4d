import { describe, expect, it } from 'vitest';
import { isExternalLink, isSafeLink } from './safe-link.js';

describe('isSafeLink', () => {
  it('allows http, https and mailto addresses and relative paths', () => {
    for (const url of ['https://www.police.uk/', 'HTTP://example.org/a?b=1&c=%E0', 'mailto:office@example.org', 'map-engage.html#start', 'docs/plan%20v2.docx', '/local/file.pdf', '#top', 'a/b:c.html']) {
      expect(isSafeLink(url), url).toBe(true);
    }
  });

  it('refuses every other scheme however it is spelt, as browsers and Markdown decode it', () => {
    const script = [
      'javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', 'java%09script:alert(1)', '&#106;avascript:alert(1)',
      'jav&#x09;ascript:alert(1)', 'javascript&#58;alert(1)', 'jav&Tab;ascript&colon;alert(1)', '%6Aavascript%3Aalert(1)', '%256Aavascript%253Aalert(1)',
      '\u0001javascript:alert(1)', '%01javascript:alert(1)', 'java\u200Bscript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,x', 'file:///etc/passwd',
    ];
    for (const url of script) expect(isSafeLink(url), JSON.stringify(url)).toBe(false);
  });

  it('refuses backslashes and protocol-relative addresses, which from a page on disk reach another machine', () => {
    for (const url of ['\\\\server\\share', '\\/\\/server/x', '/\\server/x', '%5C%5Cserver%5Cshare', '//server/x', ' //server/x', '%2F%2Fserver/x', '&#47;&#47;server/x', 'C:\\x.docx']) {
      expect(isSafeLink(url), url).toBe(false);
    }
  });
});

describe('isExternalLink', () => {
  it('is true for web and mail addresses only', () => {
    expect(['https://x.org', 'mailto:a@b', 'map-a.html', 'docs/a.pdf'].map(isExternalLink)).toEqual([true, true, false, false]);
  });
});
