import type { Model, Scenario } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import type { MapId, StepId } from '../schema/ids.js';
import type { ScenarioBreak } from './impact-report.js';

interface Named {
  readonly where: string;
  readonly map: MapId;
  readonly step: StepId;
}

/** Every step a scenario names, with where it names it; a reference with no map takes its module's focus map. */
function stepsNamed(scenario: Scenario): Named[] {
  return scenario.modules.flatMap((module) => {
    const focusMap = module.focus?.map;
    const ref = (where: string, r: { readonly map?: MapId | undefined; readonly step: StepId }): Named[] => {
      const map = r.map ?? focusMap;
      return map === undefined ? [] : [{ where: `module "${module.id}" ${where}`, map, step: r.step }];
    };
    return [
      ...(module.focus?.steps ?? []).flatMap((step) => ref('focus', { step })),
      ...module.injects.flatMap((inject) => [
        ...inject.expects.flatMap((r) => ref(`inject "${inject.id}" expects`, r)),
        ...(inject.contingency === undefined ? [] : ref(`inject "${inject.id}" contingency`, inject.contingency.unless)),
      ]),
      ...module.questions.flatMap((question) => question.steps.flatMap((r) => ref(`question "${question.id}"`, r))),
    ];
  });
}

/** Steps that scenarios of `after` name which `before` had and `after` no longer has, scenario by scenario. */
export function scenarioBreaks(before: Model, after: Model): ScenarioBreak[] {
  const had = indexModel(before).steps;
  const has = indexModel(after).steps;
  return after.scenarios.flatMap((scenario) =>
    stepsNamed(scenario)
      .filter((n) => had.get(n.map)?.has(n.step) === true && has.get(n.map)?.has(n.step) !== true)
      .map((n) => ({ scenario: scenario.id, title: scenario.title, ...n })),
  );
}
