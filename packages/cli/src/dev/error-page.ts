import { RELOAD_SCRIPT_PATH } from './live-reload.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made inert in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * The page the dev server shows in place of the site while the model has errors: the problems
 * as plain text, with the reload script so it turns back into the site once they are fixed.
 * It runs only the server's own reload script and loads nothing else.
 */
export function errorPage(report: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The model has errors</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem; color: #1a1a1a; }
pre { white-space: pre-wrap; background: #fdf2f2; border-left: 4px solid #b00020; padding: 1rem; }
</style>
<script src="${RELOAD_SCRIPT_PATH}" defer></script>
</head>
<body>
<main>
<h1>The model has errors</h1>
<p>The site is not built until they are fixed. Save a fix and this page reloads by itself.</p>
<pre id="opcc-problems">${escapeHtml(report)}</pre>
</main>
</body>
</html>
`;
}
