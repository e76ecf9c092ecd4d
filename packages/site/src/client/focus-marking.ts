// A scenario page draws each focused map once (build/scenario-drawings.ts), with every step some module focuses on
// carrying the focus marks, and the build marks it for the module it is placed in. Each module has a slot for its
// map (pages/focus-slot.ts): `.focus-slot[data-focus-map][data-focus-steps]`, holding the drawing (`.map-figure`) in
// the first module on that map and, in the others, a note for readers without script (`.focus-drawn-once`).
// The run view moves the one drawing to the module shown; the printed packs, where every module is on paper at once,
// copy it into every module's slot. Either way the drawing is then marked for the slot's module: its focus steps with
// the class `focus-step` and "focus step" in their accessible name, the rest dimmed (site.css hides a dimmed step's
// focus marks).

import { focusName } from '@opcc/render/focus';

/** A focus: the steps in it, and the flows in it by their place among the drawing's flows. */
interface Focus {
  readonly steps: ReadonlySet<string>;
  readonly flows: ReadonlySet<number>;
}

/** The focus of a slot, as the page gives it. */
function slotFocus(slot: HTMLElement): Focus {
  const list = (name: string) => (slot.dataset[name] ?? '').split(' ').filter((s) => s !== '');
  return { steps: new Set(list('focusSteps')), flows: new Set(list('focusFlows').map(Number)) };
}

/**
 * Marks the drawing in `root` for a focus: the shapes of its steps in focus, named so, its flows in focus bright, and
 * every other shape and flow dimmed (a dimmed flow ends in the drawing's dimmed arrow head, when it has one).
 */
function markFocus(root: ParentNode, focus: Focus): void {
  for (const shape of root.querySelectorAll<SVGGElement>('svg .step[data-step]')) {
    const on = focus.steps.has(shape.dataset['step'] ?? '');
    shape.classList.toggle('focus-step', on);
    shape.classList.toggle('dimmed', !on);
    shape.setAttribute('aria-label', focusName(shape.getAttribute('aria-label') ?? '', on));
  }
  const dimmedHead = root.querySelector('svg marker.dimmed[id]')?.id;
  root.querySelectorAll<SVGGElement>('svg .flow').forEach((flow, i) => {
    const on = focus.flows.has(i);
    flow.classList.toggle('dimmed', !on);
    if (dimmedHead === undefined) return;
    if (on) flow.removeAttribute('marker-end');
    else flow.setAttribute('marker-end', `url(#${dimmedHead})`);
  });
}

/** The focus slots of the page (or of a module), each with the map it shows. */
export function focusSlots(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.focus-slot[data-focus-map]')];
}

/**
 * Puts the page's one drawing of the slot's map into the slot (from wherever it is) and marks it for the slot's focus.
 * The note for readers without script goes.
 */
export function showInSlot(doc: Document, slot: HTMLElement): void {
  const figure = drawingOf(doc, slot.dataset['focusMap']);
  if (figure === undefined) return;
  if (figure.parentElement !== slot) slot.append(figure);
  for (const note of slot.querySelectorAll<HTMLElement>('.focus-drawn-once')) note.hidden = true;
  markFocus(figure, slotFocus(slot));
}

/**
 * Gives every focus slot of the page a drawing of its own, marked for its focus: the printed packs print every module's
 * map at once. Copies are made before the maps are sized and cut into print pieces, so that they are treated as any
 * drawing; ids in a copy are made unique to its slot.
 */
export function copyIntoSlots(doc: Document): void {
  for (const slot of focusSlots(doc)) {
    const original = drawingOf(doc, slot.dataset['focusMap']);
    if (original === undefined) continue;
    if (original.parentElement !== slot) slot.append(uniqueIds(original.cloneNode(true) as HTMLElement, `${slot.id}-`));
    for (const note of slot.querySelectorAll<HTMLElement>('.focus-drawn-once')) note.hidden = true;
  }
  for (const slot of focusSlots(doc)) {
    const figure = slot.querySelector<HTMLElement>(':scope > .map-figure');
    if (figure !== null) markFocus(figure, slotFocus(slot));
  }
}

// The drawing of a map: in the first module's slot as the page comes, or wherever the run view has moved it since.
function drawingOf(doc: Document, map: string | undefined): HTMLElement | undefined {
  if (map === undefined) return undefined;
  for (const slot of focusSlots(doc)) {
    const figure = slot.dataset['focusMap'] === map ? slot.querySelector<HTMLElement>(':scope > .map-figure') : null;
    if (figure !== null) return figure;
  }
  return undefined;
}

// Every id in the copy gets the prefix, and so does every reference to one: the accessible names (aria-labelledby and
// the like, lists of ids) and links and paint by fragment (href="#id", url(#id)).
function uniqueIds(copy: HTMLElement, prefix: string): HTMLElement {
  const elements = [copy, ...copy.querySelectorAll('*')];
  const ids = new Set(elements.flatMap((el) => (el.id === '' ? [] : [el.id])));
  for (const el of elements) {
    if (el.id !== '') el.id = `${prefix}${el.id}`;
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name) ?? '';
      if (/^aria-(labelledby|describedby|controls|owns|details)$/.test(name)) {
        el.setAttribute(name, value.split(/\s+/).map((id) => (ids.has(id) ? `${prefix}${id}` : id)).join(' '));
      } else if (value.includes('#')) {
        el.setAttribute(name, value.replace(/#([^\s)"']+)/g, (whole, id: string) => (ids.has(id) ? `#${prefix}${id}` : whole)));
      }
    }
  }
  return copy;
}
