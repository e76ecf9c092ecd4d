import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseYamlFile } from '../load/parse-yaml.js';
import type { ChangeSet, Model } from '../model/model.js';
import { documentSchemas } from '../schema/documents.js';
import { applyChangeSet, type ChangeSetResult } from '../change-set/apply-change-set.js';

/** The file the change sets of the tests are read from. */
export const CHANGE_SET_FILE = 'change-sets/option.yaml';

/** A change-set document around changes written as a YAML list, one change a list item. */
export function changeSetText(changes: string): string {
  const body = changes
    .replace(/^\n/, '')
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `kind: change-set\nid: option\ntitle: An option\nrationale: For the tests.\nstatus: proposed\nchanges:\n${body}\n`;
}

/** A change set read from YAML text as the loader reads it, with the origin that locates its changes. */
export function readChangeSet(text: string): { changeSet: ChangeSet; origin: NonNullable<ReturnType<typeof parseYamlFile>['documents'][number]>['origin'] } {
  const source = parseYamlFile({ path: CHANGE_SET_FILE, text }).documents[0];
  if (source === undefined) throw new Error('no document');
  const parsed = documentSchemas['change-set'].safeParse(source.value);
  if (!parsed.success) throw new Error(parsed.error.message);
  const { kind: _kind, $schema: _schema, ...changeSet } = parsed.data;
  return { changeSet, origin: source.origin };
}

/** Applies changes written as a YAML list to a model, as `opcc impact` would read them from a file. */
export function applyText(model: Model, changes: string): ChangeSetResult & { readonly text: string } {
  const text = changeSetText(changes);
  const { changeSet, origin } = readChangeSet(text);
  return { text, ...applyChangeSet(model, changeSet, { origin }) };
}

/** The line (from 1) of the only line of a text that holds a marker. */
export function lineOf(text: string, marker: string): number {
  const lines = text.split('\n');
  const found = lines.flatMap((line, i) => (line.includes(marker) ? [i + 1] : []));
  if (found.length !== 1) throw new Error(`"${marker}" is on ${found.length} lines`);
  return found[0] ?? 0;
}

/** The diagnostics located in the change set's file, as code, file and line. */
export function located(diagnostics: readonly Diagnostic[]): Array<{ code: string; file: string | undefined; line: number | undefined }> {
  return diagnostics.filter((d) => d.file === CHANGE_SET_FILE).map((d) => ({ code: d.code, file: d.file, line: d.line }));
}

/** Freezes a value and everything in it, so that a function that writes to it throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
