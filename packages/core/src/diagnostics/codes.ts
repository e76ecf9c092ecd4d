/** How serious a problem is: errors stop a build, warnings and notes do not. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Every diagnostic code, with its severity and what it means. Codes are stable: tools and
 * tests may rely on them, so a code is never renamed or reused for another meaning.
 */
export const DIAGNOSTIC_CODES = {
  'file-unreadable': { severity: 'error', summary: 'A model file could not be read.' },
  'yaml-syntax': { severity: 'error', summary: 'The file is not valid YAML or JSON.' },
  'duplicate-key': { severity: 'error', summary: 'A key appears twice in the same mapping.' },
  'csv-syntax': { severity: 'error', summary: 'A CSV glossary file could not be read as CSV.' },
  'csv-missing-column': { severity: 'error', summary: 'A CSV glossary file lacks a required column.' },
  'not-a-document': { severity: 'error', summary: 'A document is not a mapping of keys to values.' },
  'missing-kind': { severity: 'error', summary: 'A document does not say which kind it is.' },
  'unknown-kind': { severity: 'error', summary: 'A document declares a kind that does not exist.' },
  'missing-field': { severity: 'error', summary: 'A required field is missing.' },
  'unknown-field': { severity: 'error', summary: 'A field is not part of this kind of document.' },
  'invalid-type': { severity: 'error', summary: 'A value has the wrong type, e.g. a list where text was expected.' },
  'invalid-value': { severity: 'error', summary: 'A value is not one of the allowed choices or out of range.' },
  'invalid-id': { severity: 'error', summary: 'An id is not lower-case words joined by hyphens.' },
  'invalid-glossary-code': { severity: 'error', summary: 'A glossary code is not dotted whole numbers such as 1.1.2.8.' },
  'invalid-date': { severity: 'error', summary: 'A date is not written as YYYY-MM-DD.' },
  'empty-title': { severity: 'error', summary: 'A title is empty.' },
  'unsafe-link': { severity: 'error', summary: 'A link uses a scheme other than http, https or mailto, or is not a plain relative path.' },
  'duplicate-id': { severity: 'error', summary: 'Two things of the same kind share an id.' },
  'duplicate-glossary-code': { severity: 'error', summary: 'Two glossary entries share a code.' },
  'duplicate-assignment': { severity: 'error', summary: 'A profile assigns the same glossary code twice.' },
  'duplicate-value-chain': { severity: 'error', summary: 'A model has more than one value chain.' },
  'duplicate-model-document': { severity: 'error', summary: 'A model has more than one `kind: model` document.' },
  'glossary-edition-conflict': { severity: 'error', summary: 'Glossary documents name different editions.' },
  'missing-parent-code': { severity: 'error', summary: 'A glossary entry has no entry for its parent code.' },
  'unknown-glossary-code': { severity: 'error', summary: 'A glossary code is used that the glossary does not have.' },
  'unknown-map': { severity: 'error', summary: 'A process map is named that does not exist.' },
  'unknown-step': { severity: 'error', summary: 'A flow starts or ends at a step that does not exist on its map.' },
  'unknown-lane': { severity: 'error', summary: 'A step names a lane that its map does not have.' },
  'unknown-stakeholder': { severity: 'error', summary: 'A stakeholder is named that the register does not have.' },
  'unknown-outcome': { severity: 'error', summary: 'An outcome is named that no outcome framework has.' },
  'unknown-party': { severity: 'error', summary: 'A party is named that does not exist.' },
  'unknown-reference': { severity: 'error', summary: 'An item of reference material is named that does not exist.' },
  'unknown-relation-kind': { severity: 'error', summary: 'A relation has a kind that is neither built in nor declared.' },
  'unknown-relationship-map': { severity: 'error', summary: 'A relationship map is named that does not exist.' },
  'wrong-outcome-level': { severity: 'error', summary: 'An objective or area priority points at the wrong level of its framework.' },
  'drill-down-cycle': { severity: 'error', summary: 'Sub-processes drill down in a circle back to where they started.' },
  'parent-cycle': { severity: 'error', summary: 'Process maps name each other as parents in a circle.' },
  'parent-mismatch': { severity: 'warning', summary: 'A map drills into a sub-process whose parent is another map.' },
  'flow-from-end': { severity: 'error', summary: 'A flow leaves an end event.' },
  'flow-into-start': { severity: 'error', summary: 'A flow enters a start event.' },
  'dead-end-step': { severity: 'warning', summary: 'A step other than an end event has no flow out of it.' },
  'no-start-event': { severity: 'warning', summary: 'A process map with flows has no start event.' },
  'unreachable-step': { severity: 'warning', summary: 'A step cannot be reached from any start event.' },
  'self-relation': { severity: 'warning', summary: 'A relation goes from a stakeholder to itself.' },
  'cost-split-total': { severity: 'error', summary: 'The cost split of a collaboration does not add up to 100%.' },
  'date-order': { severity: 'error', summary: 'A due date comes before its start date.' },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

/** A stable diagnostic code such as `unknown-glossary-code`. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
