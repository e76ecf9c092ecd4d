// Behaviour of a process-map page: select a shape to read its guidance in the panel, move between
// shapes with the keyboard, follow deep links (page.html#step-id). The panel takes no room until
// a shape is chosen; Enter on a sub-process puts focus on its "Open the sub-process" link, so a
// second Enter drills down; Escape closes the panel and gives focus back to the shape.
import { decodedFragment } from './fragment.js';

const SELECTED = 'is-selected';

/** Wires up the shapes of the map on this page. */
export function initMapPage(doc: Document): void {
  const svg = doc.querySelector<SVGSVGElement>('.map-figure svg');
  const panel = doc.getElementById('opcc-panel');
  const layout = panel?.closest<HTMLElement>('.map-layout');
  if (svg === null || panel === null || layout === null || layout === undefined) return;
  const shapes = [...svg.querySelectorAll<SVGGElement>('[data-step]')];
  let current: SVGGElement | undefined;

  const close = () => {
    panel.hidden = true;
    layout.classList.remove('has-panel');
    current?.focus();
  };
  const select = (id: string, focus: 'shape' | 'panel' | 'none') => {
    const shape = shapes.find((s) => s.dataset['step'] === id);
    const section = doc.getElementById(id);
    if (shape === undefined || section === null) return;
    current?.classList.remove(SELECTED);
    current?.setAttribute('aria-pressed', 'false');
    current = shape;
    shape.classList.add(SELECTED);
    shape.setAttribute('aria-pressed', 'true');
    panel.replaceChildren(...panelContent(doc, section, close));
    panel.hidden = false;
    layout.classList.add('has-panel');
    const drill = panel.querySelector<HTMLElement>('a.drill-link');
    if (focus === 'panel' && drill !== null) drill.focus();
    else if (focus !== 'none') shape.focus();
    if (decodedFragment(location.hash) !== id) history.replaceState(null, '', `#${encodeURIComponent(id)}`);
  };

  for (const shape of shapes) {
    shape.setAttribute('aria-pressed', 'false');
    shape.addEventListener('click', () => select(shape.dataset['step'] ?? '', 'none'));
    shape.addEventListener('keydown', (event) => {
      const index = shapes.indexOf(shape);
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        select(shape.dataset['step'] ?? '', shape.classList.contains('step-sub-process') ? 'panel' : 'none');
      } else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
        event.preventDefault();
        shapes[Math.min(index + 1, shapes.length - 1)]?.focus();
      } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
        event.preventDefault();
        shapes[Math.max(index - 1, 0)]?.focus();
      } else if (event.key === 'Escape' && !panel.hidden) {
        close();
      }
    });
  }
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  const fromHash = () => {
    // A fragment that cannot be decoded selects nothing, as an empty one does.
    const id = (decodedFragment(location.hash) ?? '').replace(/^step-/, '');
    if (id !== '') select(id, 'shape');
  };
  window.addEventListener('hashchange', fromHash);
  // The browser moves focus to the fragment once the page has loaded; focus the shape after that.
  if (doc.readyState === 'complete') fromHash();
  else window.addEventListener('load', fromHash, { once: true });
}

/** A copy of a step's guidance section for the panel, with ids removed so they stay unique. */
function panelContent(doc: Document, section: HTMLElement, close: () => void): Node[] {
  const copy = section.cloneNode(true) as HTMLElement;
  for (const el of [copy, ...copy.querySelectorAll('[id]')]) el.removeAttribute('id');
  const header = doc.createElement('div');
  header.className = 'panel-header';
  const heading = doc.createElement('h2');
  heading.className = 'panel-title';
  heading.textContent = 'Guidance';
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'panel-close';
  button.textContent = 'Close';
  button.addEventListener('click', close);
  header.append(heading, button);
  return [header, ...copy.childNodes];
}
