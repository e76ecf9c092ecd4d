/**
 * The kinds of relationship that occur between policing bodies. A model adds its own with a
 * `relation-kinds` document; these are always there.
 */
export const BUILT_IN_RELATION_KINDS: ReadonlyArray<{ readonly id: string; readonly title: string }> = [
  { id: 'elects', title: 'elects' },
  { id: 'appoints', title: 'appoints' },
  { id: 'dismisses', title: 'may dismiss' },
  { id: 'holds-to-account', title: 'holds to account' },
  { id: 'scrutinises', title: 'scrutinises' },
  { id: 'vetoes', title: 'may veto' },
  { id: 'inspects', title: 'inspects' },
  { id: 'investigates-complaints', title: 'investigates complaints about' },
  { id: 'issues-requirements', title: 'issues requirements to' },
  { id: 'funds', title: 'funds' },
  { id: 'commissions', title: 'commissions' },
  { id: 'chairs', title: 'chairs' },
  { id: 'member-of', title: 'is a member of' },
  { id: 'requires-reports-from', title: 'requires reports from' },
  { id: 'duty-to-cooperate', title: 'has a duty to co-operate with' },
  { id: 'collaboration-agreement', title: 'is party to a collaboration agreement with' },
  { id: 'commands', title: 'commands' },
  { id: 'coordinates', title: 'coordinates' },
  { id: 'refers-to', title: 'refers to' },
  { id: 'enforces', title: 'enforces' },
  { id: 'assures', title: 'seeks assurance from' },
  { id: 'communicates-with', title: 'communicates with' },
  { id: 'reports-to', title: 'reports to' },
  { id: 'advises', title: 'advises' },
  { id: 'escalates-to', title: 'escalates risks to' },
];
