import { fileURLToPath } from 'node:url';
import { loadModelSync, toDocuments } from '@opcc/core';
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { createLayoutEngine } from '../../layout/default-engine.js';
import { importBpmn } from './from-bpmn.js';
import { toBpmn } from './to-bpmn.js';

const GUIDE = fileURLToPath(new URL('../../../../guide/model', import.meta.url));
const { model } = loadModelSync(GUIDE);
const engine = createLayoutEngine();
const NC_NAME = /^[A-Za-z_][\w.-]*$/;

const list = (element: ModdleElement | undefined, property: string) => (element?.[property] as ModdleElement[] | undefined) ?? [];

describe('BPMN export of the reference model', () => {
  it('writes every map as BPMN that bpmn-moddle reads with no warnings, one pool, its lanes, every step and flow, and their drawing', async () => {
    expect(model.maps.length).toBeGreaterThan(10);
    for (const map of model.maps) {
      const xml = await toBpmn(model, [map.id], { engine });
      const { rootElement, warnings, elementsById } = await new BpmnModdle().fromXML(xml);
      expect(warnings, map.id).toEqual([]);
      for (const id of Object.keys(elementsById)) expect(id, map.id).toMatch(NC_NAME);
      const [collaboration, process] = list(rootElement, 'rootElements');
      expect(list(collaboration, 'participants').map((p) => p['processRef'])).toEqual([process]);
      const lanes = list(list(process, 'laneSets')[0], 'lanes');
      expect(
        lanes.map((l) => l['name']),
        map.id,
      ).toEqual(map.lanes.map((l) => l.title));
      const nodes = list(process, 'flowElements').filter((e) => e.$type !== 'bpmn:SequenceFlow');
      expect(nodes.map((n) => n['name']).sort(), map.id).toEqual(map.steps.map((s) => s.title).sort());
      // Every flow node is in exactly one lane when the map has lanes.
      if (lanes.length > 0) expect(lanes.flatMap((l) => list(l, 'flowNodeRef')).length, map.id).toBe(nodes.length);
      const flows = list(process, 'flowElements').filter((e) => e.$type === 'bpmn:SequenceFlow');
      expect(flows.length, map.id).toBe(map.flows.length);
      const drawn = list(list(rootElement, 'diagrams')[0]?.['plane'] as ModdleElement, 'planeElement');
      expect(drawn.filter((d) => d.$type === 'bpmndi:BPMNShape').length, map.id).toBe(nodes.length + lanes.length + 1);
      expect(
        drawn.filter((d) => d.$type === 'bpmndi:BPMNEdge').every((e) => list(e, 'waypoint').length >= 2),
        map.id,
      ).toBe(true);
    }
  });

  it('keeps glossary codes, guidance, conditions and the maps sub-processes drill into', async () => {
    const xml = await toBpmn(model, ['commissioning-cycle'], { engine });
    expect(xml).toContain('opcc:code="1.3.1.1"');
    expect(xml).toMatch(/<bpmn:documentation textFormat="text\/markdown">Commissioning is a cycle/);
    expect(xml).toMatch(/<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">procure<\/bpmn:conditionExpression>/);
    const parent = model.maps.find((m) => m.steps.some((s) => s.kind === 'sub-process'));
    const drill = parent?.steps.find((s) => s.kind === 'sub-process');
    if (parent === undefined || drill?.kind !== 'sub-process') throw new Error('the reference model has a sub-process step');
    expect(await toBpmn(model, [parent.id], { engine })).toContain(`calledElement="Process_${drill.map}"`);
  });

  it('writes the whole model as one file whose call activities call processes in it, byte for byte the same each time', async () => {
    const ids = model.maps.map((m) => m.id);
    const xml = await toBpmn(model, ids, { engine });
    expect(await toBpmn(model, ids, { engine })).toBe(xml);
    const { rootElement, warnings, elementsById } = await new BpmnModdle().fromXML(xml);
    expect(warnings).toEqual([]);
    const processes = list(rootElement, 'rootElements').filter((r) => r.$type === 'bpmn:Process');
    expect(processes.length).toBe(ids.length);
    const calls = Object.values(elementsById).filter((e) => e.$type === 'bpmn:CallActivity');
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(elementsById[String(call['calledElement'])]?.$type).toBe('bpmn:Process');
  });
});

describe('BPMN import', () => {
  it('gives back every reference map, with no diagnostics, from its export', async () => {
    const documents = toDocuments(model).filter((d) => d.kind === 'process-map');
    for (const document of documents) {
      const { map, diagnostics } = await importBpmn(await toBpmn(model, [String(document.id)], { engine }));
      expect(diagnostics, String(document.id)).toEqual([]);
      expect(map, String(document.id)).toEqual(document);
    }
  });

  it('imports what another tool drew, and warns at its line about what a process map cannot show', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="urn:x">
  <process id="OrderProcess" name="Handle order">
    <laneSet id="ls">
      <lane id="SalesLane" name="Sales"><flowNodeRef>Start1</flowNodeRef><flowNodeRef>Split</flowNodeRef><flowNodeRef>Pack</flowNodeRef></lane>
    </laneSet>
    <startEvent id="Start1"><timerEventDefinition id="t1"/></startEvent>
    <parallelGateway id="Split" name="Split"/>
    <userTask id="Pack" name="Pack goods"/>
    <dataObject id="Invoice"/>
    <endEvent id="Done" name="Done"/>
    <sequenceFlow id="f1" sourceRef="Start1" targetRef="Split"/>
    <sequenceFlow id="f2" sourceRef="Split" targetRef="Pack" name="always"/>
    <sequenceFlow id="f3" sourceRef="Pack" targetRef="Done"><conditionExpression>paid</conditionExpression></sequenceFlow>
  </process>
</definitions>`;
    const { map, diagnostics } = await importBpmn(xml, 'order.bpmn');
    expect(map).toEqual({
      kind: 'process-map',
      id: 'handle-order',
      title: 'Handle order',
      lanes: [{ id: 'sales', title: 'Sales' }],
      steps: [
        { id: 'start1', kind: 'start', title: 'Start', lane: 'sales' },
        { id: 'split', kind: 'decision', title: 'Split', lane: 'sales' },
        { id: 'pack-goods', kind: 'activity', title: 'Pack goods', lane: 'sales' },
        { id: 'done', kind: 'end', title: 'Done' },
      ],
      flows: [
        { from: 'start1', to: 'split' },
        { from: 'split', to: 'pack-goods', label: 'always' },
        { from: 'pack-goods', to: 'done', condition: 'paid' },
      ],
    });
    expect(diagnostics.map((d) => [d.code, d.severity, d.file, d.line, d.column])).toEqual([
      ['bpmn-unsupported', 'warning', 'order.bpmn', 7, 5],
      ['bpmn-unsupported', 'warning', 'order.bpmn', 8, 5],
      ['bpmn-unsupported', 'warning', 'order.bpmn', 10, 5],
    ]);
    expect(diagnostics.map((d) => d.message).join('\n')).toMatch(/trigger[\s\S]*ParallelGateway[\s\S]*DataObject/);
  });

  it('reports a file that is not BPMN XML as an error at its line, and writes nothing', async () => {
    const { map, diagnostics } = await importBpmn(
      '<?xml version="1.0"?>\n<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">\n  <process id="p">\n</definitions>',
      'bad.bpmn',
    );
    expect(map).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['bpmn-unreadable', 'error']]);
    const noProcess = await importBpmn('<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="urn:x"/>', 'empty.bpmn');
    expect(noProcess.diagnostics.map((d) => d.code)).toEqual(['bpmn-unreadable']);
  });
});
