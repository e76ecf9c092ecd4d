import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs, treeDigest } from '../../../../tests/support/temp-tree.js';
import { runCaptured as run } from '../testing/run-captured.js';

const temp = tempDirs();

const BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_1" targetNamespace="urn:test">
  <bpmn:process id="Process_order" name="Order">
    <bpmn:startEvent id="s" name="Order received"/>
    <bpmn:task id="t" name="Pack goods"/>
    <bpmn:endEvent id="e" name="Sent"/>
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
    <bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e"/>
  </bpmn:process>
</bpmn:definitions>
`;

/** A model folder holding a user's files, a link to a file outside it, a link to nothing and a linked folder; and a BPMN file beside it. */
function workspace() {
  const root = temp('import-bpmn');
  const model = join(root, 'model');
  const outside = join(root, 'outside');
  mkdirSync(join(model, 'maps'), { recursive: true });
  mkdirSync(join(outside, 'shared-maps'), { recursive: true });
  writeFileSync(join(model, 'model.yaml'), 'kind: model\ntitle: Mine\n');
  writeFileSync(join(model, 'maps', 'order.yaml'), '# my own order map\n');
  writeFileSync(join(model, 'notes.txt'), 'my notes\n');
  writeFileSync(join(outside, 'theirs.yaml'), 'kind: process-map\n');
  symlinkSync(join(outside, 'theirs.yaml'), join(model, 'linked.yaml'));
  symlinkSync(join(outside, 'nothing-yet.yaml'), join(model, 'dangling.yaml'));
  symlinkSync(join(outside, 'shared-maps'), join(model, 'shared'));
  const bpmn = join(root, 'order.bpmn');
  writeFileSync(bpmn, BPMN);
  return { root, model, outside, bpmn };
}

describe('opcc import bpmn into a model folder', () => {
  it('writes one new map file and a report, and nothing else: no list of its own beside the map', async () => {
    const { model, bpmn } = workspace();
    const before = treeDigest(model);
    const target = join(model, 'maps', 'imported-order.yaml');
    const result = await run(model, 'import', 'bpmn', bpmn, '--out', 'maps/imported-order.yaml');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`wrote ${target}: process map "order" with 0 lanes, 3 steps, 2 flows\n`);
    expect(readFileSync(target, 'utf8')).toMatch(/^# Process map imported from order\.bpmn by opcc import bpmn\.\nkind: process-map\nid: order\n/);
    const { [`maps/imported-order.yaml`]: added, ...rest } = treeDigest(model);
    expect(added).toBeDefined();
    expect(rest).toEqual(before);
  });

  it('never replaces a file, a folder or a link that is there already, and says why, writing nothing', async () => {
    const { root, model, outside, bpmn } = workspace();
    const before = { model: treeDigest(model), outside: treeDigest(outside) };
    const cases: Array<[string, RegExp]> = [
      ['maps/order.yaml', /maps\/order\.yaml exists; opcc import bpmn writes only a new file, so choose another --out/],
      ['linked.yaml', /linked\.yaml is a link to .*theirs\.yaml; opcc import bpmn writes only a new file/],
      ['dangling.yaml', /dangling\.yaml is a link to .*nothing-yet\.yaml; opcc import bpmn writes only a new file/],
    ];
    for (const [out, why] of cases) {
      const result = await run(model, 'import', 'bpmn', bpmn, '--out', out);
      expect(result.code, out).toBe(2);
      expect(result.stderr, out).toMatch(why);
      expect(result.stderr, out).toMatch(/^opcc: nothing was written: /);
    }
    // Without --out the map's own name is taken, here in the folder the user's order.yaml is in.
    const named = await run(join(model, 'maps'), 'import', 'bpmn', bpmn);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain(`${join(model, 'maps', 'order.yaml')} exists`);
    // --force no longer exists: nothing replaces a file.
    expect((await run(model, 'import', 'bpmn', bpmn, '--out', 'maps/order.yaml', '--force')).code).toBe(2);
    expect({ model: treeDigest(model), outside: treeDigest(outside) }).toEqual(before);
    expect(existsSync(join(outside, 'nothing-yet.yaml'))).toBe(false);
    expect(readFileSync(join(root, 'order.bpmn'), 'utf8')).toBe(BPMN);
  });

  it('writes through a linked folder to where the link leads, and says where', async () => {
    const { model, outside, bpmn } = workspace();
    const result = await run(model, 'import', 'bpmn', bpmn, '--out', 'shared/order.yaml');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`wrote ${join(model, 'shared', 'order.yaml')} (${join(outside, 'shared-maps', 'order.yaml')}): process map "order"`);
    expect(readFileSync(join(outside, 'shared-maps', 'order.yaml'), 'utf8')).toContain('id: order');
    const again = await run(model, 'import', 'bpmn', bpmn, '--out', 'shared/order.yaml');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists');
  });
});
