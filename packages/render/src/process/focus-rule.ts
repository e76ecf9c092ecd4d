// What a focus means, with no dependency at all: render draws by it, the site's build marks a shared scenario drawing
// by it, and the site's browser script bundles it (through the light entry @opcc/render/focus) to mark the drawing on
// the page, so all three name and brighten the same things.

/** The end of the accessible name of a step in focus: colour is never the only signal. */
export const FOCUS_NAME_SUFFIX = ', focus step';

/**
 * A step's accessible name in or out of focus: ending in {@link FOCUS_NAME_SUFFIX} once, or not at all, whether or not
 * it did before (a drawing marked for one focus can be marked again for another).
 * @example
 * ```ts
 * focusName('Activity 1.2: Plan', true); // 'Activity 1.2: Plan, focus step'
 * focusName('Activity 1.2: Plan, focus step', false); // 'Activity 1.2: Plan'
 * ```
 */
export function focusName(name: string, inFocus: boolean): string {
  const plain = name.endsWith(FOCUS_NAME_SUFFIX) ? name.slice(0, -FOCUS_NAME_SUFFIX.length) : name;
  return inFocus ? `${plain}${FOCUS_NAME_SUFFIX}` : plain;
}

/**
 * Whether a flow stays bright in a focus: only between two focus steps is it part of what the focus is about; every
 * other flow is drawn dimmed.
 * @example
 * ```ts
 * flowInFocus({ from: 'plan', to: 'consult' }, new Set(['plan', 'consult'])); // true
 * ```
 */
export function flowInFocus(flow: { readonly from: string; readonly to: string }, focus: ReadonlySet<string>): boolean {
  return focus.has(flow.from) && focus.has(flow.to);
}
