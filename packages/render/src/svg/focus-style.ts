import { element, text, type Markup } from './markup.js';
import { PALETTE } from './palette.js';
import { styledByClasses } from './styling.js';

/** The style sheet every drawing carries: a visible focus ring and a pointer over shapes that open something. */
export function focusStyle(): Markup | false {
  // With classes styling the page's stylesheet carries these rules (site.css), and a page's policy allows no inline style.
  if (styledByClasses()) return false;
  return element('style', {}, [
    text(
      `.shape{cursor:pointer}.shape:focus{outline:none}.shape:focus-visible>.focus-ring,.shape:focus>.focus-ring{stroke:${PALETTE.focus};stroke-width:3;fill:none;visibility:visible}.focus-ring{visibility:hidden}`,
    ),
  ]);
}
