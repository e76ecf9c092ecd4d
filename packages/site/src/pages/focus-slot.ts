// Where a module's focused map goes in a scenario page (client/focus-marking.ts documents the markup the script relies
// on). The page holds one drawing per map: in the first module that focuses on it, marked for that module. The other
// modules' slots say, for a reader without script, where it is; the script moves or copies it into them.
import { indexModel, type MapId, type Model, type Scenario } from '@opcc/core';
import { focusedOn, type ScenarioDrawings } from '../build/scenario-drawings.js';
import { isolatedPlainText } from './bidi.js';
import { figure } from './common.js';
import { html, type Html } from './html.js';
import type { ScenarioModule } from './scenario-types.js';

/**
 * The slot of a module's focused map: the drawing itself in the first module on that map, else a note that names the
 * module where it is drawn. `anchor` is the id of that module's part of the page, to link to.
 */
export function focusSlot(model: Model, scenario: Scenario, module: ScenarioModule, drawings: ScenarioDrawings, anchor: (m: ScenarioModule) => string): Html {
  const focus = module.focus;
  if (focus === undefined) return html``;
  const drawing = drawings.maps.get(focus.map);
  const flows = drawings.flowsInFocus.get(module.id) ?? [];
  const first = scenario.modules.find((m) => m.focus?.map === focus.map) ?? module;
  const attributes = html`class="focus-slot" id="module-${module.id}-focus" data-focus-map="${focus.map}" data-focus-steps="${focus.steps.join(' ')}" data-focus-flows="${flows.join(' ')}"`;
  if (drawing === undefined) return html``;
  if (first === module) {
    const title = indexModel(model).findMap(focus.map as MapId)?.title ?? focus.map;
    return html`<div ${attributes} data-focus-drawing>${figure(focusedOn(drawing, focus.steps, flows), `${isolatedPlainText(title)}: process map, focus steps highlighted`)}</div>`;
  }
  const n = scenario.modules.indexOf(first) + 1;
  return html`<div ${attributes}><p class="focus-drawn-once">The map is drawn once on this page, with the focus of module ${n}, under
<a href="#${anchor(first)}">Module ${n}: ${first.title}</a>; this module's focus steps are listed here.</p></div>`;
}
