import { z } from 'zod';
import { unsafeScheme } from './link-safety.js';
import { markdownLinks } from './markdown-links.js';

/**
 * Patterns shared by the schemas and by the diagnostics that explain them. The diagnostic
 * mapper recognises a failed pattern by its source text, so each pattern lives here once.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Dotted hierarchical glossary code without leading zeros: `1`, `1.1`, `1.1.2.8`. */
export const GLOSSARY_CODE_PATTERN = /^(?:0|[1-9]\d*)(?:\.(?:0|[1-9]\d*))*$/;
/**
 * A link is http(s), mailto, or a relative path. The relative branch refuses anything a
 * browser could read as a scheme: a colon before the first `/`, `?` or `#`, a leading `//`
 * or backslash, and tabs or line breaks, which browsers strip before parsing.
 */
export const LINK_PATTERN = /^(?:https?:\/\/[^\s]+|mailto:[^\s]+|(?![\\/]{2})(?![\s])[^:/?#\t\n\r\\]*(?:[/?#][^\t\n\r]*)?)$/i;
export const NUMBER_TEXT_PATTERN = /^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i;

/** A stable id: lower-case words joined by hyphens, safe as a file name on any drive. */
export const Id = z.string().regex(ID_PATTERN).meta({
  id: 'Id',
  description: 'Lower-case letters and digits in words joined by hyphens, e.g. conduct-stakeholder-analysis.',
});

/**
 * Glossary codes come as text. Whole numbers are accepted (YAML reads `1` as a number); the
 * loader reads dotted codes such as `1.10` as text so they are never rounded to `1.1`.
 */
export const GlossaryCodeText = z
  .union([z.string().regex(GLOSSARY_CODE_PATTERN), z.number().int().nonnegative()])
  .transform((value) => String(value))
  .meta({ id: 'GlossaryCode', description: 'A dotted Police Activities Glossary code, e.g. 1.1.2.8.' });

export const Title = z.string().trim().min(1).meta({ description: 'A short, human-readable title.' });

const LINK_RULE = 'links must start with http://, https:// or mailto:, or be a path relative to the model folder';

/** The issue for a link whose scheme, once decoded as a browser decodes it, is not allowed; reported as `unsafe-link`. */
function unsafeLinkIssue(link: string): { code: 'custom'; message: string; input: string; params: { code: 'unsafe-link' } } | undefined {
  const scheme = unsafeScheme(link);
  if (scheme === undefined) return undefined;
  const message = `links to ${JSON.stringify(link)}, which a browser reads as a "${scheme}:" address; ${LINK_RULE}`;
  return { code: 'custom', message, input: link, params: { code: 'unsafe-link' } };
}

/**
 * The check that marks a schema as Markdown text: it refuses a link or image whose address
 * has a scheme other than http, https or mailto, however it is hidden.
 */
export const MARKDOWN_LINKS = z.superRefine<string>((text, ctx) => {
  for (const { destination } of markdownLinks(text)) {
    const issue = unsafeLinkIssue(destination);
    if (issue !== undefined) ctx.addIssue(issue);
  }
});

/** Markdown text. It is rendered with raw HTML disabled, so it can never carry markup into a page. */
export const Markdown = z.string().check(MARKDOWN_LINKS).meta({ description: 'Markdown text.' });

export const Link = z
  .string()
  .regex(LINK_PATTERN)
  // The pattern cannot decode character references; a link it refused is reported once, by it.
  .check(
    z.superRefine<string>((link, ctx) => {
      const issue = LINK_PATTERN.test(link) ? unsafeLinkIssue(link) : undefined;
      if (issue !== undefined) ctx.addIssue(issue);
    }),
  )
  .meta({
    id: 'Link',
    description: 'An http, https or mailto address, or a path relative to the model folder.',
  });

/** Numbers may arrive as text because the loader keeps dotted numbers such as `1.5` as text. */
export const Num = z.union([z.number(), z.string().regex(NUMBER_TEXT_PATTERN).transform(Number)]).pipe(z.number().finite());

export const IsoDate = z.iso.date().meta({ description: 'A date as YYYY-MM-DD.' });

export const idList = <T extends z.ZodType>(item: T) => z.array(item).default([]);
