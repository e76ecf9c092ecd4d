// The run view of a scenario (pages/scenario-run.ts documents the markup): one module at a time, previous and next by
// button or key, the module named in the address (#module-<id>), injects released one by one (run-injects.ts), and a
// clock against the plan (run-clock.ts). The same script runs the facilitator's view, which adds fields to type in:
// keys never act while typing. Where the run is (route, choices, injects, clock) is kept in browser storage
// (run-state.ts): a reload picks it up, and the run view and the facilitator's view, open in two tabs of one browser,
// follow each other through the browser's "storage" event.
import { browserStorage, memoryStorage, type KeptStorage } from './browser-storage.js';
import { focusSlots, showInSlot } from './focus-marking.js';
import { decodedFragment } from './fragment.js';
import { RunClock, clockText } from './run-clock.js';
import { moduleInjects } from './run-injects.js';
import { RunStore, runKey, type RunState } from './run-state.js';

const MODULE_PREFIX = 'module-';
/** Where the choice to turn the single-key shortcuts off is remembered, for every run in this browser. */
const SHORTCUTS_KEY = 'opcc:single-key-shortcuts';

/** Starts the run view on this page, if it has one; `storage` stands in for the browser's in tests. */
export function initScenarioRun(doc: Document, storage: KeptStorage | undefined = browserStorage()): void {
  const root = doc.querySelector<HTMLElement>('[data-run]');
  if (root === null) return;
  const modules = [...root.querySelectorAll<HTMLElement>('section.run-module')];
  const controls = root.querySelector<HTMLElement>('.run-controls');
  if (modules.length === 0 || controls === null) return;
  const kept = storage ?? memoryStorage();
  const store = new RunStore(kept, runKey(doc.body.dataset['site'] ?? '', root.dataset['scenario'] ?? '', root.dataset['version'] ?? ''));
  const button = (action: string) => controls.querySelector<HTMLButtonElement>(`[data-run-action="${action}"]`);
  const previous = button('previous');
  const next = button('next');
  const progress = controls.querySelector<HTMLElement>('[data-run-progress]');
  const route = followRoute(root, modules);
  let current = -1;
  // The modules shown before this one, in the order the session took them: "previous" walks back along this, not the list.
  let trail: number[] = [];
  // While a kept run is being shown, the changes it makes are not kept again; nor are the "toggle" events that follow
  // it (queued, they come after it), which would otherwise write back what this view was just told, or undo a newer run.
  let applying = false;
  let lastKept = '';
  const keep = () => {
    if (applying) return;
    const state = snapshot();
    const text = JSON.stringify(state);
    if (text === lastKept) return;
    lastKept = text;
    store.save(state);
  };
  const clock = bindClock(root, controls, () => modules[current], keep);
  const injects = modules.map((m) => moduleInjects(m, root.dataset['staff'] !== undefined, keep));
  const snapshot = (): RunState => ({
    route: [...trail, current].flatMap((i) => modules[i]?.dataset['module'] ?? []),
    choices: route.choices(),
    released: Object.fromEntries(
      modules.flatMap((m, i) => {
        const ids = injects[i]?.released() ?? [];
        return ids.length === 0 ? [] : [[m.dataset['module'] ?? '', ids]];
      }),
    ),
    clock: clock.state,
  });

  const indexOf = (hash: string): number => {
    const id = decodedFragment(hash);
    return id?.startsWith(MODULE_PREFIX) === true ? modules.findIndex((m) => m.id === id) : -1;
  };
  const indexOfModule = (id: string) => modules.findIndex((m) => m.dataset['module'] === id);
  // Where "previous" goes once the trail is spent (a run opened at a module by its link): the nearest module listed
  // before this one whose route leads here, by default or by a choice.
  const predecessor = (i: number): number => {
    const id = modules[i]?.dataset['module'];
    const leads = (m: HTMLElement) => m.dataset['next'] === id || [...m.querySelectorAll<HTMLElement>('[data-branch]')].some((b) => b.dataset['branch'] === id);
    return modules.slice(0, Math.max(0, i)).findLastIndex(leads);
  };
  const focusHeading = (module: HTMLElement) => {
    const heading = module.querySelector<HTMLElement>('h2');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  };
  const refresh = () => {
    const module = modules[current];
    if (module === undefined) return;
    const after = route.after(module);
    const ahead = after < 0 ? (route.awaitsChoice(module) ? ' · choose an option to go on' : ' · End of the exercise') : '';
    if (progress !== null) progress.textContent = `Module ${current + 1} of ${modules.length}${ahead}`;
    // A button disabled while it has focus would drop focus to the page: it goes to the module's heading instead.
    const focused = doc.activeElement;
    if (previous !== null) previous.disabled = trail.length === 0 && predecessor(current) < 0;
    if (next !== null) next.disabled = after < 0;
    if ((focused === previous && previous?.disabled === true) || (focused === next && next?.disabled === true)) focusHeading(module);
    clock.render();
  };
  const show = (i: number, focus: boolean) => {
    const module = modules[i];
    if (module === undefined) return;
    current = i;
    modules.forEach((m, k) => (m.hidden = k !== i));
    showFocus(doc, module);
    refresh();
    bringFocusIntoView(module);
    if (location.hash !== `#${module.id}`) history.replaceState(null, '', `#${module.id}`);
    if (focus) {
      focusHeading(module);
      controls.scrollIntoView({ block: 'nearest' });
    }
    keep();
  };
  const go = (i: number, focus: boolean) => {
    if (i < 0 || i === current) return;
    trail.push(current);
    show(i, focus);
  };
  const forward = (focus: boolean) => go(route.after(modules[current]), focus);
  const back = (focus: boolean) => {
    const i = trail.length > 0 ? trail.pop() : predecessor(current);
    if (i !== undefined && i >= 0) show(i, focus);
  };
  // The first module is shown without naming it in the address: a fragment set before the page has loaded is one the
  // browser then scrolls to, hiding the top of the page.
  const showFirst = () => {
    current = 0;
    modules.forEach((m, k) => (m.hidden = k !== 0));
    if (modules[0] !== undefined) showFocus(doc, modules[0]);
    refresh();
    if (modules[0] !== undefined) bringFocusIntoView(modules[0]);
  };
  // A kept run: the route taken (the module shown last), the choices, the injects released and the clock.
  const apply = (state: RunState) => {
    applying = true;
    try {
      route.restore(state.choices);
      modules.forEach((m, i) => injects[i]?.restore(state.released[m.dataset['module'] ?? ''] ?? []));
      clock.set(state.clock);
      const taken = state.route.map(indexOfModule).filter((i) => i >= 0);
      const last = taken.pop();
      trail = taken;
      if (last === undefined) showFirst();
      else show(last, false);
    } finally {
      applying = false;
      lastKept = JSON.stringify(snapshot());
    }
  };

  const contents = root.querySelector<HTMLDetailsElement>('.run-contents details');
  contents?.removeAttribute('open');
  controls.hidden = false;
  root.classList.add('is-running');
  const begun = store.load();
  apply(begun);
  // A module named in the address opens; it joins the route taken when the run had begun, else it starts the route.
  const named = indexOf(location.hash);
  if (named >= 0 && named !== current) {
    if (begun.route.length > 0) go(named, false);
    else show(named, false);
  }
  keepControlsInView(root, controls);
  route.onChoice(() => {
    refresh();
    keep();
  });
  // Another tab of this browser (the facilitator's laptop, the projector) moved the run on, or reset it.
  addEventListener('storage', (event) => {
    if (event.key === store.key || event.key === null) apply(store.load());
  });

  previous?.addEventListener('click', () => back(false));
  next?.addEventListener('click', () => forward(false));
  button('reset-run')?.addEventListener('click', () => {
    store.clear();
    apply(store.load());
    if (location.hash !== '') history.replaceState(null, '', location.pathname + location.search);
    focusHeading(modules[0] ?? root);
  });
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
  const shortcuts = singleKeyShortcuts(controls, kept);
  doc.addEventListener('keydown', (event) => {
    if (!shortcuts.on() || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 'n') forward(true);
    else if (key === 'p') back(true);
    else if (key === 'r') injects[current]?.releaseNext();
    else return;
    event.preventDefault();
  });
}

// WCAG 2.1.4 (Character Key Shortcuts): single-key shortcuts need a way to turn them off. They stay on by default,
// acting anywhere on the page, because the run is driven from the keyboard of the computer at the projector (or a
// presenter's remote) with nothing focused; a checkbox in the run's controls turns them off, and the browser
// remembers that for every run.
function singleKeyShortcuts(controls: HTMLElement, storage: KeptStorage): { on(): boolean } {
  const box = controls.querySelector<HTMLInputElement>('input[data-run-shortcuts]');
  const read = () => {
    try {
      return storage.getItem(SHORTCUTS_KEY) !== 'off';
    } catch {
      return true;
    }
  };
  if (box !== null) {
    box.checked = read();
    box.addEventListener('change', () => {
      try {
        if (box.checked) storage.removeItem(SHORTCUTS_KEY);
        else storage.setItem(SHORTCUTS_KEY, 'off');
      } catch {
        // Not remembered: the box still holds for this page.
      }
    });
  }
  return { on: () => box?.checked ?? true };
}

interface Route {
  /** The index of the module the route goes on to from `module`: the branch of the option chosen, else the default; -1 for none. */
  after(module: HTMLElement | undefined): number;
  /** Whether the module has options that lead on, none of them chosen, and no way on without one. */
  awaitsChoice(module: HTMLElement): boolean;
  /** By module id, the options open, in the order they were opened. */
  choices(): Record<string, string[]>;
  /** Opens the options kept for each module, in their order, and closes the rest. */
  restore(choices: RunState['choices']): void;
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
  const isOpen = (option: HTMLElement) => option.querySelector('details')?.open === true;
  const choiceOf = (module: HTMLElement) => (opened.get(module) ?? []).findLast(isOpen);
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
    choices() {
      return Object.fromEntries(
        modules.flatMap((m) => {
          const ids = (opened.get(m) ?? []).filter(isOpen).map((o) => o.dataset['option'] ?? '');
          return ids.length === 0 ? [] : [[m.dataset['module'] ?? '', ids]];
        }),
      );
    },
    restore(choices) {
      for (const module of modules) {
        const options = [...module.querySelectorAll<HTMLElement>('li.choice-option')];
        const kept = (choices[module.dataset['module'] ?? ''] ?? []).flatMap((id) => options.filter((o) => o.dataset['option'] === id));
        opened.set(module, kept);
        for (const option of options) {
          const details = option.querySelector('details');
          if (details !== null && details.open !== kept.includes(option)) details.open = kept.includes(option);
        }
      }
    },
    onChoice(listener) {
      listeners.push(listener);
    },
  };
}

interface BoundClock {
  /** The clock's state, to keep. */
  readonly state: RunClock['state'];
  /** Takes a kept state. */
  set(state: RunClock['state']): void;
  /** Shows the time and how it stands against the planned window of the module shown. */
  render(): void;
}

// The clock's controls and read-out. The module shown gives the planned window: from its `data-start` to its
// `data-end`, the start of the module the route goes on to, or the planned end where the module ends the exercise.
function bindClock(root: HTMLElement, controls: HTMLElement, shown: () => HTMLElement | undefined, changed: () => void): BoundClock {
  const elapsedText = controls.querySelector<HTMLElement>('[data-clock-elapsed]');
  const plannedText = controls.querySelector<HTMLElement>('[data-clock-planned]');
  const statusText = controls.querySelector<HTMLElement>('[data-clock-status]');
  const toggle = controls.querySelector<HTMLButtonElement>('[data-clock-action="toggle"]');
  const reset = controls.querySelector<HTMLButtonElement>('[data-clock-action="reset"]');
  const render = () => {
    const module = shown();
    const duration = Number(root.dataset['duration'] ?? 0);
    const planned = { start: Number(module?.dataset['start'] ?? 0), end: Number(module?.dataset['end'] ?? duration) };
    const ms = clock.elapsed();
    if (elapsedText !== null) elapsedText.textContent = clockText(ms);
    if (plannedText !== null) plannedText.textContent = clockText(planned.start * 60_000).replace(/:00$/, '');
    if (statusText !== null) statusText.textContent = clock.status(planned);
    root.dataset['elapsed'] = String(Math.floor(ms / 1000));
    root.dataset['clock'] = clock.running ? 'running' : ms === 0 ? 'not-started' : 'paused';
    if (toggle !== null) {
      toggle.textContent = clock.running ? 'Pause clock' : ms === 0 ? 'Start clock' : 'Resume clock';
      toggle.setAttribute('aria-pressed', String(clock.running));
    }
  };
  const clock = new RunClock(render);
  toggle?.addEventListener('click', () => {
    clock.toggle();
    render();
    changed();
  });
  reset?.addEventListener('click', () => {
    clock.reset();
    render();
    changed();
  });
  return {
    get state() {
      return clock.state;
    },
    set(state) {
      clock.set(state);
      render();
    },
    render,
  };
}

// A module named in the address may be brought into view, but the page never opens scrolled past the run's controls.
// The browser scrolls to the fragment as the page finishes loading, so the position is set again then; `data-settled`
// on the root says it has been.
function keepControlsInView(root: HTMLElement, controls: HTMLElement): void {
  const settle = (done: boolean) => {
    const top = controls.getBoundingClientRect().top + scrollY;
    if (scrollY > top) scrollTo(scrollX, top);
    if (done) root.dataset['settled'] = 'true';
  };
  const loaded = document.readyState === 'complete';
  settle(loaded);
  if (!loaded) addEventListener('load', () => setTimeout(() => settle(true)), { once: true });
}

// The page draws each map once: the module shown gets it, marked with its own focus.
function showFocus(doc: Document, module: HTMLElement): void {
  for (const slot of focusSlots(module)) showInSlot(doc, slot);
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
