import { formatDiagnostic, type Diagnostic } from '@opcc/core';
import { safeJson, safeText } from './safe-text.js';

/** How many warnings of one code are listed before the rest are counted instead. */
export const SHOWN_PER_CODE = 5;

/** Options of {@link diagnosticsText}. */
export interface DiagnosticsTextOptions {
  /** List every warning, not only the first few of each code. */
  readonly verbose?: boolean;
}

/**
 * Diagnostics as a compiler prints them, one per line, then a count. Every error is listed;
 * warnings of one code are listed up to {@link SHOWN_PER_CODE} times, the rest counted in a
 * line of their own, unless `verbose`.
 * @example
 * ```ts
 * console.log(diagnosticsText(loadModelSync('my-model').diagnostics, { verbose: true }));
 * ```
 */
export function diagnosticsText(diagnostics: readonly Diagnostic[], options: DiagnosticsTextOptions = {}): string {
  if (diagnostics.length === 0) return '';
  const shown = new Map<string, number>();
  const lines: string[] = [];
  for (const d of diagnostics) {
    const seen = shown.get(d.code) ?? 0;
    shown.set(d.code, seen + 1);
    // An error must be fixed wherever it is, so errors are never hidden behind a count.
    if (options.verbose === true || d.severity === 'error' || seen < SHOWN_PER_CODE) lines.push(safeText(formatDiagnostic(d)));
  }
  for (const [code, count] of shown) {
    const severity = diagnostics.find((d) => d.code === code)?.severity ?? 'warning';
    if (options.verbose !== true && severity !== 'error' && count > SHOWN_PER_CODE) {
      const more = count - SHOWN_PER_CODE;
      lines.push(`… and ${more} more ${code} ${more === 1 ? severity : `${severity}s`} (--verbose for all)`);
    }
  }
  const { errors, warnings } = counts(diagnostics);
  return `${lines.join('\n')}\n\n${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`;
}

/**
 * Diagnostics as JSON for tools: one object with the list and counts. Each diagnostic carries its
 * typed `fields` (the unknown name, the allowed values, the other place), so tools need not parse messages.
 * @example
 * ```ts
 * console.log(diagnosticsJson(loadModelSync('my-model').diagnostics));
 * ```
 */
export function diagnosticsJson(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings } = counts(diagnostics);
  return `${safeJson({ ok: errors === 0, errors, warnings, diagnostics })}\n`;
}

/** "1 error", "3 warnings", "2 entries". */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

function counts(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}
