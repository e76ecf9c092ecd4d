/** Where the dev server's reload script and event stream live; no model page can use these paths. */
export const RELOAD_SCRIPT_PATH = '/__opcc/reload.js';
export const RELOAD_EVENTS_PATH = '/__opcc/events';

/**
 * The script that reloads the page when the dev server says the site was rebuilt: the event
 * lists the files written anew (`changed`), or says every page changed (`all`). A page reloads
 * when it or a file it loads changed (every page loads the stylesheet and the site script; the search
 * page its script and index too), so editing one map leaves the other open pages as they are. It names
 * its page when it connects, so that the server can let it fetch a changed page before finishing a rebuild.
 * It declares nothing in the page's global scope, which the site's own scripts share.
 */
export const RELOAD_SCRIPT = `(() => {
  const page = decodeURIComponent(location.pathname.slice(1)) || 'index.html';
  new EventSource(${JSON.stringify(RELOAD_EVENTS_PATH)} + '?page=' + encodeURIComponent(page)).addEventListener('rebuilt', (event) => {
    const { all, changed } = JSON.parse(event.data);
    const uses = (file) => file === page || file === 'assets/site.css' || file === 'assets/opcc.js' || (page === 'search.html' && file.startsWith('assets/'));
    if (all || changed.some(uses)) location.reload();
  });
})();
`;

/**
 * A built page as the dev server sends it: allowed to connect back to the server it came
 * from, with the reload script added. Built files on disk are never changed.
 */
export function withLiveReload(page: string): string {
  return page.replace("connect-src 'none'", "connect-src 'self'").replace('</head>', `<script src="${RELOAD_SCRIPT_PATH}" defer></script>\n</head>`);
}
