import { glossaryChildren, glossaryCode, indexModel, profileId, type GlossaryEntry, type Model } from '@opcc/core';
import { AccountabilityColours } from '../../accountability/accountability-colours.js';
import { edgePath } from '../../svg/edge-path.js';
import { element, type Markup } from '../../svg/markup.js';
import { PALETTE } from '../../svg/palette.js';
import { layoutLegend } from '../../legend/legend.js';
import { VIEW_TITLE_HEIGHT } from '../draw-view.js';
import { measureNodeText, type LabelledNode } from '../labelled-node.js';
import type { LaidOutView } from '../view-types.js';

const MARGIN = 16;
const INDENT = 28;
const WIDTH = 560;
const GAP = 8;

/** Options of the glossary tree. */
export interface GlossaryTreeOptions {
  /** The code of the entry whose subtree to show; the whole glossary when absent. */
  readonly root?: string;
  /** Colour each entry by its accountable party under this profile. */
  readonly profile?: string;
}

/**
 * Lays out a glossary subtree as an indented tree, one row per entry in code order, each
 * entry coloured by who is accountable for it under the chosen profile. Entries that inherit
 * their assignment have a dashed border and say where it comes from.
 * @example
 * ```ts
 * const { svg } = drawView(layoutGlossaryTree(guide, { root: '1.2', profile: 'northshire' }), 'glossary-');
 * ```
 * @throws `NotFoundError` (from `@opcc/core`) for an unknown root or profile, `InvalidIdError` for text that cannot be an id.
 */
export function layoutGlossaryTree(model: Model, options: GlossaryTreeOptions = {}): LaidOutView {
  const index = indexModel(model);
  const profile = options.profile === undefined ? undefined : index.getProfile(profileId(options.profile));
  const colours = profile === undefined ? undefined : new AccountabilityColours(model, profile.id);
  const roots = options.root === undefined ? index.roots : [index.getEntry(glossaryCode(options.root))];
  const rows: Array<{ entry: GlossaryEntry; depth: number; parent?: number }> = [];
  const visit = (entry: GlossaryEntry, depth: number, parent: number | undefined) => {
    const index = rows.length;
    rows.push({ entry, depth, ...(parent === undefined ? {} : { parent }) });
    for (const child of glossaryChildren(model, entry.code)) visit(child, depth + 1, index);
  };
  for (const root of roots) visit(root, 0, undefined);

  const nodes: LabelledNode[] = [];
  const decoration: Markup[] = [];
  const used = new Set<string>();
  let y = VIEW_TITLE_HEIGHT + 8;
  for (const { entry, depth } of rows) {
    const x = MARGIN + depth * INDENT;
    const width = WIDTH - depth * INDENT;
    const a = colours?.fillFor(entry.code);
    if (a !== undefined) used.add(a.fill);
    const captionParts = [entry.code, entry.level, a?.inheritedFrom === undefined ? undefined : `inherited from ${a.inheritedFrom}`].filter(
      (p) => p !== undefined,
    );
    const t = measureNodeText(entry.title, captionParts.join(' · '), width, 3);
    nodes.push({
      id: `entry-${entry.id}`,
      // The caption's words come first, as they are drawn above the title (WCAG 2.5.3).
      name: [`Glossary entry ${captionParts.join(', ')}: ${entry.title}`, a?.description].filter((p) => p !== undefined).join(', '),
      className: 'glossary-entry',
      data: { code: entry.code, entry: entry.id },
      box: { x, y, width, height: t.height },
      text: t,
      fill: a?.fill ?? PALETTE.shapeFill,
      dashed: a !== undefined && a.inheritedFrom !== undefined,
      alignStart: true,
    });
    y += t.height + GAP;
  }
  // Connectors: from below each parent's left edge down to the middle of each child's left side.
  rows.forEach((row, i) => {
    if (row.parent === undefined) return;
    const parent = nodes[row.parent]?.box;
    const child = nodes[i]?.box;
    if (parent === undefined || child === undefined) return;
    const x = parent.x + INDENT / 2;
    const points = [
      { x, y: parent.y + parent.height },
      { x, y: child.y + child.height / 2 },
      { x: child.x, y: child.y + child.height / 2 },
    ];
    decoration.push(element('path', { d: edgePath(points), fill: 'none', stroke: PALETTE.edge, 'stroke-width': 1 }));
  });
  const width = WIDTH + 2 * MARGIN;
  const profileTitle = profile?.title;
  const legendLayout = layoutLegend([{ title: `Accountable (${profileTitle ?? ''})`, entries: colours?.key(used) ?? [] }], WIDTH);
  const legendTop = y + MARGIN;
  const root = options.root === undefined ? 'the whole glossary' : `entry ${options.root} and everything beneath it`;
  return {
    title: options.root === undefined ? model.glossary.title : `${model.glossary.title}: ${roots[0]?.code ?? ''} ${roots[0]?.title ?? ''}`,
    description: `Police Activities Glossary tree of ${root}: ${rows.length} entries${profileTitle === undefined ? '' : `, coloured by who is accountable under the ${profileTitle} profile; dashed entries inherit their assignment`}.`,
    view: 'opcc-glossary-tree',
    width,
    height: legendTop + legendLayout.height + (legendLayout.height > 0 ? MARGIN : 0),
    nodes,
    decoration,
    connectors: [],
    legend: { layout: legendLayout, at: { x: MARGIN, y: legendTop, width: WIDTH, height: legendLayout.height } },
    warnings: [],
  };
}
