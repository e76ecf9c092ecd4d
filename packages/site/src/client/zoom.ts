// The map viewer: the drawing at a readable size in a box that scrolls, with buttons to zoom and
// fit it. The box scrolls natively, so a wide map shows a scroll bar, a mouse drags it, a finger
// swipes it sideways while a vertical swipe still scrolls the page, and focus moves it. Pinching,
// or "Move map", takes the map over for touch: then one finger moves it in any direction.
import { stickyLaneHeaders } from './lane-headers.js';
import { drawingSize } from './drawing-geometry.js';
import { zoomToolbar } from './zoom-toolbar.js';
import { fitScale, openingScale, readableScale, smallestScale, type Room, type Scaled } from './map-scale.js';

// Room kept around a shape brought into view.
const MARGIN = 16;
// How much of the window a map's box may take on a screen with a mouse.
const BOX_SHARE = 0.75;
const LARGEST_ZOOM = 4;
// Room for a horizontal scroll bar under the map, and kept between the box and the window's edges.
const SCROLL_BAR = 20;
const WINDOW_EDGE = 48;
const HINTS = {
  mouse: 'Drag the map or use its scroll bars to move it; zoom with + and −, or hold Ctrl and turn the mouse wheel.',
  touch: 'Swipe sideways to move along the map. Pinch with two fingers, or tap Move map, to zoom and move it freely.',
  wide: 'This map is wider than the screen at a readable size: scroll sideways to see the rest.',
} as const;

/** Adds the viewer to each map figure on the page. */
export function initZoom(doc: Document): void {
  for (const figure of doc.querySelectorAll<HTMLElement>('.map-figure')) {
    const svg = figure.querySelector<SVGSVGElement>('.map-viewport svg');
    const box = figure.querySelector<HTMLElement>('.map-viewport');
    if (svg === null || box === null || svg.viewBox.baseVal.width === 0) continue;
    viewer(figure, box, svg);
  }
}

function viewer(figure: HTMLElement, box: HTMLElement, svg: SVGSVGElement): void {
  const touch = matchMedia('(pointer: coarse)').matches;
  const toolbar = zoomToolbar(figure.ownerDocument);
  figure.insertBefore(toolbar, box);
  const size = drawingSize(svg);
  const headers = stickyLaneHeaders(svg);
  figure.classList.add('is-zoomable');
  figure.classList.toggle('is-touch', touch);
  box.style.setProperty('--opcc-header-width', '0px');
  let scale = 1;

  // On a touch screen the box is as tall as the map, so that a vertical swipe has nothing to
  // scroll in it and scrolls the page. Otherwise it takes part of the window, or more when that
  // is what the whole height of the map at a readable scale needs, so that "Fit" can show it.
  const boxHeight = () =>
    touch && !figure.classList.contains('is-moving')
      ? Infinity
      : Math.max(innerHeight * BOX_SHARE, Math.min(size.height * readableScale(size) + SCROLL_BAR, innerHeight - WINDOW_EDGE));
  const sizeBox = () => {
    const height = boxHeight();
    box.style.maxHeight = Number.isFinite(height) ? `${height}px` : 'none';
  };
  const room = (): Room => ({ width: box.clientWidth, height: boxHeight() - SCROLL_BAR });
  sizeBox();
  const wideHint = figure.querySelector<HTMLElement>('.map-wide-hint');
  const apply = (next: number, anchor?: { x: number; y: number }) => {
    const limits = [smallestScale(size, room()), LARGEST_ZOOM] as const;
    const k = Math.min(Math.max(next, limits[0]), limits[1]);
    const at = anchor ?? { x: box.clientWidth / 2, y: box.clientHeight / 2 };
    const point = { x: (box.scrollLeft + at.x) / scale, y: (box.scrollTop + at.y) / scale };
    scale = k;
    svg.style.width = `${size.width * k}px`;
    svg.style.height = `${size.height * k}px`;
    headers.rescale(k);
    box.style.setProperty('--opcc-header-width', `${headers.width * k}px`);
    box.scrollLeft = point.x * k - at.x;
    box.scrollTop = point.y * k - at.y;
    figure.dataset['scale'] = String(k);
    if (wideHint !== null) wideHint.hidden = box.scrollWidth <= box.clientWidth + 1;
  };
  const show = (view: Scaled) => {
    apply(view.scale);
    box.scrollLeft = 0;
    box.scrollTop = 0;
  };
  show(openingScale(size, room()));

  const hint = figure.querySelector<HTMLElement>('.map-toolbar-hint');
  if (hint !== null) hint.textContent = touch ? HINTS.touch : HINTS.mouse;
  if (wideHint !== null) wideHint.textContent = HINTS.wide;
  const move = toolbar.querySelector<HTMLButtonElement>('[data-zoom="move"]');
  const setMoving = (on: boolean) => {
    figure.classList.toggle('is-moving', on);
    move?.setAttribute('aria-pressed', String(on));
    sizeBox();
  };
  if (move !== null) move.hidden = !touch;
  toolbar.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest('button')?.dataset['zoom'];
    if (action === 'in') apply(scale * 1.25);
    else if (action === 'out') apply(scale * 0.8);
    else if (action === 'fit') show(fitScale(size, room()));
    else if (action === 'move') setMoving(!figure.classList.contains('is-moving'));
  });
  box.addEventListener('scroll', () => figure.classList.toggle('is-scrolled', box.scrollLeft > 0), { passive: true });
  addEventListener('resize', () => {
    if (wideHint !== null) wideHint.hidden = box.scrollWidth <= box.clientWidth + 1;
  });
  dragWithMouse(box);
  zoomWithWheel(box, () => scale, apply);
  takeOverTouch(box, figure, () => scale, apply, setMoving);
  // A shape reached by Tab or the arrow keys is brought into view, clear of the lane headers.
  svg.addEventListener('focusin', (event) => {
    const shape = (event.target as Element).closest<SVGGraphicsElement>('[tabindex]');
    if (shape !== null) reveal(box, shape, headers.width * scale);
  });
}

function reveal(box: HTMLElement, shape: Element, headerWidth: number): void {
  const b = shape.getBoundingClientRect();
  const v = box.getBoundingClientRect();
  const left = v.left + headerWidth + MARGIN;
  const right = v.left + box.clientWidth - MARGIN;
  if (b.left < left) box.scrollLeft -= left - b.left;
  else if (b.right > right) box.scrollLeft += Math.min(b.right - right, b.left - left);
  const top = v.top + MARGIN;
  const bottom = v.top + box.clientHeight - MARGIN;
  if (b.top < top) box.scrollTop -= top - b.top;
  else if (b.bottom > bottom) box.scrollTop += Math.min(b.bottom - bottom, b.top - top);
}

// A mouse drag moves the map; a click that was a drag selects nothing.
function dragWithMouse(box: HTMLElement): void {
  let start: { x: number; y: number; left: number; top: number } | undefined;
  let dragged = false;
  box.addEventListener('pointerdown', (event) => {
    if (event.pointerType !== 'mouse' || event.button !== 0) return;
    start = { x: event.clientX, y: event.clientY, left: box.scrollLeft, top: box.scrollTop };
    dragged = false;
  });
  box.addEventListener('pointermove', (event) => {
    if (start === undefined) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (!dragged && Math.hypot(dx, dy) < 4) return;
    if (!dragged) box.setPointerCapture(event.pointerId);
    dragged = true;
    box.classList.add('is-dragging');
    box.scrollLeft = start.left - dx;
    box.scrollTop = start.top - dy;
  });
  const end = () => {
    start = undefined;
    box.classList.remove('is-dragging');
  };
  box.addEventListener('pointerup', end);
  box.addEventListener('pointercancel', end);
  box.addEventListener(
    'click',
    (event) => {
      if (!dragged) return;
      dragged = false;
      event.stopPropagation();
      event.preventDefault();
    },
    true,
  );
}

// Ctrl and the wheel (and a trackpad's pinch, which the browser reports so) zoom about the pointer;
// the wheel alone scrolls, as everywhere else.
function zoomWithWheel(box: HTMLElement, scale: () => number, apply: (k: number, at: { x: number; y: number }) => void): void {
  box.addEventListener(
    'wheel',
    (event) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      const v = box.getBoundingClientRect();
      apply(scale() * Math.exp(-event.deltaY / 300), { x: event.clientX - v.left, y: event.clientY - v.top });
    },
    { passive: false },
  );
}

// Two fingers on the map take it over: they pinch to zoom, and from then on (or after "Move map")
// one finger moves it in any direction. Until then a finger scrolls, as on any page.
function takeOverTouch(
  box: HTMLElement,
  figure: HTMLElement,
  scale: () => number,
  apply: (k: number, at: { x: number; y: number }) => void,
  setMoving: (on: boolean) => void,
): void {
  let last: { x: number; y: number; distance: number; fingers: number } | undefined;
  const read = (touches: TouchList) => {
    const v = box.getBoundingClientRect();
    const [a, b] = [touches[0], touches[1] ?? touches[0]];
    if (a === undefined || b === undefined) return undefined;
    return { x: (a.clientX + b.clientX) / 2 - v.left, y: (a.clientY + b.clientY) / 2 - v.top, distance: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY), fingers: touches.length };
  };
  box.addEventListener(
    'touchstart',
    (event) => {
      if (event.touches.length >= 2) setMoving(true);
      last = figure.classList.contains('is-moving') ? read(event.touches) : undefined;
    },
    { passive: true },
  );
  box.addEventListener(
    'touchmove',
    (event) => {
      if (!figure.classList.contains('is-moving')) return;
      event.preventDefault();
      const now = read(event.touches);
      if (now === undefined) return;
      if (last !== undefined && last.fingers === now.fingers) {
        if (now.fingers >= 2 && last.distance > 0) apply(scale() * (now.distance / last.distance), now);
        box.scrollLeft -= now.x - last.x;
        box.scrollTop -= now.y - last.y;
      }
      last = now;
    },
    { passive: false },
  );
  box.addEventListener('touchend', (event) => {
    last = event.touches.length > 0 ? read(event.touches) : undefined;
  });
}
