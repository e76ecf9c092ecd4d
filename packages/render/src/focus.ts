/**
 * @packageDocumentation
 * How a focus (a scenario module's steps) is named in a drawing, with no dependency at all: a browser script that
 * marks a drawing for a focus, such as the site's scenario pages, bundles these few lines instead of the whole of render.
 */
export { FOCUS_NAME_SUFFIX, focusName } from './process/focus-rule.js';
