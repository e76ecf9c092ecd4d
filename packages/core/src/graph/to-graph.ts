import { MultiDirectedGraph } from 'graphology';
import { parentCode } from '../model/glossary-code.js';
import type { Model } from '../model/model.js';
import { indexModel } from '../model/model-index.js';
import { ACCOUNTABILITY_ROLES, SEGMENT_GROUPS } from '../model/vocabulary.js';
import type { EdgeAttributes, ModelGraph, NodeAttributes } from './graph-types.js';
import { nodeKey as k } from './node-keys.js';

/**
 * The model as one graphology multigraph. Every id becomes a node and every relation an edge;
 * an edge whose far end the model lacks (possible only in a model with errors) is left out.
 * Edge keys are derived from their ends, so the same model gives the same graph.
 */
export function toGraph(model: Model): ModelGraph {
  const graph: ModelGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const node = (key: string, attributes: NodeAttributes) => graph.mergeNode(key, attributes);
  const edge = (source: string, target: string, attributes: EdgeAttributes) => {
    if (!graph.hasNode(source) || !graph.hasNode(target)) return;
    const base = `${attributes.kind}:${source}->${target}`;
    let key = base;
    for (let n = 2; graph.hasEdge(key); n++) key = `${base}#${n}`;
    graph.addDirectedEdgeWithKey(key, source, target, attributes);
  };

  for (const e of model.glossary.entries) node(k.glossaryEntry(e.code), { kind: 'glossary-entry', code: e.code, id: e.id, title: e.title });
  for (const e of model.glossary.entries) {
    const parent = parentCode(e.code);
    if (parent !== undefined) edge(k.glossaryEntry(parent), k.glossaryEntry(e.code), { kind: 'contains' });
  }
  for (const p of model.parties) node(k.party(p.id), { kind: 'party', id: p.id, title: p.title });
  for (const r of model.references) node(k.reference(r.id), { kind: 'reference', id: r.id, title: r.title });
  for (const s of model.stakeholders) node(k.stakeholder(s.id), { kind: 'stakeholder', id: s.id, title: s.title });
  for (const [id, o] of indexModel(model).outcomes) node(k.outcome(id), { kind: 'outcome', id, level: o.level, title: o.title });
  for (const m of model.maps) node(k.map(m.id), { kind: 'map', id: m.id, title: m.title });

  addOutcomeFrameworks(model, node, edge);
  for (const e of model.glossary.entries) for (const o of e.outcomes) edge(k.glossaryEntry(e.code), k.outcome(o), { kind: 'serves-outcome' });

  for (const map of model.maps) {
    const mapKey = k.map(map.id);
    if (map.parent !== undefined) edge(k.map(map.parent), mapKey, { kind: 'contains' });
    for (const o of map.outcomes) edge(mapKey, k.outcome(o), { kind: 'serves-outcome' });
    for (const r of map.references) edge(mapKey, k.reference(r), { kind: 'references' });
    for (const step of map.steps) {
      const stepKey = k.step(map.id, step.id);
      node(stepKey, { kind: 'step', map: map.id, id: step.id, stepKind: step.kind, title: step.title });
      edge(mapKey, stepKey, { kind: 'contains' });
      if (step.kind === 'activity' && step.code !== undefined) edge(stepKey, k.glossaryEntry(step.code), { kind: 'carries-code' });
      if (step.kind === 'sub-process') edge(stepKey, k.map(step.map), { kind: 'drills-into' });
      for (const o of step.outcomes) edge(stepKey, k.outcome(o), { kind: 'serves-outcome' });
      for (const r of step.references) edge(stepKey, k.reference(r), { kind: 'references' });
    }
    for (const flow of map.flows) {
      edge(k.step(map.id, flow.from), k.step(map.id, flow.to), {
        kind: 'flows-to',
        ...(flow.label === undefined ? {} : { label: flow.label }),
        ...(flow.condition === undefined ? {} : { condition: flow.condition }),
      });
    }
  }

  if (model.valueChain !== undefined) {
    node(k.valueChain(), { kind: 'value-chain', title: model.valueChain.title });
    for (const group of SEGMENT_GROUPS) {
      for (const segment of model.valueChain[group]) {
        node(k.segment(segment.id), { kind: 'segment', id: segment.id, group, title: segment.title });
        edge(k.valueChain(), k.segment(segment.id), { kind: 'contains' });
        if (segment.map !== undefined) edge(k.segment(segment.id), k.map(segment.map), { kind: 'drills-into' });
        if (segment.alignment?.reference !== undefined) edge(k.segment(segment.id), k.reference(segment.alignment.reference), { kind: 'references' });
      }
    }
  }

  for (const profile of model.profiles) {
    node(k.profile(profile.id), { kind: 'profile', id: profile.id, title: profile.title });
    for (const a of profile.assignments) {
      for (const role of ACCOUNTABILITY_ROLES) {
        for (const party of a[role]) edge(k.party(party), k.glossaryEntry(a.code), { kind: 'accountable-for', profile: profile.id, role });
      }
    }
  }

  for (const rm of model.relationshipMaps) node(k.relationshipMap(rm.id), { kind: 'relationship-map', id: rm.id, title: rm.title });
  for (const r of model.references) if (r.relationshipMap !== undefined) edge(k.reference(r.id), k.relationshipMap(r.relationshipMap), { kind: 'references' });
  for (const rm of model.relationshipMaps) {
    const members = new Set<string>([...rm.stakeholders, ...rm.relations.flatMap((r) => [r.from, r.to])]);
    for (const s of [...members].sort()) edge(k.relationshipMap(rm.id), k.stakeholder(s), { kind: 'contains' });
    for (const r of rm.relations) {
      edge(k.stakeholder(r.from), k.stakeholder(r.to), { kind: 'relates', relation: r.kind, map: rm.id, ...(r.label === undefined ? {} : { label: r.label }) });
    }
  }

  for (const c of model.collaborations) {
    node(k.collaboration(c.id), { kind: 'collaboration', id: c.id, title: c.title });
    for (const p of c.partners) edge(k.party(p), k.collaboration(c.id), { kind: 'part-of-collaboration', as: 'partner' });
    for (const p of c.units) edge(k.party(p), k.collaboration(c.id), { kind: 'part-of-collaboration', as: 'unit' });
    if (c.governance !== undefined) edge(k.collaboration(c.id), k.relationshipMap(c.governance), { kind: 'references' });
    for (const area of c.businessAreas) {
      const areaKey = k.businessArea(c.id, area.id);
      node(areaKey, { kind: 'business-area', collaboration: c.id, id: area.id, title: area.title });
      edge(k.collaboration(c.id), areaKey, { kind: 'contains' });
      for (const code of area.codes) edge(areaKey, k.glossaryEntry(code), { kind: 'carries-code' });
    }
  }
  return graph;
}

function addOutcomeFrameworks(
  model: Model,
  node: (key: string, attributes: NodeAttributes) => void,
  edge: (source: string, target: string, attributes: EdgeAttributes) => void,
): void {
  for (const f of model.outcomeFrameworks) {
    node(k.outcomeFramework(f.id), { kind: 'outcome-framework', id: f.id, title: f.title });
    edge(k.outcomeFramework(f.id), k.outcome(f.vision.id), { kind: 'contains' });
    for (const [id, o] of indexModel(model).outcomes) {
      if (o.framework !== f) continue;
      for (const parent of o.serves) edge(k.outcome(parent), k.outcome(id), { kind: 'contains' });
    }
    for (const r of [f.vision, ...f.outcomes, ...f.objectives, ...f.areaPriorities].flatMap((e) =>
      e.measures.flatMap((m) => (m.reference === undefined ? [] : [{ m, r: m.reference }])),
    )) {
      edge(k.outcome(r.m.id), k.reference(r.r), { kind: 'references' });
    }
  }
}
