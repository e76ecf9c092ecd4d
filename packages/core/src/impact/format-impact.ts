import type { ImpactReport, ImpactSummary } from './impact-report.js';
import { IMPACT_SUMMARY_LABELS, impactSections, type ImpactQuote } from './impact-sections.js';

/** The ways {@link formatImpact} can print a report. */
export const IMPACT_FORMATS = ['text', 'json', 'markdown'] as const;
/** One of the ways {@link formatImpact} can print a report. */
export type ImpactFormat = (typeof IMPACT_FORMATS)[number];

/** Model text on one line: a title with a line break in it cannot break the layout. */
const oneLine: ImpactQuote = (text) => text.replace(/\s+/g, ' ').trim();
/** Model text that Markdown shows as written, never as markup or a link. */
const markdownText: ImpactQuote = (text) => oneLine(text).replace(/[\\`*_[\]<>|~#!]/g, (c) => `\\${c}`);

function asText(report: ImpactReport, title: string): string {
  const body = impactSections(report, oneLine).map((section) =>
    [section.heading, ...section.lines.flatMap((line) => [`  ${line.text}`, ...(line.details ?? []).map((d) => `      ${d}`)])].join('\n'),
  );
  return `${[oneLine(title), ...body].join('\n\n')}\n`;
}

function asMarkdown(report: ImpactReport, title: string): string {
  // The summary section is printed as a table of the counts instead.
  const rest = impactSections(report, markdownText).slice(1);
  const counts = Object.entries(IMPACT_SUMMARY_LABELS) as Array<[keyof ImpactSummary, string]>;
  const table = ['| Measure | Count |', '| --- | ---: |', ...counts.map(([key, label]) => `| ${label} | ${report.summary[key]} |`)];
  const body = rest.map((section) =>
    [`## ${section.heading}`, '', ...section.lines.flatMap((line) => [`- ${line.text}`, ...(line.details ?? []).map((d) => `  - ${d}`)])].join('\n'),
  );
  return `${[`# ${markdownText(title)}`, '## Summary', table.join('\n'), ...body].join('\n\n')}\n`;
}

/**
 * Prints an impact report: `text` groups it under plain headings for a terminal, `markdown`
 * writes headings, a summary table and lists, `json` the report itself. Every section with
 * nothing in it is left out; the summary is always there.
 * @example
 * ```ts
 * console.log(formatImpact(impact(before, after), 'markdown', 'Bring armed policing into the alliance'));
 * ```
 */
export function formatImpact(report: ImpactReport, format: ImpactFormat, title = 'Impact of the change'): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  return format === 'markdown' ? asMarkdown(report, title) : asText(report, title);
}
