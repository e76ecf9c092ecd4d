import type { Path } from '../check/context.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { suggest } from '../diagnostics/suggest.js';
import type { DocumentOrigin } from '../load/source.js';
import type { Change } from '../schema/change-set.js';

/** What one change is given as it is applied: the change, and ways to report at a field of it. */
export class ChangeContext<C extends Change = Change> {
  constructor(
    readonly change: C,
    private readonly index: number,
    private readonly changeSet: string,
    private readonly origin: DocumentOrigin,
    private readonly diagnostics: Diagnostic[],
  ) {}

  /** The change's number, kind and change set, as every diagnostic about it carries them. */
  private get fields() {
    return { changeSet: this.changeSet, number: this.index + 1, change: this.change.change };
  }

  /** Where a field of the change is in the change set's file. */
  private at(field: Path): { file?: string; position?: ReturnType<DocumentOrigin['locate']>; path: Path } {
    const path = ['changes', this.index, ...field];
    return { ...(this.origin.file === undefined ? {} : { file: this.origin.file }), position: this.origin.locate(path), path };
  }

  /**
   * Finds a name among those the model has; one it does not have is reported at the field that
   * gives it, with the nearest known name. `map` is the map a step or lane should be on.
   */
  expect(kind: string, name: string, known: Iterable<string>, field: Path, map?: string): boolean {
    const names = [...known];
    if (names.includes(name)) return true;
    this.diagnostics.push(diagnostic('change-target-missing', { ...this.fields, kind, name, suggestion: suggest(name, names), map }, this.at(field)));
    return false;
  }

  /** The item with an id, or undefined when there is none, reported as {@link expect} does. */
  find<T extends { readonly id: string }>(items: readonly T[], kind: string, id: string, field: Path, map?: string): T | undefined {
    const found = items.find((item) => item.id === id);
    if (found === undefined)
      this.expect(
        kind,
        id,
        items.map((item) => item.id),
        field,
        map,
      );
    return found;
  }

  /** Reports that what the change targets is not as it expects: the model has moved on. */
  conflict(field: Path, target: string, expected: string, found: string): void {
    this.diagnostics.push(diagnostic('change-conflict', { ...this.fields, target, expected, found }, this.at(field)));
  }

  /** True when an id is free; otherwise reports that the change would add what is already there. */
  expectNew(items: ReadonlyArray<{ readonly id: string }>, target: string, id: string, field: Path): boolean {
    if (!items.some((item) => item.id === id)) return true;
    this.conflict(field, target, 'not to exist yet', 'it does');
    return false;
  }

  /** Reports that the change would leave an element that is not valid. */
  invalid(field: Path, target: string, detail: string): void {
    this.diagnostics.push(diagnostic('change-invalid', { ...this.fields, target, detail }, this.at(field)));
  }
}
