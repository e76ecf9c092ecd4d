import type { Model } from '@opcc/core';
import { GLOSSARY_CODE_CLASS, ILLUSTRATIVE_NOTE_CLASS, illustrativeNote } from './common.js';
import { html, trusted, type Html } from './html.js';
import { assetPath, pagePath } from './paths.js';
import { siteIdentity } from './site-identity.js';
import { inlineStyleHashes } from './style-hashes.js';

/** One link of a breadcrumb trail; the last one is the current page. */
export interface Breadcrumb {
  readonly title: string;
  readonly href?: string;
}

/** What a page supplies to the shared layout. */
export interface PageContent {
  readonly title: string;
  /** Which kind of page, for the client script and styles. */
  readonly kind: string;
  readonly breadcrumbs: readonly Breadcrumb[];
  readonly main: Html;
  /** Extra scripts, loaded before the site script (e.g. the search index). */
  readonly scripts?: readonly string[];
}

/**
 * No script may come from anywhere but the site's own files, and nothing may be fetched: the
 * site works from a shared drive with no network, and model text can never run as script.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'self'";

/** The policy of one page: the site policy, plus the hashes of the style blocks its drawings carry. */
export function pagePolicy(main: Html): string {
  const hashes = inlineStyleHashes(main.value);
  return hashes.length === 0 ? CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`);
}

/** The page around every page's content: head, skip link, header with search, breadcrumbs, footer. */
export function layout(model: Model, page: PageContent): Html {
  const nav = [
    { href: pagePath.home(), title: 'Value chain' },
    { href: pagePath.maps(), title: 'Process maps' },
    { href: pagePath.glossary(), title: 'Glossary' },
    { href: pagePath.outcomes(), title: 'Outcomes' },
    { href: pagePath.stakeholders(), title: 'Stakeholders' },
    { href: pagePath.collaborations(), title: 'Collaborations' },
    { href: pagePath.scenarios(), title: 'Scenarios' },
    { href: pagePath.references(), title: 'Reference material' },
    ...(model.changeSets.length === 0 ? [] : [{ href: pagePath.options(), title: 'Options for change' }]),
  ];
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${trusted(pagePolicy(page.main))}">
<meta name="referrer" content="no-referrer">
<title>${page.title} · ${model.title}</title>
<link rel="stylesheet" href="${assetPath.css}">
${(page.scripts ?? []).map((src) => html`<script src="${src}" defer></script>\n`)}<script src="${assetPath.script}" defer></script>
</head>
<body data-page="${page.kind}" data-site="${siteIdentity(model)}">
<a class="skip-link" href="#opcc-main">Skip to content</a>
<header class="site-header">
<a class="site-title" href="${pagePath.home()}">${model.title}</a>
<nav class="site-nav" aria-label="Site">
<ul>${nav.map((item) => html`<li><a href="${item.href}">${item.title}</a></li>`)}</ul>
</nav>
<form class="site-search" role="search" action="${pagePath.search()}" method="get">
<label for="opcc-q">Search</label>
<input id="opcc-q" name="q" type="search" autocomplete="off" placeholder="Titles, codes, guidance…">
<button type="submit">Search</button>
</form>
</header>
${breadcrumbTrail(page.breadcrumbs)}
<main id="opcc-main" tabindex="-1">
<h1>${page.title}</h1>
${codesNote(model, page.main)}${page.main}
</main>
<footer class="site-footer">
<p>${model.title}${model.version === undefined ? '' : html` · version ${model.version}`}${model.asAt === undefined ? '' : html` · as at <time datetime="${model.asAt}">${model.asAt}</time>`}. Built from the model files with the OPCC Guide Operating Model tools.</p>
</footer>
</body>
</html>
`;
}

// Said once, at the top of any page that shows codes of an illustrative glossary (map pages, collaborations), not on every
// code; a page with its own note of what is illustrative on it (a fictional collaboration) says it there instead.
function codesNote(model: Model, main: Html): Html {
  if (!main.value.includes(`class="${GLOSSARY_CODE_CLASS}"`) || !model.glossary.illustrative || main.value.includes(ILLUSTRATIVE_NOTE_CLASS)) return html``;
  return illustrativeNote('Glossary codes on this page come from an illustrative Police Activities Glossary, not an official edition.');
}

function breadcrumbTrail(crumbs: readonly Breadcrumb[]): Html {
  if (crumbs.length === 0) return html``;
  return html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${crumbs.map((c, i) =>
    i === crumbs.length - 1 || c.href === undefined ? html`<li><span aria-current="page">${c.title}</span></li>` : html`<li><a href="${c.href}">${c.title}</a></li>`,
  )}</ol></nav>`;
}
