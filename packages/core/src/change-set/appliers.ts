import type { ChangeKind } from '../schema/change-set.js';
import { accountabilityAppliers } from './apply-accountability.js';
import { collaborationAppliers } from './apply-collaboration.js';
import { flowAppliers } from './apply-flows.js';
import { glossaryAppliers } from './apply-glossary.js';
import { laneAppliers } from './apply-lanes.js';
import { mapAppliers } from './apply-maps.js';
import { outcomeAppliers } from './apply-outcomes.js';
import { stakeholderAppliers } from './apply-stakeholders.js';
import { stepAppliers } from './apply-steps.js';
import type { Appliers } from './applier.js';

/** How each kind of change is applied; a kind of change with no applier does not compile. */
export const APPLIERS: Appliers<ChangeKind> = {
  ...accountabilityAppliers,
  ...collaborationAppliers,
  ...mapAppliers,
  ...stepAppliers,
  ...laneAppliers,
  ...flowAppliers,
  ...stakeholderAppliers,
  ...outcomeAppliers,
  ...glossaryAppliers,
};
