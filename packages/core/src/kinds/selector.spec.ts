import { describe, expect, it } from 'vitest';
import { selectAll, type Found } from './selector.js';

const profile = {
  id: 'north',
  assignments: [
    { code: '1', accountable: ['pcc'], responsible: ['cc', 'opcc'] },
    { code: '2', accountable: ['cc'], responsible: [] },
  ],
};

/** The values one selector finds, in order: selectAll with a single rule. */
function select(at: string, root: unknown): Found[] {
  const found: Found[] = [];
  selectAll([{ at }], root, (_rule, f) => found.push(f));
  return found;
}

describe('selectors', () => {
  it('find each value with its path, following every item of a list', () => {
    expect(select('assignments[].responsible[]', profile).map((f) => [f.value, f.path])).toEqual([
      ['cc', ['assignments', 0, 'responsible', 0]],
      ['opcc', ['assignments', 0, 'responsible', 1]],
    ]);
    expect(select('id', profile).map((f) => f.path)).toEqual([['id']]);
  });

  it('skip fields that are not there, as an optional reference left out', () => {
    expect(select('steps[].map', { steps: [{ kind: 'start' }, { kind: 'sub-process', map: 'm' }] }).map((f) => f.path)).toEqual([['steps', 1, 'map']]);
  });

  it('name the objects holding each value, the document first', () => {
    const [found] = select('assignments[].accountable[]', profile);
    expect(found?.holders.map((h) => h.at)).toEqual(['', 'assignments[]']);
    expect(found?.holders[1]?.item).toBe(profile.assignments[0]);
  });

  it('visit several rules item by item, in the order they are written', () => {
    const rules = [{ at: 'assignments[].code' }, { at: 'assignments[].accountable[]' }, { at: 'assignments[].responsible[]' }];
    const seen: unknown[] = [];
    selectAll(rules, profile, (_rule, found) => seen.push(found.value));
    expect(seen).toEqual(['1', 'pcc', 'cc', 'opcc', '2', 'cc']);
  });

  it('join a rule to the one before only where they start the same way, so a later rule on the same list comes after the rest', () => {
    const framework = { vision: { id: 'v', measures: [{ id: 'vm' }] }, outcomes: [{ id: 'o' }] };
    const seen: unknown[] = [];
    selectAll([{ at: 'vision.id' }, { at: 'outcomes[].id' }, { at: 'vision.measures[].id' }], framework, (_rule, found) => seen.push(found.value));
    expect(seen).toEqual(['v', 'o', 'vm']);
  });
});
