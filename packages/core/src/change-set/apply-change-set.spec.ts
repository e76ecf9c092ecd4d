import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadModelFromFiles } from '../load/load-model.js';
import type { ChangeSet, Model } from '../model/model.js';
import { toDocuments } from '../serialize/to-documents.js';
import { CHANGE_SET_FILE, applyText, changeSetText, deepFreeze, lineOf, located, readChangeSet } from '../testing/change-set-testing.js';
import { fixtureBuilder } from '../testing/fixture-model.js';
import { applyChangeSet } from './apply-change-set.js';

const fixture: Model = deepFreeze(fixtureBuilder().build().model);
const steps = (model: Model, map: string) => model.maps.find((m) => m.id === map)?.steps.map((s) => s.id);

/** The fixture as files, with more files beside it, loaded as a folder would be. */
function loadWith(files: ReadonlyArray<{ path: string; text: string }>) {
  const model = toDocuments(fixtureBuilder().build().model).map((document, i) => ({ path: `model/${i}-${document.kind}.yaml`, text: stringify(document) }));
  return loadModelFromFiles([...model, ...files]);
}

describe('applyChangeSet', () => {
  it('never changes the model it is given, and returns a new one', () => {
    const before = JSON.stringify(fixture);
    const { model } = applyText(
      fixture,
      `
- { change: remove-step, map: stakeholder-analysis, step: map-stakeholders }
- { change: renumber-entry, from: '1.1', to: '1.5' }
- { change: set-accountability, profile: north, code: '2', responsible: [pcc] }`,
    );
    expect(JSON.stringify(fixture)).toBe(before);
    expect(model).not.toBe(fixture);
    expect(steps(model, 'stakeholder-analysis')).toEqual(['start', 'analyse', 'end']);
  });

  it('makes the changes in order: a change may name what an earlier one added, and a failing change does not stop the rest', () => {
    const { model, diagnostics, text } = applyText(
      fixture,
      `
- { change: add-step, map: engage-consult, after: mandate, before: end, step: { id: publish, kind: output, title: Publish, lane: opcc } }
- { change: move-step, map: engage-consult, step: nowhere, lane: opcc }
- { change: add-step, map: engage-consult, after: publish, before: end, step: { id: review, kind: activity, title: Review, lane: opcc } }`,
    );
    expect(located(diagnostics)).toEqual([{ code: 'change-target-missing', file: CHANGE_SET_FILE, line: lineOf(text, 'step: nowhere') }]);
    expect(diagnostics[0]?.message).toMatch(/^change 2 \(move-step\)/);
    expect(steps(model, 'engage-consult')).toEqual(['start', 'analysis', 'mandate', 'publish', 'review', 'end']);
  });

  it('reports a change whose target has gone, or has changed, since the change set was written, and makes no such change', () => {
    const text = changeSetText(`
- { change: move-step, map: engage-consult, step: mandate, from: opcc, lane: opcc }
- { change: set-lane-party, map: engage-consult, lane: opcc, from: pcc, party: cc }`);
    const { changeSet, origin } = readChangeSet(text);
    // The model moves on: the mandate step is taken off the map, and the lane given to another party.
    const movedOn = applyText(
      fixture,
      `
- { change: remove-step, map: engage-consult, step: mandate }
- { change: set-lane-party, map: engage-consult, lane: opcc, party: cc }`,
    ).model;
    const { model, diagnostics } = applyChangeSet(movedOn, changeSet, { origin });
    expect(located(diagnostics)).toEqual([
      { code: 'change-target-missing', file: CHANGE_SET_FILE, line: lineOf(text, 'step: mandate') },
      { code: 'change-conflict', file: CHANGE_SET_FILE, line: lineOf(text, 'from: pcc') },
    ]);
    expect(diagnostics[1]?.message).toContain('expects lane "opcc" on map "engage-consult" to belong to "pcc", but it belongs to "cc"');
    expect(JSON.stringify(model)).toBe(JSON.stringify(movedOn));
  });

  it('joins each step that led to a removed step to each step it led to, keeping the words of the way in', () => {
    const { model } = applyText(
      fixture,
      `
- { change: add-step, map: engage-consult, after: analysis, before: mandate, step: { id: enough, kind: decision, title: Enough views?, lane: opcc } }
- { change: add-flow, map: engage-consult, flow: { from: enough, to: analysis, label: "No" } }
- { change: remove-flow, map: engage-consult, from: enough, to: mandate }
- { change: add-flow, map: engage-consult, flow: { from: enough, to: mandate, label: "Yes" } }
- { change: add-step, map: engage-consult, after: enough, before: mandate, step: { id: summarise, kind: activity, title: Summarise, lane: opcc } }
- { change: remove-step, map: engage-consult, step: summarise }`,
    );
    const flows = model.maps.find((m) => m.id === 'engage-consult')?.flows;
    expect(flows).toContainEqual({ from: 'enough', to: 'mandate', label: 'Yes' });
    expect(flows?.filter((f) => f.from === 'summarise' || f.to === 'summarise')).toEqual([]);
  });

  it('keeps the path of each change when it is not told where the change set was read from', () => {
    const { changeSet } = readChangeSet(changeSetText(`- { change: remove-map, map: nowhere }`));
    const { diagnostics } = applyChangeSet(fixture, changeSet);
    expect(diagnostics.map((d) => ({ code: d.code, file: d.file, path: d.path }))).toEqual([
      { code: 'change-target-missing', file: undefined, path: ['changes', 0, 'map'] },
    ]);
  });

  it("checks the result as a loaded model, but never applies the result's own change sets", () => {
    const add = (id: string): ChangeSet =>
      readChangeSet(
        changeSetText(`- { change: add-step, map: engage-consult, after: mandate, before: end, step: { id: publish, kind: output, title: ${id} } }`),
      ).changeSet as ChangeSet;
    const first = { ...add('First'), id: 'first' } as ChangeSet;
    const second = { ...add('Second'), id: 'second' } as ChangeSet;
    // Both add the same step: were the second applied to the result of the first, it would conflict.
    const model: Model = { ...fixture, changeSets: [first, second] };
    const result = applyChangeSet(model, first);
    expect(result.diagnostics).toEqual([]);
    expect(result.model.changeSets).toEqual([first, second]);
  });
});

describe('validating a model with change sets', () => {
  it('reports each change that cannot be made at its line, with the nearest name', () => {
    const text = changeSetText(`
- change: move-step
  map: engage-consult
  step: mandat
  lane: opcc`);
    const { diagnostics, ok } = loadWith([{ path: CHANGE_SET_FILE, text }]);
    // The option does not apply; the model is as good as it was: a warning of the option, not an error of the model.
    expect(ok).toBe(true);
    expect(located(diagnostics)).toEqual([{ code: 'change-target-missing', file: CHANGE_SET_FILE, line: lineOf(text, 'step: mandat') }]);
    expect(diagnostics.find((d) => d.file === CHANGE_SET_FILE)?.severity).toBe('warning');
    expect(diagnostics.find((d) => d.file === CHANGE_SET_FILE)?.suggestion).toBe('mandate');
  });

  it('locates the changes of a change set only when told where it was read from, whether or not it was loaded', () => {
    const text = changeSetText(`- { change: remove-step, map: engage-consult, step: mandat }`);
    const { model } = loadWith([{ path: CHANGE_SET_FILE, text }]);
    const [loaded] = model.changeSets;
    if (loaded === undefined) throw new Error('no change set');
    const { changeSet: read, origin } = readChangeSet(text);
    for (const changeSet of [loaded, read, structuredClone(loaded)]) {
      const plain = applyChangeSet(model, changeSet);
      expect(plain.diagnostics.map((d) => ({ file: d.file, line: d.line, path: d.path }))).toEqual([
        { file: undefined, line: undefined, path: ['changes', 0, 'step'] },
      ]);
      expect(plain.applies).toBe(false);
      expect(located(applyChangeSet(model, changeSet, { origin }).diagnostics)).toEqual([
        { code: 'change-target-missing', file: CHANGE_SET_FILE, line: lineOf(text, 'step: mandat') },
      ]);
    }
  });

  it('reports each error its result has that the model does not once, at the change that brings it, naming where the error is', () => {
    const text = changeSetText(`
- { change: move-business-area, collaboration: alliance, area: estates, from: design, phase: live }
- { change: remove-map, map: stakeholder-analysis }
- { change: move-business-area, collaboration: alliance, area: estates, from: live, phase: design }`);
    const { diagnostics, ok } = loadWith([{ path: CHANGE_SET_FILE, text }]);
    expect(ok).toBe(true);
    const breaks = diagnostics.filter((d) => d.file === CHANGE_SET_FILE);
    expect(located(breaks)).toEqual(breaks.map(() => ({ code: 'change-set-breaks-model', file: CHANGE_SET_FILE, line: lineOf(text, 'remove-map') })));
    expect(breaks.length).toBeGreaterThan(0);
    expect(new Set(breaks.map((d) => d.message)).size).toBe(breaks.length);
    for (const d of breaks) {
      expect(d.severity).toBe('warning');
      expect(d.path).toEqual(['changes', 1]);
      expect(d.message).toMatch(
        /^change 2 \(remove-map\) leaves the model with an error it does not have now, in model\/\d+-[a-z-]+\.yaml at \S+: unknown-map: /,
      );
    }
  });

  it('loads a change set that applies cleanly with no diagnostic, and keeps it in the model unapplied', () => {
    const text = changeSetText(`- { change: move-business-area, collaboration: alliance, area: estates, from: design, phase: live }`);
    const { diagnostics, model } = loadWith([{ path: CHANGE_SET_FILE, text }]);
    expect(diagnostics).toEqual([]);
    expect(model.changeSets.map((c) => c.id)).toEqual(['option']);
    expect(model.collaborations[0]?.businessAreas[0]?.phase).toBe('design');
  });
});
