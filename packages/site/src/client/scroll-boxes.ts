// A table wider than a phone scrolls inside its own box (the style sheet makes it one); a box that
// scrolls is given a place in the tab order, so that it can be scrolled from the keyboard too.

/** Makes every table that overflows its box reachable by Tab, now and whenever the window is resized. */
export function initScrollBoxes(doc: Document): void {
  const tables = [...doc.querySelectorAll<HTMLTableElement>('main table')];
  if (tables.length === 0) return;
  const mark = () => {
    for (const table of tables) {
      if (table.scrollWidth > table.clientWidth + 1) table.tabIndex = 0;
      else table.removeAttribute('tabindex');
    }
  };
  mark();
  addEventListener('resize', mark);
}
