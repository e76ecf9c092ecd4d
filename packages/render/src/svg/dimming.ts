/**
 * How the shapes and flows outside a map's focus are dimmed: by colour, not by opacity. Fills and strokes are laid
 * over what is behind them at part strength, so they turn paler; text is not made transparent but drawn in one
 * grey, which keeps at least 4.5:1 on every paled fill (dimming.spec.ts computes each pair from the rule itself).
 * The focus indicator of a dimmed shape stays at full strength: the keyboard user must still see where they are (see
 * {@link DIMMED_FOCUS_RING_RULE}; the site's stylesheet does so in its rule for a focused shape's outline).
 */
export const DIMMED = { fillOpacity: 0.5, strokeOpacity: 0.5, text: '#595959' } as const;

/**
 * The style rule that dims, with every selector under `scope` (e.g. `.opcc-styled `, as in the site's stylesheet).
 * @example
 * ```ts
 * dimmingRule(); // '.shape.dimmed *,.flow.dimmed *{fill-opacity:.5;stroke-opacity:.5}...'
 * ```
 */
export function dimmingRule(scope = ''): string {
  const value = (n: number) => String(n).replace(/^0\./, '.');
  const all = `${scope}.shape.dimmed *,${scope}.flow.dimmed *{fill-opacity:${value(DIMMED.fillOpacity)};stroke-opacity:${value(DIMMED.strokeOpacity)}}`;
  const text = `${scope}.shape.dimmed text,${scope}.flow.dimmed text{fill:${DIMMED.text};fill-opacity:1}`;
  return `${all}${text}`;
}

/** Keeps the focus ring of a dimmed shape, in a drawing that carries its own style, at full strength. */
export const DIMMED_FOCUS_RING_RULE = '.shape.dimmed .focus-ring{stroke-opacity:1}';
