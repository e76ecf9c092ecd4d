import type { DiagnosticCode } from './codes.js';
import type { DiagnosticFields, FoundType, UnknownNameFields } from './fields.js';

type MessageBuilders = { readonly [C in DiagnosticCode]: (fields: DiagnosticFields[C]) => string };

/** Added to a message about a CSV file as a whole, for someone who kept another spreadsheet in the model folder: why it was read as a glossary. */
const READ_AS_GLOSSARY =
  'it was read as a glossary because its header names a code column; a CSV file with no such column, outside a glossary folder, is not read';
const SAVE_AS = 'save the file as UTF-8 (in Excel: "CSV UTF-8"; in most editors: File > Save As, encoding UTF-8)';
const FAULT = 'because of a fault in the checker';
/** What each sort of party that cannot answer alone is, and why, for `accountable-not-answerable`. */
const NOT_ANSWERABLE = {
  'collaboration-unit': 'collaboration unit (not a corporation sole: under section 22A each Chief Constable stays accountable)',
  partner: 'partner',
  panel: 'panel (which scrutinises, and answers for no policing function)',
} as const;

/**
 * The one place messages are made: each code's message from its fields, so every message of a
 * code reads alike, and tools that read the fields see exactly what a person reads.
 */
const MESSAGES: MessageBuilders = {
  'file-unreadable': (f) => `cannot read the file: ${f.reason}`,
  'yaml-syntax': (f) => f.detail,
  'duplicate-key': (f) => (f.key === undefined ? 'a key appears twice in the same mapping' : `the key "${f.key}" appears twice in the same mapping`),
  'csv-syntax': (f) => (f.table === 'glossary' ? `${f.detail} (${READ_AS_GLOSSARY})` : f.detail),
  'csv-missing-column': (f) => {
    const named = f.unknown.length === 0 ? '' : `; the header names ${f.unknown.map((n) => `"${n}"`).join(', ')}, which a glossary does not have`;
    return `the header row must name the columns ${f.required.join(' and ')} (optional: ${f.optional.join(', ')}); missing: ${f.missing.join(', ')}${named} (${READ_AS_GLOSSARY})`;
  },
  'file-encoding': (f) => {
    switch (f.found) {
      case 'utf-16':
        return `the file is saved as ${f.endian === 'little' ? 'UTF-16 (little-endian, "Unicode" in Windows programs)' : 'UTF-16 (big-endian)'}; save the file as UTF-8`;
      case 'invalid-byte': {
        const hint = f.windows1252 === undefined ? '' : ` (in Windows-1252, as Excel and Word save, it is "${f.windows1252}")`;
        return `this is not UTF-8 text: byte 0x${f.byte.toString(16).toUpperCase().padStart(2, '0')}${hint} cannot start or continue a character here; ${SAVE_AS}`;
      }
      case 'nul':
        return f.utf16
          ? 'the file contains NUL characters, as a file saved as UTF-16 does; save the file as UTF-8'
          : `the file contains a NUL character, so it is not a text file; ${SAVE_AS}`;
    }
  },
  'folder-unreadable': (f) => `cannot read the folder, so no file in it is checked: ${f.reason}`,
  'too-deep': (f) => {
    const deep = `lists or mappings are nested more than ${f.limit} levels deep here, far deeper than any model needs`;
    if (f.within === 'document') return `${deep} (through aliases, *name?); the document is not checked`;
    return `${deep}; the file is not read${f.bracketOpen ? ' (are brackets left open?)' : ''}`;
  },
  'too-many-aliases': (f) =>
    `aliases (*name) here repeat values so often that, written out, the document would hold over ${String(f.limit).replace(/\B(?=(\d{3})+$)/g, ',')} values; ` +
    'write the values out, or repeat them less; the document is not checked',
  'csv-duplicate-column': (f) => `the header row names the column "${f.column}" twice (columns ${f.first} and ${f.second}); delete or rename one`,
  'csv-blank-column': (f) => `column ${f.column} of the header row has no name; name it (${f.allowed.join(', ')}) or delete the column`,
  'csv-row-length': (f) =>
    f.cells > f.columns
      ? `this row has ${f.cells} cells but the header row names ${f.columns} columns; if a cell's text has a comma in it, put the cell in double quotes`
      : `this row has ${f.cells} ${f.cells === 1 ? 'cell' : 'cells'} but the header row names ${f.columns} columns; add the missing cells`,
  'internal-error': (f) => {
    switch (f.stage) {
      case 'read-file':
        return `this file could not be read ${FAULT} (${f.error}); please report it`;
      case 'build-values':
        return `the values of this document could not be built (${f.error}); please report this`;
      case 'check-document':
        return `this document could not be checked ${FAULT} (${f.error}); please report it`;
      case 'check-model':
        return `the checks across documents stopped ${FAULT} (${f.error}); please report it`;
      case 'assemble-model':
        return `assembling the model stopped ${FAULT} (${f.error}); please report it`;
    }
  },
  'bpmn-unreadable': (f) => f.detail,
  'bpmn-unsupported': (f) => f.detail,
  'not-a-document': () => 'a document must be a mapping of fields, starting with "kind:"',
  'missing-kind': (f) => `a document must say which kind it is, e.g. "kind: process-map"; the kinds are ${f.allowed.join(', ')}`,
  'unknown-kind': (f) => `unknown document kind ${JSON.stringify(f.value)}`,
  'missing-field': (f) =>
    `missing required field "${f.field}"${within(f.parent)}${f.allowed === undefined ? '' : `; it must be one of ${f.allowed.join(', ')}`}`,
  'unknown-field': (f) =>
    'column' in f ? `unknown column "${f.column}"; a glossary has the columns ${f.allowed.join(', ')} (${READ_AS_GLOSSARY})` : unknownField(f),
  'invalid-type': (f) => {
    if (!('found' in f)) return `${f.at} is ${JSON.stringify(f.value)}; it should be a number, written with digits only, e.g. 70`;
    const quote = f.expected.length === 1 && f.expected[0] === 'string' && (f.found === 'number' || f.found === 'boolean');
    return `${f.at} should be ${f.expected.map(typeName).join(' or ')}, not ${describeFound(f.found, f.value)}${quote ? `; put it in quotes if it is text: "${String(f.value)}"` : ''}`;
  },
  'invalid-value': (f) => {
    if ('imported' in f) return `the imported map would be invalid at ${f.at}: ${f.detail}`;
    if ('detail' in f) return `${f.at}: ${f.detail}`;
    if ('allowed' in f) return `${f.at} is ${JSON.stringify(f.value)}; it must be one of ${f.allowed.join(', ')}`;
    if ('expected' in f) return `${f.at} is ${String(f.value)}; it must be a whole number`;
    if ('format' in f) return `${f.at} is ${JSON.stringify(f.value)}, which is not in the expected format`;
    const bound = 'minimum' in f ? `at least ${f.minimum}` : `at most ${f.maximum}`;
    if (f.of !== 'string') return `${f.at} must be ${bound}`;
    return 'minimum' in f && f.minimum === 1 ? `${f.at} must not be empty` : `${f.at} must have ${bound} characters`;
  },
  'invalid-id': (f) =>
    `${f.at} is ${JSON.stringify(f.value)}; use lower-case letters and digits in words joined by hyphens, e.g. "conduct-stakeholder-analysis"`,
  'invalid-glossary-code': (f) => `${f.at} is ${JSON.stringify(f.value)}; use whole numbers joined by dots, e.g. "1.1.2.8"`,
  'invalid-date': (f) =>
    typeof f.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(f.value)
      ? `${f.at} is ${JSON.stringify(f.value)}, which is not a day in the calendar`
      : `${f.at} is ${JSON.stringify(f.value)}; write dates as YYYY-MM-DD`,
  'empty-title': (f) => `${f.at} is empty; give it a title`,
  'unsafe-link': (f) => {
    if ('detail' in f) return `${f.at}: ${f.detail}`;
    if (typeof f.value === 'string' && /^(?:https?|mailto):\S*\s/i.test(f.value)) {
      return `${f.at} has a space in it; web addresses cannot contain spaces (write %20 for each one)`;
    }
    return `${f.at} is ${JSON.stringify(f.value)}; links must start with http://, https:// or mailto:, or be a path relative to the model folder`;
  },
  'duplicate-id': duplicateName,
  'duplicate-glossary-code': duplicateName,
  'duplicate-assignment': (f) => `profile "${f.profile}" assigns code ${f.code} more than once`,
  'duplicate-value-chain': () => 'a model has one value chain; this is a second one',
  'duplicate-model-document': () => 'a model has one `kind: model` document, which names it; this is a second one',
  'glossary-edition-conflict': (f) => `glossary edition "${f.edition}" differs from "${f.otherEdition}" in ${f.other.file ?? 'another document'}`,
  'missing-parent-code': (f) => {
    const who = f.children.length === 1 ? `glossary entry ${f.children[0] ?? ''} has` : `glossary entries ${listed(f.children)} have`;
    return `${who} no parent: add an entry with code ${f.parent}${f.near === undefined ? '' : ` (or is entry ${f.near} meant to be ${f.parent}?)`}`;
  },
  'unknown-glossary-code': unknownName,
  'unknown-map': unknownName,
  'unknown-step': unknownName,
  'unknown-lane': unknownName,
  'unknown-stakeholder': unknownName,
  'unknown-outcome': unknownName,
  'unknown-party': unknownName,
  'unknown-reference': unknownName,
  'unknown-relation-kind': unknownName,
  'unknown-relationship-map': unknownName,
  'wrong-outcome-level': (f) =>
    `${f.element} "${f.id}" names "${f.named}", which is not one of the ${f.element === 'objective' ? 'outcomes' : 'objectives'} of "${f.framework}"`,
  'drill-down-cycle': (f) => `drilling down goes round in a circle: ${f.cycle.join(' → ')}`,
  'parent-cycle': (f) => `map "${f.map}" is its own ancestor through its parents`,
  'parent-mismatch': (f) => `map "${f.map}" drills into "${f.target}", whose parent is "${f.parent}"`,
  'flow-from-end': (f) => `a flow leaves end event "${f.step}"`,
  'flow-into-start': (f) => `a flow enters start event "${f.step}"`,
  'dead-end-step': (f) => `step "${f.step}" has no flow out of it; add a flow or make it an end event`,
  'no-start-event': (f) => `map "${f.map}" has flows but no start event, so its order cannot be followed`,
  'unreachable-step': (f) => `step "${f.step}" cannot be reached from a start event`,
  'self-relation': (f) => `"${f.stakeholder}" ${f.relation} itself`,
  'self-flow': (f) => `a flow goes from step "${f.step}" back to itself`,
  'empty-map': (f) => `map "${f.map}" has no steps, so its page shows nothing; add its steps or remove it`,
  'empty-lane': (f) => `lane "${f.lane}" on map "${f.map}" has no steps, so it is left out of the drawing`,
  'parent-not-linked': (f) => `map "${f.map}" names "${f.parent}" as its parent, but no sub-process step on "${f.parent}" drills into it`,
  'remote-image': (f) =>
    `the image ${JSON.stringify(f.url)} is on another site; the site makes no request off the reader's machine, ` +
    'so it shows it as a link instead. Save the image in the model folder and give its relative path',
  'missing-reference-file': (f) =>
    f.outside
      ? `${JSON.stringify(f.href)} is outside the model folder, so the site cannot include it; copy the file into the model folder`
      : `there is no file ${JSON.stringify(f.path)} in the model folder; add it, or correct the path`,
  'cost-split-total': (f) => `the cost split of "${f.collaboration}" adds up to ${f.total}%, not 100%`,
  'date-order': (f) => `business area "${f.area}" is due (${f.due}) before it starts (${f.start})`,
  'unknown-role': unknownName,
  'unknown-objective': unknownName,
  'unknown-module': unknownName,
  'unreachable-module': (f) => `module "${f.module}" of scenario "${f.scenario}" cannot be reached from its first module; lead to it with \`next\` or a choice`,
  'scenario-no-end': (f) => `from module "${f.module}" of scenario "${f.scenario}" the exercise can never end; break the loop, or mark a module \`end: true\``,
  'unassessed-objective': (f) => `no question or inject of scenario "${f.scenario}" assesses objective "${f.objective}"; name it in their \`objectives\``,
  'inject-outside-module': (f) => `inject "${f.inject}" is planned at minute ${f.time}, outside module "${f.module}" (minutes ${f.start} to ${f.end})`,
  'scenario-placeholder': (f) => `${f.at} is still a placeholder; write the real text`,
  'accountability-gap': (f) => `under profile "${f.profile}" nobody is accountable for ${f.code} or the entries beneath it; assign it, or an entry above it`,
  'accountability-overlap': (f) =>
    `profile "${f.profile}" makes ${f.parties.map((p) => `"${p}"`).join(' and ')} all accountable for ${f.code}; ` +
    'one party answers for an entry: make the others responsible or consulted',
  'accountable-not-answerable': (f) =>
    `profile "${f.profile}" makes ${NOT_ANSWERABLE[f.type]} "${f.party}" the only party accountable for ${f.code}; ` +
    `${f.type === 'collaboration-unit' ? 'make it responsible, and each partner Chief Constable (or Commissioner) accountable' : 'make the Commissioner or Chief Constable accountable'}`,
  'accountable-without-responsible': (f) => `profile "${f.profile}" makes someone accountable for ${f.code} but nobody responsible for doing it`,
  'lead-not-member': (f) =>
    `business area "${f.area}" of "${f.collaboration}" is led by "${f.party}", which is neither a partner nor a unit of the collaboration`,
  'cost-share-not-partner': (f) => `the cost split of "${f.collaboration}" names "${f.party}", which is not one of its partners`,
  'change-target-missing': (f) => `change ${f.number} (${f.change}): ${unknownName(f)}`,
  'change-conflict': (f) =>
    `change ${f.number} (${f.change}) expects ${f.target} ${f.expected}, but ${f.found}; the model has changed since the change set was written: ` +
    'check the change against the model and update it',
  'change-set-breaks-model': (f) =>
    `change ${f.number} (${f.change}) leaves the model with an error it does not have now, in ${f.document}${f.path === '' ? '' : ` at ${f.path}`}: ` +
    `${f.problem}: ${f.detail}`,
  'change-invalid': (f) => `change ${f.number} (${f.change}) would leave ${f.target} not valid: ${f.detail}`,
  'lane-party-not-assigned': (f) =>
    `step "${f.step}" of map "${f.map}" is in the lane of "${f.party}", which no profile makes accountable, responsible or consulted for ${f.code}`,
};

/**
 * The message of a diagnostic, built from its code's fields; a near match for a mistyped name
 * (the `suggestion` field) is offered at its end.
 * @example
 * ```ts
 * diagnosticMessage('unknown-map', { kind: 'process map', name: 'engage-consul', suggestion: 'engage-consult' }); // ends by naming the near match
 * ```
 */
export function diagnosticMessage<C extends DiagnosticCode>(code: C, fields: DiagnosticFields[C]): string {
  const build = MESSAGES[code] as (fields: DiagnosticFields[C]) => string;
  const suggestion = suggestionOf(fields);
  return suggestion === undefined ? build(fields) : `${build(fields)} (did you mean "${suggestion}"?)`;
}

/** The near match a diagnostic's fields offer for a mistyped name, if any. */
export function suggestionOf(fields: object): string | undefined {
  const suggestion = (fields as { suggestion?: unknown }).suggestion;
  return typeof suggestion === 'string' ? suggestion : undefined;
}

function duplicateName(f: DiagnosticFields['duplicate-id']): string {
  if (f.builtIn === true) return `"${f.name}" is a built-in ${f.kind}; declare only new ones`;
  const first = f.first?.file === undefined ? '' : ` (first declared in ${f.first.file}${f.first.line === undefined ? '' : `:${f.first.line}`})`;
  const scope =
    f.map === undefined
      ? f.collaboration === undefined
        ? f.scenario === undefined
          ? ''
          : ` in scenario "${f.scenario}"`
        : ` in collaboration "${f.collaboration}"`
      : ` on map "${f.map}"`;
  return `duplicate ${f.kind} "${f.name}"${scope}${first}`;
}

function unknownName(
  f: UnknownNameFields & { readonly map?: string | undefined; readonly flow?: 'from' | 'to' | undefined; readonly scenario?: string | undefined },
): string {
  const where = `${f.map === undefined ? '' : ` on map "${f.map}"`}${f.flow === undefined ? '' : ` (a flow ${f.flow} nowhere)`}`;
  return `unknown ${f.kind}${where} "${f.name}"${f.scenario === undefined ? '' : ` in scenario "${f.scenario}"`}`;
}

function unknownField(f: Extract<DiagnosticFields['unknown-field'], { field: string }>): string {
  if (f.splitByComma === true) {
    return (
      `"${f.field}" is not a field${within(f.parent)}: text with a comma inside { } or [ ] must be quoted, ` +
      'or the comma ends the value and the rest reads as a field; write title: "Gold, silver and bronze"'
    );
  }
  const here = f.allowed.length === 0 ? '' : `; the fields here are ${f.allowed.join(', ')}`;
  const elsewhere = f.belongsTo === undefined ? '' : `; this has no ${f.field}: write it as ${f.belongsTo}`;
  return `unknown field "${f.field}"${within(f.parent)}${elsewhere}${here}`;
}

function within(parent: string): string {
  return parent ? ` in ${parent}` : '';
}

function listed(codes: ReadonlyArray<string>): string {
  if (codes.length > 3) return `${codes.slice(0, 3).join(', ')} and ${codes.length - 3} more`;
  return `${codes.slice(0, -1).join(', ')} and ${codes.at(-1) ?? ''}`;
}

const TYPE_NAMES: Partial<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'a mapping of fields',
  boolean: 'true or false',
};

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

function describeFound(found: FoundType, value: string | number | boolean | undefined): string {
  switch (found) {
    case 'empty':
      return 'empty';
    case 'list':
      return 'a list';
    case 'mapping':
      return 'a mapping of fields';
    case 'text':
      return `text ${JSON.stringify(value)}`;
    case 'number':
      return `the number ${String(value)}`;
    default:
      return String(value);
  }
}
