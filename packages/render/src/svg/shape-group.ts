import type { Box } from '../geometry/box.js';
import { element, type AttributeValue, type Markup } from './markup.js';
import { styledByClasses } from './styling.js';

/** What makes a drawn shape reachable by keyboard and by the browser client. */
export interface ShapeGroupSpec {
  /** The element id, e.g. `step-analyse`. */
  readonly id: string;
  /** The accessible name, e.g. "Activity 1.1.2: Analyse stakeholders", holding every visible word of the shape in order. */
  readonly name: string;
  /** `data-*` attributes, named by this package's code: keys without the `data-` prefix. */
  readonly data: Readonly<Record<string, string | undefined>>;
  readonly className: string;
  /** The shape's box; a drawing on its own draws a hidden focus ring around it. */
  readonly box: Box;
  readonly body: readonly Markup[];
}

/**
 * A focusable group for one shape: tabindex 0, role button, an accessible name and data attributes. With classes
 * styling the body's first element, the shape's outline, shows focus (site.css), so no ring is drawn per shape.
 */
export function shapeGroup(spec: ShapeGroupSpec): Markup {
  const data: Record<string, AttributeValue> = {};
  for (const [key, value] of Object.entries(spec.data)) data[`data-${key}`] = value;
  return element('g', { id: spec.id, class: `shape ${spec.className}`, ...data, tabindex: '0', role: 'button', 'aria-label': spec.name }, [
    !styledByClasses() &&
      element('rect', {
        class: 'focus-ring',
        x: spec.box.x - 4,
        y: spec.box.y - 4,
        width: spec.box.width + 8,
        height: spec.box.height + 8,
        rx: 6,
      }),
    ...spec.body,
  ]);
}
