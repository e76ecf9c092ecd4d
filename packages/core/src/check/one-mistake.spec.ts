import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { loadModelFromFiles } from '../load/load-model.js';
import type { SourceFile } from '../load/source.js';

/*
 * "One mistake is reported once": each test makes one mistake in a copy of the reference model
 * and expects its diagnostic alone, not again at every place that names what the mistake broke.
 */

const modelDir = fileURLToPath(new URL('../../../guide/model', import.meta.url));

function readFolder(dir: string): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => ({ path: relative(dir, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));
}

const reference = readFolder(modelDir);
const STEP_KINDS = 'start, end, activity, decision, output, sub-process, reference';

/** The reference model with `from` replaced by `to` in one file; the text must be there. */
function withMistake(file: string, from: string, to: string): string[] {
  const files = reference.map((f) => {
    if (f.path !== file) return f;
    expect(f.text, `${file} holds the text to change`).toContain(from);
    return { path: f.path, text: f.text.replace(from, to) };
  });
  return loadModelFromFiles(files).diagnostics.map(formatDiagnostic);
}

describe('one mistake in the reference model', () => {
  it('starts from a reference model with no diagnostics', () => {
    expect(loadModelFromFiles(reference).diagnostics).toEqual([]);
  });

  it('reports a misspelt map kind once, not again at each of the seven places that name the map', () => {
    expect(withMistake('maps/monitor.yaml', 'kind: process-map', 'kind: proces-map')).toEqual([
      'maps/monitor.yaml:3:7  error  unknown-kind  unknown document kind "proces-map" (did you mean "process-map"?)',
    ]);
  });

  it('reports a glossary code with a stray letter once, not again at its children and its uses', () => {
    expect(withMistake('glossary/governance.yaml', '{ code: 1.2.2, title', '{ code: 1.2.2.x, title')).toEqual([
      'glossary/governance.yaml:49:13  error  invalid-glossary-code  entries[36].code is "1.2.2.x"; use whole numbers joined by dots, e.g. "1.1.2.8"',
    ]);
  });

  it('reports a misspelt glossary code once, at its first child, naming the likely misspelling', () => {
    const found = withMistake('glossary/governance.yaml', '{ code: 1.2.2, title', '{ code: 1.2.22, title');
    expect(found).toEqual([
      'glossary/governance.yaml:50:13  error  missing-parent-code  glossary entries 1.2.2.1, 1.2.2.2, 1.2.2.3 and 3 more have no parent: ' +
        'add an entry with code 1.2.2 (or is entry 1.2.22 meant to be 1.2.2?)',
    ]);
  });

  it('still checks the other fields of a step whose kind is misspelt, and the step is still there for its flows', () => {
    const step = '    kind: activity\n    title: Align force delivery plans with the police and crime plan\n    code: 1.2.2\n';
    expect(withMistake('maps/develop.yaml', step, "    kind: activty\n    title: ''\n    code: 9.9.9\n")).toEqual([
      `maps/develop.yaml:50:11  error  invalid-value  steps[5].kind is "activty"; it must be one of ${STEP_KINDS} (did you mean "activity"?)`,
      'maps/develop.yaml:51:12  error  empty-title  steps[5].title is empty; give it a title',
      'maps/develop.yaml:52:11  error  unknown-glossary-code  unknown glossary code "9.9.9" (did you mean "9.1.1"?)',
    ]);
  });

  it('does not guess the kind of a step whose fields fit any kind, so no flow warning follows from a wrong guess', () => {
    expect(withMistake('maps/develop.yaml', '    kind: start\n', '    kind: begin\n')).toEqual([
      `maps/develop.yaml:18:11  error  invalid-value  steps[0].kind is "begin"; it must be one of ${STEP_KINDS}`,
    ]);
  });

  it('gives a step whose kind is no near miss the one kind its fields fit, so a drill-down is still checked', () => {
    const step = '    kind: sub-process\n    title: Set the budget and precept\n    map: budget-and-precept\n';
    expect(withMistake('maps/develop.yaml', step, '    kind: drill\n    title: Set the budget and precept\n    map: budget-and-precep\n')).toEqual([
      `maps/develop.yaml:44:11  error  invalid-value  steps[4].kind is "drill"; it must be one of ${STEP_KINDS}`,
      'maps/develop.yaml:46:10  error  unknown-map  unknown process map "budget-and-precep" (did you mean "budget-and-precept"?)',
    ]);
  });
});
