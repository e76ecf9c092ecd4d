import { fileURLToPath } from 'node:url';
import { loadModelSync, type Model } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { createLayoutEngine } from '../../layout/default-engine.js';
import { sampleModel } from '../../testing/sample-model.js';
import type { LaidOutView } from '../view-types.js';
import { isHierarchy } from './hierarchy-direction.js';
import { layoutRelationshipMap } from './layout-relationship-map.js';

const GUIDE = fileURLToPath(new URL('../../../../guide/model', import.meta.url));
const guide = loadModelSync(GUIDE).model;
const engine = createLayoutEngine();
const top = (view: LaidOutView, stakeholder: string): number => {
  const node = view.nodes.find((n) => n.data['stakeholder'] === stakeholder);
  if (node === undefined) throw new Error(`no stakeholder ${stakeholder}`);
  return node.box.y;
};

describe('a hierarchy of boards reads top-down, the highest body at the top', () => {
  it('draws the Alliance Executive Board above every other body, and each level of escalation below the one it escalates to', async () => {
    const view = await layoutRelationshipMap(guide, 'alliance-governance', engine);
    const board = top(view, 'alliance-executive-board');
    for (const node of view.nodes) if (node.data['stakeholder'] !== 'alliance-executive-board') expect(node.box.y, node.id).toBeGreaterThanOrEqual(board);
    const levels = ['alliance-executive-board', 'alliance-programme-board', 'alliance-programme-team', 'bag-support-services'].map((s) => top(view, s));
    for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeGreaterThan(levels[i - 1] ?? 0);
  });

  it('keeps the arrow of a relation that runs up pointing at the higher body', async () => {
    const view = await layoutRelationshipMap(guide, 'alliance-governance', engine);
    const line = view.connectors.find((c) => c.data?.['from'] === 'alliance-programme-team' && c.data['to'] === 'alliance-programme-board');
    const points = line?.points ?? [];
    expect(points.length).toBeGreaterThan(1);
    // The route ends (the arrowhead) higher up the page than it starts.
    expect(points[points.length - 1]?.y ?? 0).toBeLessThan(points[0]?.y ?? 0);
  });

  it('puts the regional summit above the seven chiefs and the oversight group', async () => {
    const view = await layoutRelationshipMap(guide, 'regional-governance', engine);
    expect(top(view, 'regional-summit')).toBeLessThan(top(view, 'seven-chiefs-meeting'));
    expect(top(view, 'seven-chiefs-meeting')).toBeLessThan(top(view, 'regional-oversight-group'));
  });

  it('lays out a map as a hierarchy when it says nothing and every relation ranks its bodies, and as a network otherwise', () => {
    const model = sampleModel();
    expect(isHierarchy(model, undefined, ['reports-to', 'escalates-to', 'commands'])).toBe(true);
    expect(isHierarchy(model, undefined, ['reports-to', 'funds'])).toBe(false);
    expect(isHierarchy(model, undefined, [])).toBe(false);
    expect(isHierarchy(model, 'network', ['reports-to'])).toBe(false);
    expect(isHierarchy(model, 'hierarchy', ['funds'])).toBe(true);
  });

  it("follows a model's own relation kind that says which way it runs", () => {
    const base = sampleModel();
    const model = { ...base, relationKinds: [...base.relationKinds, { id: 'answers-to', title: 'answers to', hierarchy: 'up' }] } as Model;
    expect(isHierarchy(model, undefined, ['answers-to'])).toBe(true);
    expect(isHierarchy(base, undefined, ['answers-to'])).toBe(false);
  });
});
