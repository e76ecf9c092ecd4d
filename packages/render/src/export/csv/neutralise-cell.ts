import { neutraliseCell as coreNeutraliseCell } from '@opcc/core';

/**
 * A cell made safe to open in a spreadsheet: a single quote before a cell that would run as a formula.
 * @deprecated Moved to `@opcc/core`, where the import of a CSV can undo it (`restoreCell`): import `neutraliseCell`
 * from `@opcc/core`. This alias stays so that code written against earlier versions of `@opcc/render` still works.
 * @example
 * ```ts
 * import { neutraliseCell } from '@opcc/core';
 * neutraliseCell('=SUM(A1:A9)'); // "'=SUM(A1:A9)"
 * ```
 */
export const neutraliseCell: (cell: string) => string = coreNeutraliseCell;
