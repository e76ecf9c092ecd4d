import { impact, ModelBuilder, type Model } from '@opcc/core';
import { renderMapChanges, SimpleLayeredEngine } from '@opcc/render';
import { describe, expect, it } from 'vitest';
import type { OptionAnalysis } from '../build/option-types.js';
import { optionPage } from './option-page.js';
import { optionsPage } from './options-page.js';

const engine = new SimpleLayeredEngine();
const HOSTILE = '<script>window.pwned=1</script><img src=x onerror=alert(1)>';

function builder(moved: boolean): ModelBuilder {
  return new ModelBuilder()
    .manifest({ title: 'Options test' })
    .glossary({ entries: [{ code: '1', title: 'Operations' }, { code: '1.1', title: 'Armed policing' }] })
    .parties({
      parties: [
        { id: 'cc', title: 'Chief Constable', type: 'chief-constable' },
        { id: 'unit', title: 'Alliance armed policing unit', type: 'collaboration-unit' },
      ],
    })
    .profile({ id: 'alliance', title: 'Alliance forces', assignments: [{ code: '1.1', accountable: 'cc', responsible: moved ? 'unit' : 'cc' }] })
    .processMap({
      id: 'armed',
      title: 'Armed policing',
      lanes: [
        { id: 'force', title: 'Force', party: 'cc' },
        { id: 'alliance', title: 'Alliance unit', party: 'unit' },
      ],
      steps: [
        { id: 'start', kind: 'start', title: 'Call for armed support' },
        { id: 'deploy', kind: 'activity', title: 'Deploy armed officers', code: '1.1', lane: moved ? 'alliance' : 'force' },
        { id: 'end', kind: 'end', title: 'Stood down' },
      ],
      flows: [
        { from: 'start', to: 'deploy' },
        { from: 'deploy', to: 'end' },
      ],
    });
}

function build(b: ModelBuilder): Model {
  const { model, diagnostics } = b.build();
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((d) => d.message).join('\n'));
  return model;
}

const before = build(
  builder(false).add({
    kind: 'change-set',
    id: 'alliance-armed',
    title: `Bring armed policing into the alliance ${HOSTILE}`,
    status: 'proposed',
    rationale: `The **alliance** shares the cost.\n\n${HOSTILE}`,
    changes: [{ change: 'move-step', map: 'armed', step: 'deploy', lane: 'alliance' }],
  }),
);
const after = build(builder(true));

async function appliedOption(): Promise<OptionAnalysis> {
  const changeSet = before.changeSets[0]!;
  return { changeSet, problems: [], report: impact(before, after), after, maps: [await renderMapChanges(before, after, 'armed', { engine, idPrefix: 'option-x-armed-' })] };
}

describe('an option page', () => {
  it('shows the status, the rationale as safe Markdown, the impact report and the three views of each map touched', async () => {
    const page = optionPage(before, await appliedOption());
    expect(page).toContain('<span class="option-status option-status-proposed">Proposed</span>');
    expect(page).toContain('The <strong>alliance</strong> shares the cost.');
    expect(page).toMatch(/<h2 id="option-impact">Impact<\/h2>[^]*<h3>Summary<\/h3>[^]*<table>/);
    // Its counts align right by class: the pages' policy blocks style attributes.
    expect(page).toContain('<td class="align-right">');
    expect(page).not.toMatch(/<[^>]+ style=/);
    expect(page).toContain('<h3 id="option-map-armed">Armed policing</h3>');
    expect([...page.matchAll(/<h4 id="option-map-armed-([a-z-]+)">/g)].map((m) => m[1])).toEqual(['as-is', 'changes', 'to-be']);
    expect([...page.matchAll(/data-change="([a-z]+)"/g)].map((m) => m[1])).toEqual(['moved']);
    expect(page).toContain('aria-label="Activity 1.1: Deploy armed officers, moved (from lane &quot;Force&quot; to lane &quot;Alliance unit&quot;)"');
  });

  it('lists the changes in order, each kind in words with its fields', async () => {
    const page = optionPage(before, await appliedOption());
    expect(page).toMatch(/<h2 id="option-changes">The changes, in order<\/h2>\s*<ol><li><strong>Move step<\/strong>: map armed; step deploy; lane alliance<\/li><\/ol>/);
  });

  it('tabulates who answers for each entry before and after, by party name', async () => {
    const page = optionPage(before, await appliedOption());
    const table = page.slice(page.indexOf('<table class="accountability-change">'));
    expect(table).toMatch(/<td>Alliance forces<\/td><td>.*1\.1.*<\/td><th scope="row">Armed policing<\/th><td>responsible<\/td><td>Chief Constable<\/td><td>Alliance armed policing unit<\/td>/);
  });

  it('never lets hostile text in the title or rationale become markup', async () => {
    const page = optionPage(before, await appliedOption());
    expect(page).not.toMatch(/<script>window|<img src=x|href="javascript/);
    expect(page).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;');
  });

  it('says an option that does not apply does not, with the problems, and shows no views', () => {
    const problem = { code: 'unknown-step', severity: 'error', message: 'process map "armed" has no step "deploy-2"', path: ['changes', 0, 'step'] } as const;
    const page = optionPage(before, { changeSet: before.changeSets[0]!, problems: [problem as never], maps: [] });
    expect(page).toContain('This option does not apply to the model');
    expect(page).toContain('process map &quot;armed&quot; has no step &quot;deploy-2&quot;');
    expect(page).not.toContain('<figure');
    expect(page).not.toContain('id="option-impact"');
  });

  it('shows an option that applies but breaks the model with the errors it leaves, then its report and views', async () => {
    const problem = { code: 'unknown-glossary-code', severity: 'error', message: 'unknown glossary code "1.1"', path: ['steps', 1, 'code'] } as const;
    const page = optionPage(before, { ...(await appliedOption()), problems: [problem as never] });
    expect(page).toContain('This option breaks the model');
    expect(page).toContain('unknown glossary code &quot;1.1&quot;');
    expect(page).toContain('id="option-impact"');
    expect(page).toContain('<figure');
    expect(page).not.toContain('does not apply');
  });
});

describe('the site navigation', () => {
  it('has "Options for change" when the model has change sets, and not otherwise', () => {
    expect(optionsPage(before, [])).toContain('<li><a href="options.html">Options for change</a></li>');
    expect(optionsPage(after, [])).not.toContain('href="options.html"');
  });
});

const columns = (page: string) => [...page.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1]);

describe('the options index', () => {
  it('compares the options side by side from their impact summaries, and says which do not apply', async () => {
    const option = await appliedOption();
    const broken: OptionAnalysis = { changeSet: { ...option.changeSet, id: 'broken' as never, title: 'Broken option' }, problems: [{} as never], maps: [] };
    const page = optionsPage(before, [option, broken]);
    const s = option.report!.summary;
    expect(s.mapsTouched).toBe(1);
    const row = /<tr data-option="alliance-armed">(.*?)<\/tr>/.exec(page)?.[1] ?? '';
    expect(row).toContain('href="option-alliance-armed.html"');
    // Moving the step into the unit's lane moves one entry's responsibility; start and end have no lane, so nothing is handed off.
    expect(columns(page)).toEqual([
      'Option',
      'Status',
      'Entries whose parties change',
      'Gaps created / resolved',
      'Overlaps created / resolved',
      'Boundary conflicts created / resolved',
      'Hand-offs between parties added / removed',
      'Maps touched',
      'Parties affected',
      'Collaborations changed',
    ]);
    expect([...row.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1])).toEqual(['1', '0 / 0', '0 / 0', '0 / 0', '0 / 0', '1', '2', '0']);
    expect(s.handOffsAdded + s.collaborationsChanged).toBe(0);
    expect(page).toMatch(/<tr data-option="broken">.*<td colspan="8" class="option-problem">Does not apply to the model as it is: 1 problem</);
  });

  it('shows the hand-offs and the collaborations an option changes', async () => {
    const option = await appliedOption();
    const report = option.report!;
    const summary = { ...report.summary, handOffsAdded: 3, handOffsRemoved: 1, collaborationsChanged: 2, boundaryConflicts: 1, boundaryConflictsResolved: 4 };
    const page = optionsPage(before, [{ ...option, report: { ...report, summary } }]);
    const cells = [...page.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells.slice(3, 5)).toEqual(['1 / 4', '3 / 1']);
    expect(cells.at(-1)).toBe('2');
  });
});
