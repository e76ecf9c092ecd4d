import { relative, sep } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The spec files that take minutes: they drive Chromium, build and pack the packages, or run the compiler or typedoc
 * over every package. The rest take seconds.
 */
const SLOW = [/^tests\/browser\//, /^tests\/(packed-consumer|package-builds|api-docs|typecheck)\.spec\.ts$/];

/**
 * Orders the spec files for the two workers to end together. With the timings of an earlier run vitest starts the
 * longest files first; without them (a fresh checkout, as in CI) it starts the largest, which leaves a short file
 * of minutes, such as the compiler's, to run last on one worker while the other idles. Then the slow kinds go first.
 */
export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const path = (file: TestSpecification) => relative(this.ctx.config.root, file.moduleId);
    // The key vitest keeps a file's timings under.
    const timed = (file: TestSpecification) => this.ctx.cache.getFileTestResults(`${file.project.name}:${path(file)}`) !== undefined;
    if (ordered.every(timed)) return ordered;
    const slow = (file: TestSpecification) => (SLOW.some((pattern) => pattern.test(path(file).split(sep).join('/'))) ? 0 : 1);
    // Array#sort is stable: within each kind, vitest's own order stands.
    return ordered.sort((a, b) => slow(a) - slow(b));
  }
}
