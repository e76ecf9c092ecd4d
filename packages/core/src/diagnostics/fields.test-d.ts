/*
 * Type tests, checked by `tsc` over this package (tests/typecheck.spec.ts): each
 * `@ts-expect-error` must meet an error, so a diagnostic that started accepting the wrong fields
 * for its code, or prose where fields are due, fails the build. Nothing here runs.
 */
import type { CheckContext, Site } from '../check/context.js';
import type { DiagnosticCode } from './codes.js';
import { diagnostic, type Diagnostic } from './diagnostic.js';
import type { DiagnosticFieldsByCode } from './fields.js';

/** True when two types are the same. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Every code has fields, and only codes do: a code added or removed without its fields makes this false. */
export const FIELDS_MATCH_CODES: Same<keyof DiagnosticFieldsByCode, DiagnosticCode> = true;

/** Never called: its body is checked by the compiler. */
export function diagnosticFieldTypeTests(ctx: CheckContext, site: Site, d: Diagnostic): void {
  const where = { file: 'map.yaml' };

  // The right fields are accepted.
  diagnostic('unknown-map', { kind: 'process map', name: 'engag', suggestion: 'engage' }, where);
  diagnostic('invalid-value', { at: 'steps[0].kind', value: 'activty', allowed: ['activity', 'end'] }, where);
  diagnostic('duplicate-id', { kind: 'party', name: 'pcc', first: { file: 'parties.yaml', line: 3 } }, where);
  diagnostic('not-a-document', {}, where);
  ctx.report('empty-map', { map: 'engage' }, site);
  ctx.expect('process map', 'engag', site, 'unknown-map');
  ctx.expectLocal(new Map(), { kind: 'step', map: 'engage', flow: 'from' }, 'analyse', site, 'unknown-step');

  // @ts-expect-error unknown-map names what is unknown: `name` is required
  diagnostic('unknown-map', { kind: 'process map' }, where);
  // @ts-expect-error unknown-map has no field `map`
  diagnostic('unknown-map', { kind: 'process map', name: 'engag', map: 'engage' }, where);
  // @ts-expect-error the allowed values are a list, not text
  diagnostic('invalid-value', { at: 'steps[0].kind', value: 'activty', allowed: 'activity, end' }, where);
  // @ts-expect-error a duplicate names the first declaration, and suggests nothing
  diagnostic('duplicate-id', { kind: 'party', name: 'pcc', suggestion: 'pcc' }, where);
  // @ts-expect-error not-a-document carries no fields
  diagnostic('not-a-document', { detail: 'a list' }, where);
  // @ts-expect-error a line is a number
  diagnostic('duplicate-id', { kind: 'party', name: 'pcc', first: { file: 'parties.yaml', line: '3' } }, where);
  // @ts-expect-error there is no such code
  diagnostic('unknown-thing', { kind: 'thing', name: 'x' }, where);
  // @ts-expect-error empty-map names its map, not a step
  ctx.report('empty-map', { step: 'engage' }, site);
  // @ts-expect-error prose is not accepted: every code's checks give fields
  ctx.report('empty-map', 'map "engage" has no steps', site);
  // @ts-expect-error not even for a code whose message is fixed
  ctx.report('duplicate-value-chain', 'a second value chain', site);
  // @ts-expect-error expect reports only the codes of unknown names
  ctx.expect('process map', 'engag', site, 'empty-map');
  // @ts-expect-error nor a code whose fields merely happen to be all optional
  ctx.expect('process map', 'engag', site, 'duplicate-key');
  // @ts-expect-error a flow has two ends, `from` and `to`
  ctx.expectLocal(new Map(), { kind: 'step', map: 'engage', flow: 'into' }, 'analyse', site, 'unknown-step');

  // Checking the code narrows the fields.
  if (d.code === 'unknown-map') {
    const name: string = d.fields.name;
    void name;
  }
  if (d.code === 'empty-map') {
    // @ts-expect-error an empty map has no `name` field
    void d.fields.name;
  }
}
