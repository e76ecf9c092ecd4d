import type { Box, Point } from '../geometry/box.js';
import type { WrappedText } from '../text/wrap-text.js';
import type { LegendLayout } from '../legend/legend.js';
import type { Markup } from '../svg/markup.js';
import type { LabelledNode } from './labelled-node.js';

/** A view laid out: its nodes in reading order, its connectors, a legend and any decoration. */
export interface LaidOutView {
  readonly title: string;
  readonly description: string;
  /** A class naming the view on the root element, e.g. `opcc-value-chain`. */
  readonly view: string;
  readonly width: number;
  readonly height: number;
  /** Focusable nodes, in the order a keyboard user should meet them. */
  readonly nodes: readonly LabelledNode[];
  /** Background, headings and grid lines, drawn beneath everything; not focusable. */
  readonly decoration: readonly Markup[];
  /** Arrows between nodes, drawn beneath the nodes. */
  readonly connectors: readonly Connector[];
  readonly legend?: { readonly layout: LegendLayout; readonly at: Box };
  readonly warnings: readonly string[];
}

/** An arrow along points, with an optional label on a plate. */
export interface Connector {
  readonly points: readonly Point[];
  readonly label?: { readonly text: WrappedText; readonly box: Box };
  /** `data-*` attributes (keys without the prefix), e.g. the ends of a relation. */
  readonly data?: Readonly<Record<string, string>>;
  /** Arrowheads at both ends. */
  readonly twoWay?: boolean;
}
