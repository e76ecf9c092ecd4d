import type { Browser, BrowserContext, Page } from 'playwright-core';

/** How a page is opened: the viewport width (a narrow one is a phone's), and whether the page's own policy is bypassed. */
export interface OpenOptions {
  readonly width?: number;
  /** For injecting axe-core only: the pages' policy rightly forbids injected scripts. */
  readonly bypassCSP?: boolean;
}

/** Opens pages of a built site, each in a context of its own, and keeps what went wrong on any of them. */
export interface PageOpener {
  /** Opens `file` of the site and waits for it to load. */
  readonly open: (file: string, options?: OpenOptions) => Promise<Page>;
  /** Every network request away from file://, page error and console error seen so far, naming the page. */
  readonly problems: string[];
  /** Closes every context opened. */
  readonly closeAll: () => Promise<void>;
}

/**
 * A {@link PageOpener} for a browser and a site made in `beforeAll`, so both are asked for when a page is opened.
 * @example
 * ```ts
 * const pages = pageOpener(() => ({ browser, url: (file) => site.url(file) }));
 * const page = await pages.open('options.html');
 * ```
 */
export function pageOpener(source: () => { browser: Browser; url: (file: string) => string }): PageOpener {
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  const open = async (file: string, options: OpenOptions = {}): Promise<Page> => {
    const { browser, url } = source();
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1366, height: 844 },
      ...(options.width !== undefined && options.width < 500 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 1 } : {}),
      ...(options.bypassCSP === true ? { bypassCSP: true } : {}),
    });
    contexts.push(context);
    context.on('request', (request) => {
      if (!request.url().startsWith('file://')) problems.push(`network request: ${request.url()}`);
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error on ${file}: ${error.message}`));
    // axe reads the style sheets by XHR, which file:// refuses with a console error of axe's own making.
    if (options.bypassCSP !== true) {
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error on ${file}: ${message.text()}`);
      });
    }
    await page.goto(url(file));
    await page.waitForLoadState('load');
    return page;
  };
  const closeAll = async () => {
    for (const context of contexts.splice(0)) await context.close();
  };
  return { open, problems, closeAll };
}
