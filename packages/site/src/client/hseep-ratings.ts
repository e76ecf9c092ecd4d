// Shared by the facilitator page (which draws the form) and its script (which exports the ratings),
// so the words on the page and in the after-action draft are always the same.

/**
 * The HSEEP ratings of how an objective was performed, best first. The letters are what an
 * HSEEP after-action report prints; the labels are what the facilitator reads.
 */
export const HSEEP_RATINGS = [
  { value: 'P', label: 'Performed without challenges' },
  { value: 'S', label: 'Performed with some challenges' },
  { value: 'M', label: 'Performed with major challenges' },
  { value: 'U', label: 'Unable to be performed' },
] as const;

/** One rating's letter, or '' when the objective is not rated yet. */
export type RatingValue = (typeof HSEEP_RATINGS)[number]['value'] | '';

/** True when the text is one of the ratings' letters. */
export function isRating(value: unknown): value is Exclude<RatingValue, ''> {
  return HSEEP_RATINGS.some((r) => r.value === value);
}

/** The words of a rating, or "Not rated". */
export function ratingLabel(value: RatingValue): string {
  return HSEEP_RATINGS.find((r) => r.value === value)?.label ?? 'Not rated';
}
