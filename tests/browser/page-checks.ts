import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }>;
}

/**
 * What axe-core finds against WCAG 2.2 AA on the page as it stands, one line per rule broken, each starting with `label`.
 * axe is injected as a script, which the pages' own policy rightly forbids: the page's context must bypass it
 * (`browser.newContext({ bypassCSP: true })`), and only a context used for axe should.
 */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResult> } }).axe;
    return axe.run(document, { runOnly });
  }, WCAG);
  return result.violations.map((v) => `${label}: ${v.id} (${v.nodes.length}), first at ${JSON.stringify(v.nodes[0]?.target)}`);
}

/** As the browser parsed the page: elements that carry an event handler or a script link. */
export async function injectedAttributes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes]
        .filter(
          (a) => /^on/i.test(a.name) || (/^(?:href|src|xlink:href|action|formaction)$/i.test(a.name) && /^\s*(?:javascript|data|vbscript):/i.test(a.value)),
        )
        .map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`),
    ),
  );
}
