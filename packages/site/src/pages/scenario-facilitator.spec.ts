import { guide } from '@opcc/guide';
import { describe, expect, it } from 'vitest';
import { NO_SCENARIO_DRAWINGS } from '../build/scenario-drawings.js';
import { scenarioFacilitatorPage } from './scenario-facilitator.js';
import { scenarioPage } from './scenario-page.js';
import { pagePath } from './paths.js';
import { eventsTable } from './scenario-events-table.js';
import { answerReveal } from './scenario-answer-reveal.js';
import { HSEEP_RATINGS } from '../client/hseep-ratings.js';

const complaint = guide.scenarios.find((s) => s.id === 'complaint-about-the-chief-constable');
if (complaint === undefined) throw new Error('the reference model has the complaint scenario');
const page = scenarioFacilitatorPage(guide, complaint, NO_SCENARIO_DRAWINGS);
const ids = (markup: string) => new Set([...markup.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

describe('the facilitator page of a scenario', () => {
  it('says at the top that it is for exercise staff only, and is not linked from the participant briefing', () => {
    const main = page.slice(page.indexOf('<main'));
    expect(main.indexOf('For exercise staff only')).toBeGreaterThan(0);
    expect(main.indexOf('For exercise staff only')).toBeLessThan(main.indexOf('data-run'));
    expect(scenarioPage(guide, complaint)).not.toContain(pagePath.scenarioFacilitator(complaint.id));
  });

  it('is the run view, with every module and the marking at top and foot', () => {
    for (const m of complaint.modules) expect(page).toContain(`id="module-${m.id}"`);
    expect(page.match(/class="scenario-marking"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(page).toContain('data-page="scenario-facilitator"');
  });

  it('puts every model answer and discussion point behind a closed button that controls its hidden box', () => {
    const questions = complaint.modules.flatMap((m) => m.questions.map((q) => ({ m, q })));
    const answered = questions.filter(({ q }) => q.answer !== undefined || q.points.length > 0);
    expect(answered.length).toBeGreaterThan(3);
    for (const { m, q } of answered) {
      const id = `answer-${m.id}-${q.id}`;
      expect(page).toContain(`<button type="button" class="reveal-answer" aria-expanded="false" aria-controls="${id}">`);
      const box = new RegExp(`<div class="answer-reveal-body" id="${id}" hidden>([\\s\\S]*?)\\n</div>`).exec(page)?.[1] ?? '';
      for (const point of q.points) expect(box).toContain(point.slice(0, 20).replace(/'/g, '&#39;'));
      if (q.answer !== undefined) expect(box).toContain(q.answer.split(/\s+/).slice(0, 4).join(' ').replace(/'/g, '&#39;'));
    }
    const open = answerReveal({ ...questions[0]!.q, answer: undefined, points: [] }, questions[0]!.m);
    expect(open.value).toBe('');
  });

  it('shows what to observe for every objective that says, and a rating in the HSEEP manner with labels', () => {
    for (const o of complaint.objectives) {
      expect(page).toContain(`data-objective="${o.id}"`);
      for (const r of HSEEP_RATINGS) {
        expect(page).toContain(`<input type="radio" name="objective-${o.id}-rating" value="${r.value}" data-rating="${o.id}">\n${r.label}</label>`);
      }
      if (o.observe !== undefined) expect(page).toContain(o.observe.split(/\s+/).slice(0, 5).join(' '));
    }
    expect(page).toContain('Performed without challenges');
    expect(page).toContain('Unable to be performed');
  });

  it('gives every control a label and every id once', () => {
    const all = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(all.length).toBe(new Set(all).size);
    const labelled = new Set([...page.matchAll(/<label for="([^"]+)"/g)].map((m) => m[1]));
    const controls = [...page.matchAll(/<(textarea|select|input)\b([^>]*)>/g)].filter((m) => !/type="radio"/.test(m[2] ?? ''));
    expect(controls.length).toBeGreaterThan(10);
    for (const c of controls) {
      const id = /\sid="([^"]+)"/.exec(c[2] ?? '')?.[1];
      expect(id === undefined ? false : labelled.has(id), c[0]).toBe(true);
    }
    for (const m of complaint.modules) expect(page).toContain(`<textarea id="notes-module-${m.id}"`);
  });
});

describe('the master scenario events list', () => {
  const table = eventsTable(guide, complaint).value;
  const injects = complaint.modules.flatMap((m) => m.injects);

  it('has a row per inject with its times, sender, medium, expected actions linked to the map steps, objectives and contingency', () => {
    expect(table.match(/<tr id="inject-/g)?.length).toBe(injects.length);
    const psd = /<tr id="inject-psd-offer">([\s\S]*?)<\/tr>/.exec(table)?.[1] ?? '';
    expect(psd).toContain('<td>0:05</td>');
    expect(psd).toContain('Tuesday 14 October, 08:50');
    expect(psd).toContain('<td>phone</td>');
    expect(psd).toMatch(/<a href="map-complaints-against-chief-constable\.html#record">[^<]+<\/a>/);
    expect(psd).toContain('<a href="#objective-appropriate-authority">Objective 1</a>');
    const iopc = /<tr id="inject-iopc-chases" class="is-contingency">([\s\S]*?)<\/tr>/.exec(table)?.[1] ?? '';
    expect(iopc).toMatch(/Release only if not done: <a href="map-complaints-against-chief-constable\.html#refer-to-iopc">/);
    // Every objective the table links to is on the page.
    const onPage = ids(page);
    for (const m of table.matchAll(/href="#([^"]+)"/g)) expect(onPage.has(m[1])).toBe(true);
  });

  it('lists each module’s injects in planned order under a heading row', () => {
    for (const m of complaint.modules.filter((x) => x.injects.length > 0)) {
      const times = [...table.matchAll(new RegExp(`<th scope="rowgroup" colspan="9">${m.title}`, 'g'))];
      expect(times).toHaveLength(1);
    }
    const all = [...table.matchAll(/<tr id="inject-([^"]+)"/g)].map((x) => x[1]);
    expect(all).toEqual(complaint.modules.flatMap((m) => [...m.injects].sort((a, b) => a.time - b.time).map((i) => i.id)));
  });

  it('shows hostile text in inject fields as text', () => {
    const evil = '<script>window.__pwned=1</script><img src=x onerror=alert(1)>';
    const module = { ...complaint.modules[0]!, injects: [{ ...complaint.modules[0]!.injects[0]!, content: evil, scenarioTime: evil }] };
    const markup = eventsTable(guide, { ...complaint, modules: [module] }).value;
    expect(markup).not.toMatch(/<script|<img/);
    expect(markup).toContain('&lt;script&gt;');
  });
});
