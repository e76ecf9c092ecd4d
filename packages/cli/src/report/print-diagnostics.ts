import { formatDiagnostic, type Diagnostic } from '@opcc/core';

/** Diagnostics as a compiler prints them, one per line, then a count. */
export function diagnosticsText(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return '';
  const { errors, warnings } = counts(diagnostics);
  return `${diagnostics.map(formatDiagnostic).join('\n')}\n\n${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`;
}

/** Diagnostics as JSON for tools: one object with the list and counts. */
export function diagnosticsJson(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings } = counts(diagnostics);
  return `${JSON.stringify({ ok: errors === 0, errors, warnings, diagnostics }, null, 2)}\n`;
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
