import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors.js';
import { relationshipMapId, stakeholderId } from '../schema/id-constructors.js';
import { referenceModel } from '../testing/reference-model.js';
import { relationshipMapsOfStakeholder, relationsOfRelationshipMap, stakeholdersOfRelationshipMap } from './relationship-maps.js';

const model = referenceModel();

describe('relationship-map queries on the reference model', () => {
  it('list the stakeholders of a map, those its relations name included', () => {
    expect(stakeholdersOfRelationshipMap(model, 'fly-tipping').map((s) => s.id)).toEqual([
      'community-safety-partnership',
      'environment-agency',
      'fly-tippers',
      'landowners',
      'local-authority',
      'pcc',
      'police-force',
      'public',
    ]);
  });

  it('list a map’s relations, or those of one stakeholder on it', () => {
    const all = relationsOfRelationshipMap(model, relationshipMapId('fly-tipping'));
    expect(all).toHaveLength(12);
    expect(relationsOfRelationshipMap(model, 'fly-tipping', stakeholderId('pcc'))).toEqual([
      { from: 'pcc', to: 'community-safety-partnership', kind: 'funds', label: 'funds rural crime initiatives, for example' },
    ]);
    expect(relationsOfRelationshipMap(model, 'fly-tipping', 'environment-agency').map((r) => `${r.from}→${r.to}`)).toEqual([
      'environment-agency→fly-tippers',
      'local-authority→environment-agency',
      'police-force→environment-agency',
    ]);
  });

  it('find the maps a stakeholder appears on, the reverse of the stakeholders of a map', () => {
    expect(relationshipMapsOfStakeholder(model, 'environment-agency')).toEqual(['fly-tipping']);
    for (const stakeholder of model.stakeholders) {
      const onMaps = model.relationshipMaps.filter((m) => stakeholdersOfRelationshipMap(model, m.id).some((s) => s.id === stakeholder.id)).map((m) => m.id);
      expect(relationshipMapsOfStakeholder(model, stakeholder.id), stakeholder.id).toEqual(onMaps);
    }
  });

  it('report unknown maps and stakeholders as not found', () => {
    expect(() => stakeholdersOfRelationshipMap(model, 'engage-consult')).toThrow(NotFoundError);
    expect(() => relationsOfRelationshipMap(model, 'fly-tipping', 'nobody')).toThrow(/no stakeholder "nobody"/);
    expect(() => relationshipMapsOfStakeholder(model, 'fly-tipping')).toThrow(NotFoundError);
  });
});
