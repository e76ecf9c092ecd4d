import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from './source.js';

/**
 * The warnings a model may waive: rules of accountability that good practice sets but that a
 * model can have a reason to break. Errors can never be waived.
 */
export const WAIVABLE_CODES: ReadonlySet<string> = new Set([
  'accountability-gap',
  'accountability-overlap',
  'accountable-not-answerable',
  'accountable-without-responsible',
  'lead-not-member',
  'cost-share-not-partner',
  'lane-party-not-assigned',
]);

/** `# opcc-waive code: reason`; the reason is required, so every waiver says why. */
const WAIVER = /#\s*opcc-waive\s+([a-z-]+)\s*:\s*\S/u;

/**
 * Drops the waivable warnings that a `# opcc-waive <code>: <reason>` comment covers: one on the
 * warning's own line, or on the comment lines just above it.
 */
export function applyWaivers(diagnostics: ReadonlyArray<Diagnostic>, files: ReadonlyArray<SourceFile>): Diagnostic[] {
  const lines = new Map<string, string[]>();
  const linesOf = (file: string): string[] | undefined => {
    if (!lines.has(file)) {
      const text = files.find((f) => f.path === file)?.text;
      if (text === undefined) return undefined;
      lines.set(file, text.split(/\r?\n/u));
    }
    return lines.get(file);
  };
  return diagnostics.filter((d) => {
    if (!WAIVABLE_CODES.has(d.code) || d.file === undefined || d.line === undefined) return true;
    const text = linesOf(d.file);
    return text === undefined || !waived(text, d.line - 1, d.code);
  });
}

function waived(lines: ReadonlyArray<string>, index: number, code: string): boolean {
  if (WAIVER.exec(lines[index] ?? '')?.[1] === code) return true;
  for (let i = index - 1; i >= 0 && /^\s*#/u.test(lines[i] ?? ''); i--) if (WAIVER.exec(lines[i] ?? '')?.[1] === code) return true;
  return false;
}
