/**
 * How a plain (unquoted, untagged) scalar of a model file is read: the one rule both YAML readers
 * are built from (js-yaml in fast-yaml.ts, the position-keeping `yaml` parser in yaml-tags.ts), so
 * a value never depends on which reader saw it.
 *
 * It is YAML 1.2's core schema, with one change: numbers that a number would silently rewrite stay
 * text. `1.10` would become 1.1 and turn glossary code 1.10 into 1.1, `version: 1.0` would become 1,
 * and `010`, `0x10`, `0o17`, `+2`, `1.5e3` would lose their spelling; fields that want a number accept
 * plain numeric text (see `Num`). Nothing from YAML 1.1 is read: `yes`/`no`/`on`/`off`, `0b101`,
 * `1_000`, `-0x10` and dates such as `2023-07-03` are text.
 *
 * Each rule is tried in order and the first whose pattern matches the whole scalar decides; a scalar
 * no rule matches is text.
 */
export interface PlainScalarRule {
  /** The YAML tag the scalar resolves to. Each tag has one rule, so an explicit tag (`!!float 1`) means the same in both readers. */
  readonly tag: string;
  /** Matches the whole source text of a plain scalar this rule reads. */
  readonly test: RegExp;
  /** The value of a scalar the pattern matched. */
  readonly construct: (source: string) => unknown;
}

// The tag of numbers kept as text: a tag of this project, so no YAML type claims it.
const NUMBER_AS_TEXT_TAG = 'tag:opcc.local,2026:dotted-digits';

/** The spellings of null, the empty scalar among them. */
export const NULL_PATTERN = /^(?:~|null|Null|NULL|)$/;

/** The rules, in the order they are tried. */
export const PLAIN_SCALAR_RULES: readonly PlainScalarRule[] = [
  {
    tag: NUMBER_AS_TEXT_TAG,
    test: /^(?:\d+(?:\.\d+)+|0\d+|0x[0-9a-f]+|0o[0-7]+|\+\d+|\d+(?:\.\d+)?e[-+]?\d+)$/i,
    construct: (source) => source,
  },
  { tag: 'tag:yaml.org,2002:null', test: NULL_PATTERN, construct: () => null },
  { tag: 'tag:yaml.org,2002:bool', test: /^(?:true|True|TRUE|false|False|FALSE)$/, construct: (source) => source.startsWith('t') || source.startsWith('T') },
  { tag: 'tag:yaml.org,2002:int', test: /^[-+]?[0-9]+$/, construct: Number },
  {
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
    construct: (source) => (/n$/i.test(source) ? NaN : /f$/i.test(source) ? (source.startsWith('-') ? -Infinity : Infinity) : Number(source)),
  },
];

/**
 * The text a mapping key spelled as null (`~`, `null`) stands for. js-yaml turns every key into text
 * with String(), so such a key is the field `null`; the `yaml` parser would make it the empty field.
 */
export const NULL_KEY = 'null';
