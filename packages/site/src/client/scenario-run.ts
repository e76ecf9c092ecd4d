// The run view of a scenario (pages/scenario-run.ts documents the markup): one module at a time, previous and next by
// button or key, the module named in the address (#module-<id>), injects released one by one, and a clock against
// the plan. The same script runs the facilitator's view, which adds fields to type in: keys never act while typing.
import { decodedFragment } from './fragment.js';

const MODULE_PREFIX = 'module-';

/** Starts the run view on this page, if it has one. */
export function initScenarioRun(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-run]');
  if (root === null) return;
  const modules = [...root.querySelectorAll<HTMLElement>('section.run-module')];
  const controls = root.querySelector<HTMLElement>('.run-controls');
  if (modules.length === 0 || controls === null) return;
  const button = (action: string) => controls.querySelector<HTMLButtonElement>(`[data-run-action="${action}"]`);
  const previous = button('previous');
  const next = button('next');
  const progress = controls.querySelector<HTMLElement>('[data-run-progress]');
  const clock = startClock(root, controls);
  let current = -1;

  const indexOf = (hash: string): number => {
    const id = decodedFragment(hash);
    return id?.startsWith(MODULE_PREFIX) === true ? modules.findIndex((m) => m.id === id) : -1;
  };
  const show = (i: number, focus: boolean) => {
    const module = modules[i];
    if (module === undefined) return;
    current = i;
    modules.forEach((m, k) => (m.hidden = k !== i));
    if (progress !== null) progress.textContent = `Module ${i + 1} of ${modules.length}`;
    if (previous !== null) previous.disabled = i === 0;
    if (next !== null) next.disabled = i === modules.length - 1;
    bringFocusIntoView(module);
    clock.plan(Number(module.dataset['start'] ?? 0), Number(modules[i + 1]?.dataset['start'] ?? root.dataset['duration'] ?? 0));
    if (location.hash !== `#${module.id}`) history.replaceState(null, '', `#${module.id}`);
    if (focus) {
      const heading = module.querySelector<HTMLElement>('h2');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
      controls.scrollIntoView({ block: 'nearest' });
    }
  };
  const move = (by: number, focus: boolean) => {
    const target = current + by;
    if (target >= 0 && target < modules.length) show(target, focus);
  };

  for (const module of modules) injects(module);
  controls.hidden = false;
  root.classList.add('is-running');
  show(Math.max(indexOf(location.hash), 0), false);

  previous?.addEventListener('click', () => move(-1, false));
  next?.addEventListener('click', () => move(1, false));
  // Links to a module (the contents, a choice's branch, the route) open it here, even when the address already names it.
  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#module-"]');
    if (link === null) return;
    const i = indexOf(link.getAttribute('href') ?? '');
    if (i < 0) return;
    event.preventDefault();
    show(i, true);
  });
  addEventListener('hashchange', () => {
    const i = indexOf(location.hash);
    if (i >= 0 && i !== current) show(i, true);
  });
  doc.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 'n') move(1, true);
    else if (key === 'p') move(-1, true);
    else if (key === 'r') modules[current]?.querySelector<HTMLButtonElement>('[data-run-action="release"]')?.click();
    else return;
    event.preventDefault();
  });
}

// A module's focus may lie far along a wide map: its box opens at the first focus step, clear of the pinned lane headers.
function bringFocusIntoView(module: HTMLElement): void {
  const box = module.querySelector<HTMLElement>('.map-viewport');
  const shape = box?.querySelector<SVGGElement>('.focus-step');
  if (box === null || box === undefined || shape === null || shape === undefined) return;
  const headers = parseFloat(getComputedStyle(box).getPropertyValue('--opcc-header-width')) || 0;
  const [s, b] = [shape.getBoundingClientRect(), box.getBoundingClientRect()];
  if (s.left < b.left + headers || s.right > b.right) box.scrollLeft += s.left - b.left - headers - 24;
  if (s.top < b.top || s.bottom > b.bottom) box.scrollTop += s.top - b.top - 24;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null;
}

// Injects start hidden and are released in planned order; a released inject stays in view.
function injects(module: HTMLElement): void {
  const items = [...module.querySelectorAll<HTMLElement>('li.run-inject')];
  const release = module.querySelector<HTMLButtonElement>('[data-run-action="release"]');
  const status = module.querySelector<HTMLElement>('[data-inject-status]');
  if (items.length === 0 || release === null) return;
  for (const item of items) item.hidden = true;
  let released = 0;
  const say = (text: string) => {
    if (status !== null) status.textContent = text;
  };
  say(`No injects released yet; ${items.length} to come.`);
  release.hidden = false;
  release.addEventListener('click', () => {
    const item = items[released];
    if (item === undefined) return;
    item.hidden = false;
    item.dataset['released'] = 'true';
    released += 1;
    say(`Inject ${released} of ${items.length} released.`);
    if (released === items.length) {
      // The button goes, and focus moves to the last inject rather than being lost with it.
      release.hidden = true;
      item.setAttribute('tabindex', '-1');
      item.focus();
    }
  });
}

interface Clock {
  /** Sets the planned start of the module shown, and of the one after it (or the planned end). */
  plan(start: number, end: number): void;
}

// Elapsed time runs while started, stops on pause, and is compared with the module's planned window.
function startClock(root: HTMLElement, controls: HTMLElement): Clock {
  const elapsedText = controls.querySelector<HTMLElement>('[data-clock-elapsed]');
  const plannedText = controls.querySelector<HTMLElement>('[data-clock-planned]');
  const statusText = controls.querySelector<HTMLElement>('[data-clock-status]');
  const toggle = controls.querySelector<HTMLButtonElement>('[data-clock-action="toggle"]');
  const reset = controls.querySelector<HTMLButtonElement>('[data-clock-action="reset"]');
  let banked = 0;
  let since: number | undefined;
  let timer: number | undefined;
  let planned = { start: 0, end: Number(root.dataset['duration'] ?? 0) };
  const elapsed = () => banked + (since === undefined ? 0 : Date.now() - since);
  const render = () => {
    const ms = elapsed();
    if (elapsedText !== null) elapsedText.textContent = clockText(ms);
    if (plannedText !== null) plannedText.textContent = clockText(planned.start * 60_000).replace(/:00$/, '');
    // Before the clock is first started there is nothing to compare with the plan.
    if (statusText !== null) statusText.textContent = ms === 0 && since === undefined ? 'clock not started' : planStatus(ms / 60_000, planned);
    root.dataset['elapsed'] = String(Math.floor(ms / 1000));
  };
  toggle?.addEventListener('click', () => {
    if (since === undefined) {
      since = Date.now();
      timer = setInterval(render, 1000) as unknown as number;
    } else {
      banked = elapsed();
      since = undefined;
      clearInterval(timer);
    }
    toggle.textContent = since === undefined ? (banked === 0 ? 'Start clock' : 'Resume clock') : 'Pause clock';
    toggle.setAttribute('aria-pressed', String(since !== undefined));
    render();
  });
  reset?.addEventListener('click', () => {
    banked = 0;
    if (since !== undefined) since = Date.now();
    if (since === undefined && toggle !== null) toggle.textContent = 'Start clock';
    render();
  });
  render();
  return {
    plan(start, end) {
      planned = { start, end };
      render();
    },
  };
}

// Hours, minutes and seconds, e.g. "0:05:09"; the planned times drop the seconds.
function clockText(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

function planStatus(minutes: number, planned: { start: number; end: number }): string {
  if (minutes < planned.start) return `${Math.ceil(planned.start - minutes)} min ahead of plan`;
  if (minutes > planned.end) return `${Math.ceil(minutes - planned.end)} min behind plan`;
  return 'On plan';
}
