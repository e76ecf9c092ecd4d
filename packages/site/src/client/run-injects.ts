// The injects of one module of a run. In the participants' view they start hidden and are released one by one: "Release
// next inject" takes the next in planned order that is not a contingency inject; each contingency inject has its own
// button, to be used only if the expected action has not happened. In the staff view every inject shows from the start,
// marked as released or not yet released, so that staff can see what is coming. A released inject stays in view.

/** The injects of a module, released by their buttons or set from a kept run. */
export interface ModuleInjects {
  /** The ids of the injects released, in the order they were released. */
  released(): string[];
  /** Shows what was released elsewhere (a reload, another view of the run) and hides the rest. */
  restore(ids: readonly string[]): void;
  /** Releases the next inject in planned order that is not a contingency inject, as the module's button does. */
  releaseNext(): void;
}

/** Sets up the injects of `module`; `changed` is called after each release by its buttons. */
export function moduleInjects(module: HTMLElement, staff: boolean, changed: () => void): ModuleInjects {
  const items = [...module.querySelectorAll<HTMLElement>('li.run-inject')];
  const next = module.querySelector<HTMLButtonElement>('[data-run-action="release"]');
  const contingencies = [...module.querySelectorAll<HTMLButtonElement>('[data-run-action="release-contingency"]')];
  const status = module.querySelector<HTMLElement>('[data-inject-status]');
  let order: string[] = [];
  const idOf = (item: HTMLElement) => item.dataset['inject'] ?? '';
  const planned = items.filter((item) => item.dataset['contingency'] === undefined);
  const draw = () => {
    for (const item of items) {
      const released = order.includes(idOf(item));
      item.hidden = !staff && !released;
      item.toggleAttribute('data-released', released);
      if (staff) stateLabel(item).textContent = released ? 'Released' : 'Not yet released';
    }
    if (next !== null) next.hidden = planned.every((item) => order.includes(idOf(item)));
    for (const button of contingencies) button.hidden = order.includes(button.dataset['inject'] ?? '');
    if (status !== null)
      status.textContent = order.length === 0 ? `No injects released yet; ${items.length} to come.` : `${order.length} of ${items.length} injects released.`;
  };
  const release = (item: HTMLElement | undefined, from: HTMLElement | null) => {
    if (item === undefined || order.includes(idOf(item))) return;
    order = [...order, idOf(item)];
    const hadFocus = from !== null && from === from.ownerDocument.activeElement;
    draw();
    // A button that goes once used takes focus with it: focus moves to the inject it released instead of being lost.
    if (hadFocus && from.hidden) {
      item.setAttribute('tabindex', '-1');
      item.focus();
    }
    changed();
  };
  const releaseNext = () => release(planned.find((item) => !order.includes(idOf(item))), next);
  next?.addEventListener('click', releaseNext);
  for (const button of contingencies)
    button.addEventListener('click', () => release(items.find((item) => idOf(item) === button.dataset['inject']), button));
  draw();
  return {
    released: () => [...order],
    restore(ids) {
      order = ids.filter((id) => items.some((item) => idOf(item) === id));
      draw();
    },
    releaseNext,
  };
}

// Made by the script, and only set as text: the words carry the mark, not a colour.
function stateLabel(item: HTMLElement): HTMLElement {
  const found = item.querySelector<HTMLElement>('.inject-state');
  if (found !== null) return found;
  const label = item.ownerDocument.createElement('p');
  label.className = 'inject-state';
  item.prepend(label);
  return label;
}
