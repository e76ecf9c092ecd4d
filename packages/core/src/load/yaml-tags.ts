import type { ParsedNode, ScalarTag } from 'yaml';
import { NULL_KEY, NULL_PATTERN, PLAIN_SCALAR_RULES } from './scalar-rule.js';
import { yamlModule } from './yaml-module.js';

// Values are never written through this schema, but a list or mapping used as a key is turned into
// text for its field name, which needs the tag of each value in it. Numbers kept as text are strings.
const IDENTIFY: Partial<Record<string, (value: unknown) => boolean>> = {
  'tag:yaml.org,2002:null': (value) => value === null,
  'tag:yaml.org,2002:bool': (value) => typeof value === 'boolean',
  'tag:yaml.org,2002:int': (value) => Number.isInteger(value),
  'tag:yaml.org,2002:float': (value) => typeof value === 'number',
};

/**
 * The scalar tags of the position-keeping `yaml` parser, built from {@link PLAIN_SCALAR_RULES} so it
 * reads every plain scalar as js-yaml does; meant for the failsafe schema, which adds only maps,
 * lists and text. A key spelled as null comes first: js-yaml makes it the field `null`, not the empty field
 * (so an alias of an anchored null key, `&k ~: *k`, is the text "null" here; js-yaml gives null).
 */
export const MODEL_SCALAR_TAGS: ScalarTag[] = [
  { tag: 'tag:opcc.local,2026:null-key', default: 'key', test: NULL_PATTERN, resolve: () => NULL_KEY, identify: () => false },
  ...PLAIN_SCALAR_RULES.map((rule) => ({
    tag: rule.tag,
    default: true,
    test: rule.test,
    resolve: rule.construct,
    identify: IDENTIFY[rule.tag] ?? (() => false),
  })),
];

/**
 * Whether two keys of one mapping are the same field. js-yaml compares keys as text, so `1` and `1.`
 * (both the field "1") clash there; the `yaml` parser would compare the values 1 and "1" as different.
 */
export function sameKey(a: ParsedNode, b: ParsedNode): boolean {
  const { isScalar } = yamlModule();
  return a === b || (isScalar(a) && isScalar(b) && String(a.value) === String(b.value));
}
