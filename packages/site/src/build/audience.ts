/** Who a site is built for, from the widest to the narrowest: every page, or only what participants may see. */
export const SITE_AUDIENCES = ['all', 'participants'] as const;

/**
 * Who a site is built for. `all` builds every page, the facilitator's material with the rest.
 * `participants` builds the site to give the players: no page for exercise staff (facilitator views,
 * facilitator guides, inject cards), no link to one, and none of their text (model answers,
 * discussion points, what to observe, the hot debrief, the expected actions and the contingency
 * injects) in any page, script or search index.
 */
export type SiteAudience = (typeof SITE_AUDIENCES)[number];
