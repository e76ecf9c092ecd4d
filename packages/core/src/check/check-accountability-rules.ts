import { parentCode } from '../model/glossary-code.js';
import type { AccountabilityRole } from '../model/vocabulary.js';
import type { Party } from '../model/model.js';
import { roleOrigin } from '../query/role-origin.js';
import type { GlossaryCode } from '../schema/ids.js';
import { documentsOf, type CheckContext } from './context.js';

/** Party types that may deliver or hold to account but cannot by themselves answer for a function in law. */
type NotAnswerable = 'collaboration-unit' | 'partner' | 'panel';

/** The roles whose party may perform a step carrying the entry's code; informed parties only hear of it. */
const TAKES_PART: readonly AccountabilityRole[] = ['accountable', 'responsible', 'consulted'];

/** Corporations sole that act through their own staff: the OPCC for the Commissioner, the force for the Chief Constable. */
const SELF_DELIVERING: ReadonlySet<string> = new Set(['commissioner', 'chief-constable']);

/**
 * The rules of accountability that the law and good practice set, as warnings. Each is a rule of
 * thumb a model may break for a reason, so each can be waived with a `# opcc-waive` comment.
 */
export function checkAccountabilityRules(ctx: CheckContext): void {
  const parties = partiesById(ctx);
  const stakeholderTypes = new Map(documentsOf(ctx, 'stakeholders').flatMap((d) => d.data.stakeholders.map((s) => [s.id as string, s.type] as const)));
  const notAnswerable = (id: string): NotAnswerable | undefined => {
    const party = parties.get(id);
    if (party === undefined) return undefined;
    if (party.type === 'collaboration-unit' || party.type === 'partner') return party.type;
    // A police and crime panel scrutinises the Commissioner; it answers for no policing function.
    return party.stakeholder !== undefined && stakeholderTypes.get(party.stakeholder) === 'board' ? 'panel' : undefined;
  };
  const codes = documentsOf(ctx, 'glossary').flatMap((d) => d.data.entries.map((e) => e.code));
  const known = new Set<string>(codes);
  for (const { data: profile, origin, repaired } of documentsOf(ctx, 'accountability-profile')) {
    // A profile cut down for its own mistakes would show gaps that are not there.
    if (repaired === true) continue;
    profile.assignments.forEach((assignment, i) => {
      const at = (role: string) => ({ origin, path: ['assignments', i, role] });
      const own = assignment.accountable;
      if (own.length > 1) ctx.report('accountability-overlap', { profile: profile.id, code: assignment.code, parties: [...own] }, at('accountable'));
      const [only] = own;
      const type = only === undefined || own.length > 1 ? undefined : notAnswerable(only);
      if (only !== undefined && type !== undefined)
        ctx.report('accountable-not-answerable', { profile: profile.id, code: assignment.code, party: only, type }, at('accountable'));
      const accountable = roleOrigin(profile, assignment.code, 'accountable').parties;
      // A Commissioner or Chief Constable accountable with nobody else responsible does the work through its own office or force.
      const doesItself = accountable.every((id) => SELF_DELIVERING.has(parties.get(id)?.type ?? ''));
      // The message for a unit made accountable already says to make it responsible instead.
      if (type === undefined && accountable.length > 0 && !doesItself && roleOrigin(profile, assignment.code, 'responsible').parties.length === 0) {
        ctx.report('accountable-without-responsible', { profile: profile.id, code: assignment.code }, { origin, path: ['assignments', i, 'code'] });
      }
    });
    // An assignment to a code the glossary lacks is most likely a mistyped one: the gap it leaves is the same mistake.
    if (profile.assignments.some((a) => !known.has(a.code))) continue;
    const gap = (code: GlossaryCode) => roleOrigin(profile, code, 'accountable').parties.length === 0;
    for (const code of codes) {
      const parent = parentCode(code);
      // Only the top of each gap: the entries beneath it are the same gap.
      if (gap(code) && (parent === undefined || !known.has(parent) || !gap(parent))) {
        ctx.report('accountability-gap', { profile: profile.id, code }, { origin, path: ['id'] });
      }
    }
  }
  checkCollaborationMembers(ctx);
  checkLaneParties(ctx);
}

function partiesById(ctx: CheckContext): Map<string, Party> {
  return new Map(documentsOf(ctx, 'parties').flatMap((d) => d.data.parties.map((p) => [p.id as string, p as Party] as const)));
}

/** A business area is led by one of its collaboration's partners or units; costs are split only between partners. */
function checkCollaborationMembers(ctx: CheckContext): void {
  for (const { data, origin } of documentsOf(ctx, 'collaboration')) {
    const members = new Set<string>([...data.partners, ...data.units]);
    const partners = new Set<string>(data.partners);
    data.businessAreas.forEach((area, i) => {
      if (area.lead !== undefined && ctx.has('party', area.lead) && !members.has(area.lead)) {
        ctx.report('lead-not-member', { collaboration: data.id, area: area.id, party: area.lead }, { origin, path: ['businessAreas', i, 'lead'] });
      }
    });
    data.costSplit.forEach((share, i) => {
      if (ctx.has('party', share.party) && !partners.has(share.party)) {
        ctx.report('cost-share-not-partner', { collaboration: data.id, party: share.party }, { origin, path: ['costSplit', i, 'party'] });
      }
    });
  }
}

/**
 * A step with a glossary code sits in the lane of a party that some profile makes accountable,
 * responsible or consulted for that code: a consulted party's step is its contribution, such as
 * the force's report to the Commissioner. Otherwise the map and the profiles tell different stories.
 */
function checkLaneParties(ctx: CheckContext): void {
  const profiles = documentsOf(ctx, 'accountability-profile').map((d) => d.data);
  if (profiles.length === 0) return;
  for (const { data: map, origin } of documentsOf(ctx, 'process-map')) {
    const lanes = new Map(map.lanes.map((lane) => [lane.id as string, lane]));
    map.steps.forEach((step, i) => {
      const party = step.lane === undefined ? undefined : lanes.get(step.lane)?.party;
      if (step.kind !== 'activity' || step.code === undefined || party === undefined) return;
      const code = step.code;
      const answers = profiles.some((p) => TAKES_PART.some((role) => roleOrigin(p, code, role).parties.includes(party)));
      if (!answers) ctx.report('lane-party-not-assigned', { map: map.id, step: step.id, code, party }, { origin, path: ['steps', i, 'lane'] });
    });
  }
}
