import { MARKDOWN_LINKS } from './primitives.js';
import { unwrapSchema, type AnySchema } from './unwrap-schema.js';

type Path = ReadonlyArray<string | number>;

/** One Markdown field of a document: where it is and its text. */
export interface MarkdownField {
  readonly path: Path;
  readonly text: string;
}

/**
 * Every Markdown field in a validated document, found by walking its schema beside it: a field
 * is Markdown when its schema carries the {@link MARKDOWN_LINKS} check, so a new Markdown field
 * in any schema is found without being listed here.
 */
export function markdownFields(schema: AnySchema, value: unknown): MarkdownField[] {
  const found: MarkdownField[] = [];
  const walk = (node: AnySchema | undefined, here: unknown, path: Path): void => {
    const current = unwrapSchema(node, here, 'out');
    if (current === undefined || here === undefined || here === null) return;
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (def['type'] === 'string') {
      if (typeof here === 'string' && isMarkdown(def)) found.push({ path, text: here });
    } else if (def['type'] === 'object' && typeof here === 'object' && !Array.isArray(here)) {
      for (const [key, inner] of Object.entries(def['shape'] as Record<string, AnySchema>)) walk(inner, (here as Record<string, unknown>)[key], [...path, key]);
    } else if (def['type'] === 'array' && Array.isArray(here)) {
      here.forEach((item, i) => walk(def['element'] as AnySchema, item, [...path, i]));
    }
  };
  walk(schema, value, []);
  return found;
}

function isMarkdown(def: Record<string, unknown>): boolean {
  const checks = def['checks'];
  return Array.isArray(checks) && checks.includes(MARKDOWN_LINKS);
}
