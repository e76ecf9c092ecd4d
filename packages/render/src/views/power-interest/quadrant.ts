import { PALETTE } from '../../svg/palette.js';

/** The four quadrants of a power–interest grid. */
export type Quadrant = 'manage-closely' | 'keep-satisfied' | 'keep-informed' | 'monitor';

/** Scores from this value up (4 and 5 of 5) count as high; the middle score, 3, counts as low. */
export const HIGH_FROM = 4;

/**
 * The quadrant of a stakeholder with the given influence (power) and interest, each 1 to 5.
 * @example
 * ```ts
 * quadrantOf(5, 2); // 'keep-satisfied'
 * quadrantOf(3, 4); // 'keep-informed'
 * ```
 */
export function quadrantOf(influence: number, interest: number): Quadrant {
  const power = influence >= HIGH_FROM;
  const keen = interest >= HIGH_FROM;
  if (power) return keen ? 'manage-closely' : 'keep-satisfied';
  return keen ? 'keep-informed' : 'monitor';
}

/** The heading and fill of each quadrant. */
export const QUADRANTS: Readonly<Record<Quadrant, { readonly title: string; readonly fill: string }>> = {
  'manage-closely': { title: 'Manage closely', fill: PALETTE.quadrants.manageClosely },
  'keep-satisfied': { title: 'Keep satisfied', fill: PALETTE.quadrants.keepSatisfied },
  'keep-informed': { title: 'Keep informed', fill: PALETTE.quadrants.keepInformed },
  monitor: { title: 'Monitor', fill: PALETTE.quadrants.monitor },
};
