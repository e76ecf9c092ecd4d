// The map viewer's toolbar. The script writes it, since only the script makes its buttons work: a page without the
// script has no use for it, and a hundred map pages need not each carry it hidden.

/** The toolbar of a map figure: zoom in, zoom out, fit, "Move map" (for touch, hidden until asked for) and the hints. */
export function zoomToolbar(doc: Document): HTMLElement {
  const el = <K extends keyof HTMLElementTagNameMap>(name: K, attributes: Record<string, string>, text = '') => {
    const node = doc.createElement(name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    node.textContent = text;
    return node;
  };
  const button = (zoom: string, text: string, attributes: Record<string, string> = {}) => el('button', { type: 'button', 'data-zoom': zoom, ...attributes }, text);
  const buttons = el('div', { class: 'map-buttons', role: 'toolbar', 'aria-label': 'Map view' });
  buttons.append(
    button('in', '+', { 'aria-label': 'Zoom in' }),
    button('out', '−', { 'aria-label': 'Zoom out' }),
    button('fit', 'Fit to screen'),
    button('move', 'Move map', { 'aria-pressed': 'false', hidden: '' }),
  );
  const toolbar = el('div', { class: 'map-toolbar' });
  toolbar.append(buttons, el('p', { class: 'map-toolbar-hint' }), el('p', { class: 'map-wide-hint', role: 'status', hidden: '' }));
  return toolbar;
}
