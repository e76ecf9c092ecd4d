import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { loadModelFromFiles } from '../load/load-model.js';
import type { SourceFile } from '../load/source.js';
import { documentSchemas } from '../schema/documents.js';
import { moduleSuccessors } from './check-scenario-flow.js';

/*
 * Each test makes one mistake in the example scenario of the authoring guide, loaded with the
 * other examples it names, and expects exactly one diagnostic: its code, its file and its line.
 */

const examplesDir = fileURLToPath(new URL('../../../../examples/authoring', import.meta.url));
const examples: SourceFile[] = readdirSync(examplesDir, { withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => ({ path: entry.name, text: readFileSync(join(examplesDir, entry.name), 'utf8') }));
const FILE = 'scenario.yaml';
const scenario = examples.find((f) => f.path === FILE)?.text ?? '';
const others = examples.filter((f) => f.path !== FILE);

/** The example scenario with `from` replaced by `to`, loaded with the other examples. */
function load(from: string, to: string) {
  expect(scenario, 'the example holds the text to change').toContain(from);
  return loadModelFromFiles([...others, { path: FILE, text: scenario.replace(from, to) }]);
}

/** The line (from 1) of the changed scenario on which `marker` first appears. */
function lineOf(text: string, marker: string): number {
  const at = text.indexOf(marker);
  expect(at, `the changed scenario holds ${marker}`).toBeGreaterThanOrEqual(0);
  return text.slice(0, at).split('\n').length;
}

/** Expects the one mistake to give one diagnostic, of `code`, in the scenario file, on the line holding `marker`. */
function expectOne(from: string, to: string, code: DiagnosticCode, marker: string, message?: string): void {
  const { diagnostics } = load(from, to);
  expect(diagnostics.map((d) => `${d.code} ${d.message}`)).toHaveLength(1);
  const [d] = diagnostics;
  expect(d?.code).toBe(code);
  expect(d?.file).toBe(FILE);
  expect(d?.line).toBe(lineOf(scenario.replace(from, to), marker));
  if (message !== undefined) expect(d?.message).toContain(message);
}

describe('the scenario schema', () => {
  it('accepts the example and fills in its defaults', () => {
    const { diagnostics, model } = loadModelFromFiles(examples);
    expect(diagnostics).toEqual([]);
    const [first] = model.scenarios;
    expect(first?.modules.map((m) => m.id)).toEqual(['planning', 'unheard', 'enough-views']);
    expect(first?.modules[1]?.injects).toEqual([]);
    expect(first?.modules[0]?.questions[0]?.points).toEqual([]);
  });

  it('marks a scenario OFFICIAL unless told otherwise', () => {
    const result = documentSchemas.scenario.safeParse({
      kind: 'scenario',
      ...{ id: 's', title: 'S', summary: 'S', audience: 'All', format: 'seminar', duration: 10, setting: 'Now' },
      modules: [{ id: 'm', title: 'M', start: 0 }],
    });
    expect(result.success && result.data.marking).toBe('OFFICIAL');
  });

  it('reports a format that is not one of the three', () => {
    expectOne('format: tabletop', 'format: table-top', 'invalid-value', 'format:', '"tabletop"');
  });

  it('reports an inject medium it does not know', () => {
    expectOne('medium: email', 'medium: pigeon', 'invalid-value', 'medium: pigeon');
  });

  it('needs each role to stand for a party or a stakeholder', () => {
    expectOne(', stakeholder: chief-constable }', ' }', 'invalid-value', '- { id: force-liaison', 'give it a `party` or a `stakeholder`');
  });

  it('needs at least one module', () => {
    const cut = scenario.slice(0, scenario.indexOf('modules:')) + 'modules: []\n';
    const { diagnostics } = loadModelFromFiles([...others, { path: FILE, text: cut }]);
    expect(diagnostics.map((d) => d.code)).toEqual(['invalid-value']);
  });
});

describe('the references of a scenario', () => {
  it('reports an unknown focus map, with a near match', () => {
    expectOne(
      'focus: { map: engage-consult, steps: [consult] }',
      'focus: { map: engage-consul, steps: [consult] }',
      'unknown-map',
      'engage-consul,',
      'engage-consult',
    );
  });

  it('reports a focus step that is not on its map', () => {
    expectOne('steps: [consult]', 'steps: [consul]', 'unknown-step', 'steps: [consul]', 'did you mean "consult"');
  });

  it('reports an expected action that is not on the focus map', () => {
    expectOne('expects: [{ step: consult }]', 'expects: [{ step: consultation }]', 'unknown-step', 'consultation', 'on map "engage-consult"');
  });

  it('reports a contingency that waits for a step not on the map', () => {
    expectOne('contingency: { unless: { step: consult } }', 'contingency: { unless: { step: concult } }', 'unknown-step', 'concult');
  });

  it('reports a step on a map that another module focuses on', () => {
    expectOne('steps: [{ step: enough }]', 'steps: [{ step: enuf }]', 'unknown-step', 'enuf');
  });

  it('reports an unknown party for a role', () => {
    expectOne('party: northshire-pcc', 'party: northshire-pc', 'unknown-party', 'northshire-pc\n', 'northshire-pcc');
  });

  it('reports an unknown stakeholder for a role', () => {
    expectOne('stakeholder: chief-constable', 'stakeholder: chief-constabel', 'unknown-stakeholder', 'chief-constabel', 'chief-constable');
  });

  it('reports an unknown outcome', () => {
    expectOne('outcomes: [confidence-improved]', 'outcomes: [confidence]', 'unknown-outcome', 'outcomes: [confidence]');
  });

  it('reports an unknown glossary code', () => {
    expectOne('codes: [1.1.2]', 'codes: [1.1.9]', 'unknown-glossary-code', 'codes: [1.1.9]');
  });

  it('reports unknown reference material', () => {
    expectOne('references: [police-uk]\nobjectives', 'references: [police-u]\nobjectives', 'unknown-reference', 'police-u]', 'police-uk');
  });

  it('reports an inject sent to a role the scenario does not have', () => {
    expectOne('to: [engagement-lead]', 'to: [engagement-led]', 'unknown-role', 'engagement-led', 'did you mean "engagement-lead"');
  });

  it('reports an inject from neither a role nor a stakeholder', () => {
    expectOne('from: pcc', 'from: pccc', 'unknown-role', 'from: pccc', 'role or stakeholder');
  });

  it('reports an unknown objective', () => {
    expectOne('objectives: [plan-engagement]', 'objectives: [plan-engagment]', 'unknown-objective', 'plan-engagment', 'plan-engagement');
  });

  it('reports a choice that leads to an unknown module', () => {
    expectOne('next: unheard }', 'next: unhead }', 'unknown-module', 'unhead', 'did you mean "unheard"');
  });

  it('reports a duplicate inject id', () => {
    expectOne(
      '- id: reminder',
      '- id: email-from-commissioner',
      'duplicate-id',
      'id: email-from-commissioner\n        time: 20',
      'in scenario "first-public-meeting"',
    );
  });
});

describe('the route through a scenario', () => {
  it('follows the listed order, `next`, `end` and the choices', () => {
    const { model } = loadModelFromFiles(examples);
    const first = model.scenarios[0];
    expect(first === undefined ? [] : [...moduleSuccessors(first)]).toEqual([
      ['planning', ['enough-views', 'unheard']],
      ['unheard', ['enough-views']],
      ['enough-views', []],
    ]);
  });

  it('reports a module no branch leads to', () => {
    expectOne('next: unheard }', 'next: enough-views }', 'unreachable-module', '- id: unheard', 'module "unheard"');
  });

  it('reports a loop with no way to the end', () => {
    expectOne('    end: true\n', '    next: planning\n', 'scenario-no-end', '- id: planning', 'can never end');
  });
});

describe('the warnings of a scenario', () => {
  it('warns of an objective that nothing assesses', () => {
    const text = scenario.replaceAll('objectives: [plan-engagement]', 'objectives: []');
    const { diagnostics } = loadModelFromFiles([...others, { path: FILE, text }]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.file, d.line])).toEqual([
      ['unassessed-objective', 'warning', FILE, lineOf(text, '- id: plan-engagement')],
    ]);
  });

  it('warns of an inject timed outside its module', () => {
    expectOne('time: 20', 'time: 35', 'inject-outside-module', 'time: 35', 'minutes 0 to 30');
  });

  it('warns of a placeholder still to fill in', () => {
    expectOne('audience: OPCC engagement team', 'audience: TODO who is it for?', 'scenario-placeholder', 'audience:', 'audience is still a placeholder');
  });
});
