import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastLoadAll } from './fast-yaml.js';
import { parseYamlFile } from './parse-yaml.js';
import { documentValue, parseWithPositions } from './positioned-yaml.js';

/** The values of every document as the `yaml` parser reads them, or undefined when it finds an error (as js-yaml gives). */
function positionedLoadAll(text: string): unknown[] | undefined {
  const { docs } = parseWithPositions(text);
  if (docs.some((doc) => doc.errors.length > 0)) return undefined;
  return docs.map(documentValue);
}

/** What each suspect spelling reads as, unquoted, in either reader. */
const SUSPECTS: ReadonlyArray<readonly [string, unknown]> = [
  ['0b101', '0b101'],
  ['-0x10', '-0x10'],
  ['0x10', '0x10'],
  ['-.5', -0.5],
  ['+.5', 0.5],
  ['-.5e3', -500],
  ['.5', 0.5],
  ['0o17', '0o17'],
  ['017', '017'],
  ['+1', '+1'],
  ['-1', -1],
  ['1_000', '1_000'],
  ['.inf', Infinity],
  ['-.inf', -Infinity],
  ['.nan', NaN],
  ['~', null],
  ['null', null],
  ['', null],
  ['yes', 'yes'],
  ['no', 'no'],
  ['on', 'on'],
  ['True', true],
  ['FALSE', false],
  ['2023-07-03', '2023-07-03'],
  ['2023-07-03T10:00:00Z', '2023-07-03T10:00:00Z'],
  ['1.0', '1.0'],
  ['2.1', '2.1'],
  ['1.10', '1.10'],
  ['1.1.2.8', '1.1.2.8'],
  ['1e3', '1e3'],
  ['1.5e3', '1.5e3'],
  ['-1.5e3', -1500],
  ['1.', 1],
  ['7', 7],
  ['12:30', '12:30'],
  ['<<', '<<'],
];

describe('the plain scalar rule', () => {
  it.each(SUSPECTS)('reads %j the same in both readers', (spelling, expected) => {
    const text = `v: ${spelling}\n`;
    expect(fastLoadAll(text)).toEqual([{ v: expected }]);
    expect(positionedLoadAll(text)).toEqual([{ v: expected }]);
  });

  it('keeps glossary codes and versions as text in both readers', () => {
    const text = 'version: 1.0\ncodes: [1.10, 2.1, 1.1.2, 7]\n';
    const expected = [{ version: '1.0', codes: ['1.10', '2.1', '1.1.2', 7] }];
    expect(fastLoadAll(text)).toEqual(expected);
    expect(positionedLoadAll(text)).toEqual(expected);
  });

  it('does not switch to YAML 1.1 when a document declares %YAML 1.1', () => {
    const text = '%YAML 1.1\n---\nanswer: yes\nmask: 0b101\nwhen: 2023-07-03\nsize: 1_000\n';
    const expected = [{ answer: 'yes', mask: '0b101', when: '2023-07-03', size: '1_000' }];
    expect(fastLoadAll(text)).toEqual(expected);
    expect(positionedLoadAll(text)).toEqual(expected);
  });

  it('reads a key spelled as null as the field "null", and clashes keys that are the same text', () => {
    expect(positionedLoadAll('~: a\nx: b\n')).toEqual([{ null: 'a', x: 'b' }]);
    expect(fastLoadAll('~: a\nx: b\n')).toEqual([{ null: 'a', x: 'b' }]);
    for (const text of ['1: a\n1.: b\n', 'null: a\n"null": b\n', '.nan: a\n.NaN: b\n']) {
      expect(fastLoadAll(text)).toBeUndefined();
      expect(positionedLoadAll(text)).toBeUndefined();
    }
  });

  it('gives explicit tags of the rule the same meaning in both readers', () => {
    const text = 'a: !!str 1.0\nb: !!float 1\nc: !!int 5\nd: !!bool true\ne: !!null\n';
    const expected = [{ a: '1.0', b: 1, c: 5, d: true, e: null }];
    expect(fastLoadAll(text)).toEqual(expected);
    expect(positionedLoadAll(text)).toEqual(expected);
  });

  it('leaves tags outside the rule unresolved: js-yaml refuses the file, and the other reader keeps the text', () => {
    const text = 'when: !!timestamp 2023-07-03\ndata: !!binary aGk=\n';
    expect(fastLoadAll(text)).toBeUndefined();
    expect(parseWithPositions(text).docs.map(documentValue)).toEqual([{ when: '2023-07-03', data: 'aGk=' }]);
  });
});

// Spellings that YAML 1.1, YAML 1.2 and the two readers' defaults disagree on. A lone `-` is left out: it starts a
// list rather than being a scalar, and js-yaml nests `- -` followed by `- x` one level off (a layout matter, not a scalar one).
const trickySpelling = fc.constantFrom(
  ...SUSPECTS.map(([spelling]) => spelling).filter((s) => s !== ''),
  ...['0', '-0', '00', '0.0', '-0.0', '+0', '0x1F', '0xG', '0o8', '0b', '1__0', '1e', 'e3', '1e+3', '1E-3', '1.e3', '.5e3', '+1.5', '-2.1'],
  ...['+2.1', '.1.2', '.Inf', '+.inf', '.NaN', 'Null', 'NULL', 'TRUE', 'tRue', 'Yes', 'Off', 'y', 'n', 'NaN', 'inf', 'Infinity'],
  ...['2023-7-3', '2023-07-03 10:00', '1:30:00', '9007199254740993', '123456789012345678901234567890', '=', '.'],
);
const word = fc.stringMatching(/^[a-z][a-z0-9_.+-]{0,8}$/);
const numberSpelling = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: true }).map(String),
  fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30)).map(([a, b, c]) => `${a}.${b}.${c}`),
);
const plain = fc.oneof({ weight: 3, arbitrary: trickySpelling }, { weight: 1, arbitrary: word }, { weight: 1, arbitrary: numberSpelling });
/** A scalar as written in a file: mostly plain, sometimes quoted (always text then). */
const scalarText = fc.oneof(
  { weight: 4, arbitrary: plain },
  { weight: 1, arbitrary: plain.map((s) => JSON.stringify(s)) },
  { weight: 1, arbitrary: plain.map((s) => `'${s.replaceAll("'", "''")}'`) },
);
const keyText = fc.oneof({ weight: 3, arbitrary: fc.stringMatching(/^[a-z][a-z-]{0,6}$/) }, { weight: 1, arbitrary: scalarText });

type Tree = { scalar: string } | { list: Tree[] } | { map: Array<[string, Tree]> };
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarText.map((scalar) => ({ scalar })),
    fc.array(tie('tree'), { maxLength: 4 }).map((list) => ({ list })),
    fc.array(fc.tuple(keyText, tie('tree')), { maxLength: 4 }).map((map) => ({ map })),
  ),
}));

/** YAML text for a tree: block style, or flow style where `flow` is true. */
function render(node: Tree, indent: string, flow: boolean): string {
  if ('scalar' in node) return node.scalar;
  if (flow || ('list' in node ? node.list.length : node.map.length) === 0) {
    if ('list' in node) return `[${node.list.map((item) => render(item, '', true)).join(', ')}]`;
    return `{${node.map.map(([key, value]) => `${key}: ${render(value, '', true)}`).join(', ')}}`;
  }
  const inner = `${indent}  `;
  if ('list' in node) return node.list.map((item) => `\n${indent}- ${render(item, inner, false).replace(/^\n\s*/, '')}`).join('');
  return node.map.map(([key, value]) => `\n${indent}${key}: ${render(value, inner, false)}`).join('');
}

const document = fc.tuple(fc.array(fc.tuple(keyText, tree), { minLength: 1, maxLength: 5 }), fc.boolean()).map(([map, flow]) => {
  const text = render({ map }, '', flow);
  return `${text.replace(/^\n/, '')}\n`;
});

describe('both readers', () => {
  it('read generated documents of tricky scalars to deep-equal values', () => {
    fc.assert(
      fc.property(fc.array(document, { minLength: 1, maxLength: 3 }), (docs) => {
        const text = docs.join('---\n');
        expect(positionedLoadAll(text)).toEqual(fastLoadAll(text));
      }),
      { seed: 20260703, numRuns: 400 },
    );
  });

  it('read a document the same whether or not another document of its file has a syntax error', () => {
    const broken = 'kind: [unclosed\n';
    fc.assert(
      fc.property(document, fc.boolean(), (text, brokenFirst) => {
        const alone = parseYamlFile({ path: 'a.yaml', text });
        const withBroken = parseYamlFile({ path: 'a.yaml', text: brokenFirst ? `${broken}---\n${text}` : `${text}---\n${broken}` });
        expect(withBroken.diagnostics.map((d) => d.code)).toContain('yaml-syntax');
        // A document the readers reject alone (a duplicate key) is rejected beside a broken one too.
        expect(withBroken.documents.map((d) => d.value)).toEqual(alone.documents.map((d) => d.value));
      }),
      { seed: 20260704, numRuns: 300 },
    );
  });

  it('read the suspects the same beside a document with a syntax error', () => {
    const text = SUSPECTS.map(([spelling], i) => `v${i}: ${spelling}`).join('\n');
    const expected = Object.fromEntries(SUSPECTS.map(([, value], i) => [`v${i}`, value]));
    const alone = parseYamlFile({ path: 'a.yaml', text });
    const withBroken = parseYamlFile({ path: 'a.yaml', text: `${text}\n---\nkind: [unclosed\n` });
    expect(alone.documents.map((d) => d.value)).toEqual([expected]);
    expect(withBroken.documents.map((d) => d.value)).toEqual([expected]);
    expect(withBroken.diagnostics.map((d) => d.code)).toEqual(['yaml-syntax']);
  });
});
