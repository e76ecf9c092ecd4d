import { ModelBuilder } from '@opcc/core';
import { describe, expect, it } from 'vitest';
import { glossaryPage } from './glossary-page.js';
import { profileGapsPage } from './profile-gaps-page.js';

// One gap (3 is only consulted on), one overlap (2), and hand-offs both ways between the two lanes.
const { model, diagnostics } = new ModelBuilder()
  .manifest({ title: 'Gaps' })
  .glossary({
    entries: [
      { code: '1', title: 'Governance' },
      { code: '2', title: 'Operations' },
      { code: '3', title: 'Estates' },
    ],
  })
  .parties({
    parties: [
      { id: 'pcc', title: 'Commissioner', type: 'commissioner' },
      { id: 'cc', title: 'Chief Constable', type: 'chief-constable' },
      { id: 'unit', title: 'Alliance unit', type: 'collaboration-unit' },
    ],
  })
  .profile({
    id: 'here',
    title: 'Here profile',
    description: 'How **here** divides the work.',
    assignments: [
      { code: '1', accountable: 'pcc' },
      { code: '2', accountable: ['pcc', 'cc'], responsible: 'unit' },
      { code: '3', consulted: 'cc' },
    ],
  })
  .processMap({
    id: 'plan',
    title: 'Make the plan',
    lanes: [
      { id: 'office', title: 'Office', party: 'pcc' },
      { id: 'force', title: 'Force', party: 'cc' },
    ],
    steps: [
      { id: 'start', kind: 'start', title: 'Plan due', lane: 'office' },
      { id: 'draft', kind: 'activity', title: 'Draft the plan', lane: 'office', code: '1' },
      { id: 'comment', kind: 'activity', title: 'Comment on the draft', lane: 'force', code: '2' },
      { id: 'issue', kind: 'activity', title: 'Issue the plan', lane: 'office' },
      { id: 'deliver', kind: 'activity', title: 'Deliver', lane: 'force', code: '3' },
      { id: 'end', kind: 'end', title: 'Delivered', lane: 'force' },
    ],
    flows: [
      { from: 'start', to: 'draft' },
      { from: 'draft', to: 'comment', label: 'draft sent' },
      { from: 'comment', to: 'issue', condition: 'comments made' },
      { from: 'issue', to: 'deliver' },
      { from: 'deliver', to: 'end' },
    ],
  })
  .build();

const page = profileGapsPage(model, model.profiles[0]!);
const text = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

describe('the gaps, overlaps and hand-offs page of a profile', () => {
  it('is built from a model whose only problems are the gap and the overlap it shows', () => {
    expect(diagnostics.map((d) => d.code)).toEqual(['accountability-gap', 'accountability-overlap']);
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('accountable for 3 '), expect.stringContaining('accountable for 2;')]);
  });

  it('counts gaps, overlaps and hand-offs in its headings', () => {
    expect(text(page)).toContain('Gaps: nobody accountable (1)');
    expect(text(page)).toContain('Overlaps: more than one accountable (1)');
    expect(text(page)).toContain('Hand-offs between parties (3)');
    expect(text(page)).toContain('Commissioner and Chief Constable (3)');
  });

  it('lists the gap with who else takes part, and the overlap with its accountable parties', () => {
    expect(text(page)).toMatch(/ 3 Estates nobody Chief Constable /);
    expect(text(page)).toMatch(/ 2 Operations Commissioner, Chief Constable this entry /);
  });

  it('links each hand-off to its map and its two steps, with the flow and who is accountable for the step handed to', () => {
    expect(page).toContain('<a href="map-plan.html#draft">Draft the plan</a>');
    expect(page).toContain('<a href="map-plan.html#comment">Comment on the draft</a>');
    expect(text(page)).toMatch(/ Commissioner to Chief Constable \(2\) .* Make the plan Draft the plan Comment on the draft draft sent 2 : Commissioner, Chief Constable /);
    expect(text(page)).toMatch(/ Chief Constable to Commissioner \(1\) .* Comment on the draft Issue the plan if comments made no glossary code /);
    expect(text(page)).toMatch(/ Issue the plan Deliver 3 : nobody /);
  });

  it('keeps pairs that never meet in the summary, unlinked, and gives them no section of their own', () => {
    expect(text(page)).toMatch(/ Commissioner and Alliance unit 0 0 0 /);
    expect(page).toContain('<a href="#pair-pcc-cc">');
    expect(page).not.toContain('id="pair-pcc-unit"');
  });

  it('gives every table a caption and column headers', () => {
    const tables = page.match(/<table[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBe(5);
    for (const table of tables) {
      expect(table).toMatch(/<caption>[^<]+/);
      expect(table).toContain('<th scope="col">');
    }
  });

  it('keeps a profile title that overrides the direction of text inside its own isolate, in the title and the heading', () => {
    const hostile = { ...model.profiles[0]!, title: 'Here \u202Eeliforp' };
    const shown = profileGapsPage(model, hostile);
    const isolated = 'Gaps, overlaps and hand-offs: \u2068Here \u202Eeliforp\u202C\u2069';
    expect(shown.match(/<title>.*<\/title>/)?.[0]).toContain(isolated);
    expect(shown.match(/<h1>.*<\/h1>/)?.[0]).toContain(isolated);
  });

  it('is reached from the glossary page', () => {
    expect(glossaryPage(model)).toContain('<a href="accountability-here.html">Here profile</a>');
  });
});
