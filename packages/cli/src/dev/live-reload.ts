/** Where the dev server's reload script and event stream live; no model page can use these paths. */
export const RELOAD_SCRIPT_PATH = '/__opcc/reload.js';
export const RELOAD_EVENTS_PATH = '/__opcc/events';

/** The script that reloads the page when the dev server says the site was rebuilt. */
export const RELOAD_SCRIPT = `new EventSource(${JSON.stringify(RELOAD_EVENTS_PATH)}).addEventListener('rebuilt', () => location.reload());\n`;

/**
 * A built page as the dev server sends it: allowed to connect back to the server it came
 * from, with the reload script added. Built files on disk are never changed.
 */
export function withLiveReload(page: string): string {
  return page.replace("connect-src 'none'", "connect-src 'self'").replace('</head>', `<script src="${RELOAD_SCRIPT_PATH}" defer></script>\n</head>`);
}
