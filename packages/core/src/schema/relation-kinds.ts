/**
 * The kinds of relationship that occur between policing bodies. A model adds its own with a
 * `relation-kinds` document; these are always there. Each reads from the `from` body to the `to`
 * body (`title`: the Commissioner "seeks assurance from" the Chief Constable) and back (`reverse`:
 * the Chief Constable "gives assurance to" the Commissioner).
 */
export const BUILT_IN_RELATION_KINDS: ReadonlyArray<{ readonly id: string; readonly title: string; readonly reverse: string }> = [
  { id: 'elects', title: 'elects', reverse: 'is elected by' },
  { id: 'appoints', title: 'appoints', reverse: 'is appointed by' },
  { id: 'dismisses', title: 'may dismiss', reverse: 'may be dismissed by' },
  { id: 'holds-to-account', title: 'holds to account', reverse: 'is held to account by' },
  { id: 'scrutinises', title: 'scrutinises', reverse: 'is scrutinised by' },
  { id: 'vetoes', title: 'may veto', reverse: 'may have a decision vetoed by' },
  { id: 'inspects', title: 'inspects', reverse: 'is inspected by' },
  { id: 'investigates-complaints', title: 'investigates complaints about', reverse: 'has complaints about it investigated by' },
  { id: 'issues-requirements', title: 'issues requirements to', reverse: 'receives requirements from' },
  { id: 'funds', title: 'funds', reverse: 'is funded by' },
  { id: 'commissions', title: 'commissions', reverse: 'is commissioned by' },
  { id: 'chairs', title: 'chairs', reverse: 'is chaired by' },
  { id: 'member-of', title: 'is a member of', reverse: 'has as a member' },
  { id: 'requires-reports-from', title: 'requires reports from', reverse: 'reports as required to' },
  { id: 'duty-to-cooperate', title: 'has a duty to co-operate with', reverse: 'has a duty to co-operate with' },
  { id: 'collaboration-agreement', title: 'is party to a collaboration agreement with', reverse: 'is party to a collaboration agreement with' },
  { id: 'commands', title: 'commands', reverse: 'is commanded by' },
  { id: 'coordinates', title: 'coordinates', reverse: 'is coordinated by' },
  { id: 'refers-to', title: 'refers to', reverse: 'is referred to by' },
  { id: 'enforces', title: 'enforces', reverse: 'is subject to enforcement by' },
  { id: 'assures', title: 'seeks assurance from', reverse: 'gives assurance to' },
  { id: 'communicates-with', title: 'communicates with', reverse: 'communicates with' },
  { id: 'reports-to', title: 'reports to', reverse: 'receives reports from' },
  { id: 'advises', title: 'advises', reverse: 'is advised by' },
  { id: 'escalates-to', title: 'escalates risks to', reverse: 'receives risks escalated by' },
];
