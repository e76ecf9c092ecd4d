import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors.js';
import { mapId, outcomeId } from '../schema/id-constructors.js';
import { referenceModel } from '../testing/reference-model.js';
import { mapsServingOutcome, outcomesServedByMap } from './outcomes.js';
import { stepsServingOutcome } from './outcome-steps.js';

const model = referenceModel();

describe('outcome queries on the reference model', () => {
  it('find the steps that serve an outcome, by their own outcomes or their glossary entry’s', () => {
    expect(stepsServingOutcome(model, 'victims-supported').map((s) => `${s.map}/${s.step}`)).toEqual([
      'commission/victim-services',
      'commission/domestic-abuse-services',
      'community-outcome-framework/define-outcomes',
      'engage-consult/consult-victims',
      'engage-consult/community-outcome-framework',
      'objectives-and-priorities/set-annual-priorities',
    ]);
  });

  it('count a step that serves an objective as serving the outcomes and vision it rolls up to', () => {
    const vision = model.outcomeFrameworks[0]?.vision.id;
    expect(vision).toBeDefined();
    const serving = stepsServingOutcome(model, vision ?? '');
    expect(serving.length).toBeGreaterThan(stepsServingOutcome(model, 'victims-supported').length);
    expect(serving.every((s) => s.through.length > 0)).toBe(true);
  });

  it('agree with the maps that serve an outcome: every map with a serving step serves it', () => {
    for (const outcome of ['victims-supported', 'crime-reduced', 'threats-tackled']) {
      const maps = mapsServingOutcome(model, outcomeId(outcome));
      for (const step of stepsServingOutcome(model, outcome)) expect(maps, `${outcome}: ${step.map}`).toContain(step.map);
      for (const map of maps) expect(outcomesServedByMap(model, mapId(map)).all).toContain(outcome);
    }
  });

  it('report an unknown outcome as not found', () => {
    expect(() => stepsServingOutcome(model, 'engage-consult')).toThrow(NotFoundError);
  });
});
