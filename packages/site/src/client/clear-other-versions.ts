// Notes are kept per version of a scenario, so notes taken on an older version stay in the browser, out of sight, once
// the site is rebuilt. Clearing offers to take them too (pages/scenario-after-action-form.ts has the markup).
import type { NotesStore } from './facilitator-notes.js';

/**
 * Shows, each time the clear confirmation opens, how many other versions of the scenario have notes on this site, with a
 * box to clear them too; gives back whether the box is ticked. No other versions: the box stays hidden and unticked.
 */
export function offerOtherVersions(doc: Document, store: Pick<NotesStore, 'otherVersions'>): () => boolean {
  const offer = doc.getElementById('clear-other');
  const box = doc.getElementById('clear-other-versions');
  const count = doc.getElementById('clear-other-count');
  if (offer === null || !(box instanceof HTMLInputElement)) return () => false;
  doc.getElementById('notes-clear')?.addEventListener('click', () => {
    const others = store.otherVersions().length;
    offer.hidden = others === 0;
    box.checked = false;
    if (count !== null) count.textContent = others === 1 ? 'one other version' : `${others} other versions`;
  });
  return () => !offer.hidden && box.checked;
}
