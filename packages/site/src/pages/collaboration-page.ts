import { indexModel, LIFECYCLE_PHASES, type Collaboration, type Model, type PartyId } from '@opcc/core';
import type { Drawing } from '../build/drawings.js';
import { isolatedPlainText } from './bidi.js';
import { figure, glossaryLink, illustrativeMarker, illustrativeNote, topBreadcrumbs } from './common.js';
import { html, type Html } from './html.js';
import { layout } from './layout.js';
import { markdown } from './markdown.js';
import { pagePath } from './paths.js';

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

/** The list of collaborations. */
export function collaborationsPage(model: Model): string {
  const main = html`<ul>${model.collaborations.map(
    (c) =>
      html`<li><a href="${pagePath.collaboration(c.id)}">${c.title}</a> <span class="meta">${c.type}, ${c.partners.length} partners</span>${
        c.illustrative === true ? html` ${illustrativeMarker()}` : ''
      }</li>`,
  )}</ul>`;
  return layout(model, { title: 'Collaborations', kind: 'collaborations', breadcrumbs: topBreadcrumbs(model, { title: 'Collaborations' }), main }).value;
}

/** One collaboration: partners, governance drawn, business areas by lifecycle phase, the cost split. */
export function collaborationPage(model: Model, c: Collaboration, governance: Drawing | undefined): string {
  const parties = indexModel(model).parties;
  // Names are isolated one by one, so that one cannot turn its neighbours around in a list.
  const name = (id: PartyId) => isolatedPlainText(parties.get(id)?.title ?? id);
  const money = (n: number | undefined) => (n === undefined ? '' : pounds.format(n));
  const main = html`${c.illustrative === true ? illustrativeNote(
        `A fictional collaboration: its forces, figures and dates are made up, modelled on public papers${
          model.glossary.illustrative ? ', and its glossary codes come from an illustrative glossary' : ''
        }.`,
      ) : ''}
${c.description === undefined ? '' : markdown(c.description)}
<dl class="facts">
<dt>Partners</dt><dd>${c.partners.map(name).join(', ')}</dd>
${c.units.length === 0 ? '' : html`<dt>Collaboration units</dt><dd>${c.units.map(name).join(', ')}</dd>`}
${c.agreement === undefined ? '' : html`<dt>Agreement</dt><dd>${c.agreement}</dd>`}
${c.costSplit.length === 0 ? '' : html`<dt>Costs and savings shared</dt><dd>${c.costSplit.map((s) => `${name(s.party)} ${s.percent}%`).join(', ')}</dd>`}
</dl>
${prioritiesSection(c)}
${c.principles.length === 0 ? '' : html`<section><h2>Principles</h2><ul>${c.principles.map((p) => html`<li>${p}</li>`)}</ul></section>`}
${c.governance === undefined ? '' : html`<section><h2>Governance</h2>${figure(governance, 'Governance boards and how risks are escalated')}<p><a href="${pagePath.relationshipMap(c.governance)}">The governance relationship map in full</a></p></section>`}
${escalationSection(model, c)}
<section><h2>Business areas by phase</h2>
${LIFECYCLE_PHASES.map((phase) => {
  const areas = c.businessAreas.filter((a) => a.phase === phase);
  return html`<h3>${phase[0]?.toUpperCase()}${phase.slice(1)} <span class="meta">(${areas.length})</span></h3>${areas.length === 0 ? html`<p class="meta">None.</p>` : html`<table class="business-areas"><thead><tr><th scope="col">Business area</th><th scope="col">Glossary</th><th scope="col">Start</th><th scope="col">Due</th><th scope="col">Planned savings</th><th scope="col">Realised</th><th scope="col">Lead</th></tr></thead><tbody>${areas.map((a) => html`<tr id="area-${a.id}"><th scope="row">${a.title}${a.description === undefined ? '' : html`<div class="area-description">${markdown(a.description)}</div>`}</th><td>${a.codes.map((code, i) => html`${i > 0 ? ', ' : ''}${glossaryLink(model, code)}`)}</td><td>${a.start ?? ''}</td><td>${a.due ?? ''}</td><td>${money(a.savings?.planned)}</td><td>${money(a.savings?.realised)}</td><td>${a.lead === undefined ? '' : name(a.lead)}</td></tr>`)}</tbody></table>`}`;
})}
</section>`;
  return layout(model, {
    title: c.title,
    kind: 'collaboration',
    breadcrumbs: topBreadcrumbs(model, { title: 'Collaborations', href: pagePath.collaborations() }, { title: c.title }),
    main,
  }).value;
}

function prioritiesSection(c: Collaboration): Html {
  const priorities = c.priorities ?? [];
  if (priorities.length === 0) return html``;
  return html`<section class="priorities"><h2>Priorities</h2><ol>${priorities.map(
    (p) => html`<li><strong>${p.title}</strong>${p.description === undefined ? '' : markdown(p.description)}</li>`,
  )}</ol></section>`;
}

// The levels in the order risks climb them, each naming the board that holds the risks there.
function escalationSection(model: Model, c: Collaboration): Html {
  const levels = c.escalation ?? [];
  if (levels.length === 0) return html``;
  const index = indexModel(model);
  return html`<section class="escalation"><h2>Risk escalation</h2><p>New or increasing risks are flagged to the next level, from the lowest to the highest:</p><ol>${levels.map((l) => {
    const holder = l.stakeholder === undefined ? undefined : index.findStakeholder(l.stakeholder);
    return html`<li><strong>${l.level}</strong>${
      holder === undefined ? '' : html` <span class="meta">(<a href="${pagePath.stakeholders()}#stakeholder-${holder.id}">${holder.title}</a>)</span>`
    }${l.description === undefined ? '' : markdown(l.description)}</li>`;
  })}</ol></section>`;
}
