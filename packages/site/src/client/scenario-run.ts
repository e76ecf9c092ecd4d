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
  const route = followRoute(root, modules);
  let current = -1;
  // The modules shown before this one, in the order the session took them: "previous" walks back along this, not the list.
  const trail: number[] = [];

  const indexOf = (hash: string): number => {
    const id = decodedFragment(hash);
    return id?.startsWith(MODULE_PREFIX) === true ? modules.findIndex((m) => m.id === id) : -1;
  };
  const refresh = () => {
    const module = modules[current];
    if (module === undefined) return;
    const after = route.after(module);
    const ahead = after < 0 ? (route.awaitsChoice(module) ? ' · choose an option to go on' : ' · End of the exercise') : '';
    if (progress !== null) progress.textContent = `Module ${current + 1} of ${modules.length}${ahead}`;
    if (previous !== null) previous.disabled = trail.length === 0;
    if (next !== null) next.disabled = after < 0;
    const end = modules[after] ?? modules[current + 1];
    clock.plan(Number(module.dataset['start'] ?? 0), Number(end?.dataset['start'] ?? root.dataset['duration'] ?? 0));
  };
  const show = (i: number, focus: boolean) => {
    const module = modules[i];
    if (module === undefined) return;
    current = i;
    modules.forEach((m, k) => (m.hidden = k !== i));
    refresh();
    bringFocusIntoView(module);
    if (location.hash !== `#${module.id}`) history.replaceState(null, '', `#${module.id}`);
    if (focus) {
      const heading = module.querySelector<HTMLElement>('h2');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
      controls.scrollIntoView({ block: 'nearest' });
    }
  };
  const go = (i: number, focus: boolean) => {
    if (i < 0 || i === current) return;
    trail.push(current);
    show(i, focus);
  };
  const forward = (focus: boolean) => go(route.after(modules[current]), focus);
  const back = (focus: boolean) => {
    const i = trail.pop();
    if (i !== undefined) show(i, focus);
  };

  for (const module of modules) injects(module);
  const contents = root.querySelector<HTMLDetailsElement>('.run-contents details');
  contents?.removeAttribute('open');
  controls.hidden = false;
  root.classList.add('is-running');
  const named = indexOf(location.hash);
  if (named >= 0) show(named, false);
  else {
    // The first module is shown without naming it in the address: a fragment set before the page has loaded is one the
    // browser then scrolls to, hiding the top of the page.
    current = 0;
    modules.forEach((m, k) => (m.hidden = k !== 0));
    refresh();
    if (modules[0] !== undefined) bringFocusIntoView(modules[0]);
  }
  keepControlsInView(controls);
  route.onChoice(() => refresh());

  previous?.addEventListener('click', () => back(false));
  next?.addEventListener('click', () => forward(false));
  // Links to a module (the contents, a choice's branch, the route) open it here, even when the address already names it.
  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#module-"]');
    if (link === null) return;
    const i = indexOf(link.getAttribute('href') ?? '');
    if (i < 0) return;
    event.preventDefault();
    if (contents?.contains(link) === true) contents.open = false;
    if (i === current) show(i, true);
    else go(i, true);
  });
  addEventListener('hashchange', () => go(indexOf(location.hash), true));
  doc.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 'n') forward(true);
    else if (key === 'p') back(true);
    else if (key === 'r') modules[current]?.querySelector<HTMLButtonElement>('[data-run-action="release"]')?.click();
    else return;
    event.preventDefault();
  });
}

interface Route {
  /** The index of the module the route goes on to from `module`: the branch of the option chosen, else the default; -1 for none. */
  after(module: HTMLElement | undefined): number;
  /** Whether the module has options that lead on, none of them chosen, and no way on without one. */
  awaitsChoice(module: HTMLElement): boolean;
  /** Calls `listener` whenever an option is opened or closed. */
  onChoice(listener: () => void): void;
}

// A group's choice is the option it last opened in the module (opening one shows its feedback); closing it again
// takes the choice back, to the one opened before it if that is still open. Where the choice has no branch, or none
// was made, the route goes on to `data-next`.
function followRoute(root: HTMLElement, modules: readonly HTMLElement[]): Route {
  const opened = new Map<HTMLElement, HTMLElement[]>();
  const choose = (module: HTMLElement, option: HTMLElement) => {
    const order = (opened.get(module) ?? []).filter((o) => o !== option);
    opened.set(module, [...order, option]);
  };
  const listeners: Array<() => void> = [];
  const indexOfModule = (id: string | undefined) => (id === undefined ? -1 : modules.findIndex((m) => m.dataset['module'] === id));
  const choiceOf = (module: HTMLElement) => (opened.get(module) ?? []).findLast((o) => o.querySelector('details')?.open === true);
  const optionOf = (target: EventTarget | null) => {
    const option = target instanceof Element ? target.closest<HTMLElement>('li.choice-option') : null;
    const module = option?.closest<HTMLElement>('section.run-module');
    return option === null || option === undefined || module === null || module === undefined ? undefined : { option, module };
  };
  // The choice is taken from the click that opens an option, which comes before any key pressed after it; "toggle"
  // is queued for later, and only catches an option opened another way (by find in page, say).
  root.addEventListener('click', (event) => {
    const found = optionOf(event.target);
    const details = found?.option.querySelector('details');
    if (found !== undefined && details?.open === false && (event.target as Element).closest('summary') !== null) choose(found.module, found.option);
  });
  // "toggle" does not bubble: it is caught on its way down.
  root.addEventListener(
    'toggle',
    (event) => {
      const found = optionOf(event.target);
      if (found === undefined) return;
      if ((event.target as HTMLDetailsElement).open && !(opened.get(found.module) ?? []).includes(found.option)) choose(found.module, found.option);
      for (const listener of listeners) listener();
    },
    true,
  );
  return {
    after(module) {
      if (module === undefined) return -1;
      const branch = choiceOf(module)?.querySelector<HTMLElement>('[data-branch]')?.dataset['branch'];
      return indexOfModule(branch ?? module.dataset['next']);
    },
    awaitsChoice(module) {
      return module.dataset['next'] === undefined && choiceOf(module) === undefined && module.querySelector('[data-branch]') !== null;
    },
    onChoice(listener) {
      listeners.push(listener);
    },
  };
}

// A module named in the address may be brought into view, but the page never opens scrolled past the run's controls.
// The browser scrolls to the fragment as the page finishes loading, so the position is set again then.
function keepControlsInView(controls: HTMLElement): void {
  const settle = () => {
    const top = controls.getBoundingClientRect().top + scrollY;
    if (scrollY > top) scrollTo(scrollX, top);
  };
  settle();
  if (document.readyState !== 'complete') addEventListener('load', () => setTimeout(settle), { once: true });
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
