import type { Diagnostic, ImpactReport, Model } from '@opcc/core';
import type { MapChangeViews } from '@opcc/render';

/** An option for change: a change-set document of the model. */
export type ChangeSetOf = Model['changeSets'][number];

/** One option for change, applied to a copy of the model, with what it touches and the before/after drawings of its maps. */
export interface OptionAnalysis {
  readonly changeSet: ChangeSetOf;
  /**
   * Without a report, the changes that could not be made: the option does not apply, and has no report or drawings.
   * With one, the errors the option leaves the model with: it applies, and breaks the model.
   */
  readonly problems: readonly Diagnostic[];
  /** What the option touches, when every change of it can be made. */
  readonly report?: ImpactReport;
  /** The model with the option applied, when it applies. */
  readonly after?: Model;
  /** The as-is, changes and to-be views of every map the option touches, in the report's order. */
  readonly maps: readonly MapChangeViews[];
}
