import { escapeXml } from './escape.js';
import { formatNumber } from './format-number.js';

declare const markupBrand: unique symbol;
/**
 * SVG markup built by this package. Plain strings (such as text from a model) are not
 * markup: they reach the output only through `text()` or as attribute values of
 * `element()`, which escape them.
 */
export type Markup = string & { readonly [markupBrand]: true };

/** An attribute value: text is escaped, numbers are rounded, undefined and false leave the attribute out. */
export type AttributeValue = string | number | boolean | undefined;

// Attribute and element names come from this package's code, never from a model; the pattern
// makes that a checked rule rather than a convention.
const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;
const checkedNames = new Set<string>();

function checkName(kind: 'element' | 'attribute', name: string): void {
  if (checkedNames.has(name)) return;
  if (!NAME.test(name)) throw new TypeError(`invalid ${kind} name ${JSON.stringify(name)}`);
  checkedNames.add(name);
}

/** Escaped text content. */
export function text(value: string): Markup {
  return escapeXml(value) as Markup;
}

/** Joins markup fragments. */
export function fragment(parts: ReadonlyArray<Markup | undefined | false>): Markup {
  let out = '';
  for (const part of parts) if (typeof part === 'string') out += part;
  return out as Markup;
}

/** An element with escaped attribute values, in the order given, and the given children. */
export function element(name: string, attributes: Readonly<Record<string, AttributeValue>>, children?: ReadonlyArray<Markup | undefined | false>): Markup {
  checkName('element', name);
  let out = `<${name}`;
  for (const key in attributes) {
    checkName('attribute', key);
    const value = attributes[key];
    if (value === undefined || value === false) continue;
    const shown = value === true ? key : typeof value === 'number' ? formatNumber(value) : escapeXml(value);
    out += ` ${key}="${shown}"`;
  }
  const inner = children === undefined ? '' : fragment(children);
  return (inner === '' ? `${out}/>` : `${out}>${inner}</${name}>`) as Markup;
}
