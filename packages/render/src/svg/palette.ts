/**
 * The colours of every map. Fills are light tints, text is near-black on all of them, so every
 * label meets WCAG AA (4.5:1) whatever it sits on; palette.spec.ts checks each pair.
 */
export const PALETTE = {
  text: '#1b1b1b',
  mutedText: '#4a4a4a',
  stroke: '#3d3d3d',
  edge: '#4d4d4d',
  background: '#ffffff',
  shapeFill: '#ffffff',
  laneHeader: '#e4e8ee',
  focus: '#0b57d0',
  /** Lane band tints, used in turn. */
  lanes: ['#f3f6fa', '#f7f4ee', '#f1f7f2', '#f8f1f5', '#f0f5f8', '#f6f6ef'],
  /** Accountable-party tints, in the order parties appear in the model. */
  parties: ['#cfe2ff', '#d3f0d8', '#ffe1c2', '#ead7f5', '#fbd5dc', '#c9ece6', '#f3eeb8', '#e2e2e2', '#f5d9c4', '#d9dcf7'],
  /** Entries with more than one accountable party. */
  shared: '#fff3a8',
  /** Entries nobody is accountable for. */
  unassigned: '#ffffff',
  /** Value-chain groups. */
  stage: '#1f4e79',
  stageText: '#ffffff',
  band: '#d9e6f2',
  area: '#eef3e6',
  chain: '#fdf0d5',
  supporting: '#ececec',
  /** Power–interest quadrants. */
  quadrants: { manageClosely: '#fde2e1', keepSatisfied: '#fff1d6', keepInformed: '#e0f0e3', monitor: '#eeeeee' },
} as const;

/** Every pair of text colour and fill that the renderers use, for the contrast check. */
export const TEXT_ON_FILL: ReadonlyArray<readonly [text: string, fill: string]> = [
  ...[
    PALETTE.background,
    PALETTE.shapeFill,
    PALETTE.laneHeader,
    ...PALETTE.lanes,
    ...PALETTE.parties,
    PALETTE.shared,
    PALETTE.band,
    PALETTE.area,
    PALETTE.chain,
    PALETTE.supporting,
    ...Object.values(PALETTE.quadrants),
  ].flatMap((fill) => [[PALETTE.text, fill] as const, [PALETTE.mutedText, fill] as const]),
  [PALETTE.stageText, PALETTE.stage],
];
