// Behaviour of a process-map page: select a shape to read its guidance in the side panel,
// move between shapes with the keyboard, follow deep links (page.html#step-id).
import { decodedFragment } from './fragment.js';

const SELECTED = 'is-selected';

/** Wires up the shapes of the map on this page. */
export function initMapPage(doc: Document): void {
  const svg = doc.querySelector<SVGSVGElement>('.map-figure svg');
  const panel = doc.getElementById('opcc-panel');
  if (svg === null || panel === null) return;
  const shapes = [...svg.querySelectorAll<SVGGElement>('[data-step]')];
  let current: SVGGElement | undefined;

  const select = (id: string, focus: boolean) => {
    const shape = shapes.find((s) => s.dataset['step'] === id);
    const section = doc.getElementById(id);
    if (shape === undefined || section === null) return;
    current?.classList.remove(SELECTED);
    current?.setAttribute('aria-pressed', 'false');
    current = shape;
    shape.classList.add(SELECTED);
    shape.setAttribute('aria-pressed', 'true');
    panel.replaceChildren(...panelContent(doc, section));
    panel.hidden = false;
    if (focus) shape.focus();
    if (decodedFragment(location.hash) !== id) history.replaceState(null, '', `#${encodeURIComponent(id)}`);
  };

  for (const shape of shapes) {
    shape.setAttribute('aria-pressed', 'false');
    shape.addEventListener('click', () => select(shape.dataset['step'] ?? '', false));
    shape.addEventListener('keydown', (event) => {
      const index = shapes.indexOf(shape);
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        select(shape.dataset['step'] ?? '', false);
      } else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
        event.preventDefault();
        shapes[Math.min(index + 1, shapes.length - 1)]?.focus();
      } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
        event.preventDefault();
        shapes[Math.max(index - 1, 0)]?.focus();
      } else if (event.key === 'Escape') {
        panel.hidden = true;
      }
    });
  }
  const fromHash = () => {
    // A fragment that cannot be decoded selects nothing, as an empty one does.
    const id = (decodedFragment(location.hash) ?? '').replace(/^step-/, '');
    if (id !== '') select(id, true);
  };
  window.addEventListener('hashchange', fromHash);
  // The browser moves focus to the fragment once the page has loaded; focus the shape after that.
  if (doc.readyState === 'complete') fromHash();
  else window.addEventListener('load', fromHash, { once: true });
}

/** A copy of a step's guidance section for the panel, with ids removed so they stay unique. */
function panelContent(doc: Document, section: HTMLElement): Node[] {
  const copy = section.cloneNode(true) as HTMLElement;
  for (const el of [copy, ...copy.querySelectorAll('[id]')]) el.removeAttribute('id');
  const heading = doc.createElement('h2');
  heading.className = 'panel-title';
  heading.textContent = 'Guidance';
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'panel-close';
  close.textContent = 'Close';
  close.addEventListener('click', () => {
    const panel = section.ownerDocument.getElementById('opcc-panel');
    if (panel !== null) panel.hidden = true;
  });
  return [heading, close, ...copy.childNodes];
}
