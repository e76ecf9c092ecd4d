import type { SourcePosition } from '../diagnostics/diagnostic.js';

/** A model file's text with its path relative to the model folder. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** Where a document came from, and how to turn a path inside it into a line and column. */
export interface DocumentOrigin {
  /** Relative path of the file; undefined for documents made in code. */
  readonly file?: string;
  /** The position of the value at `path` (or of its key), or of the nearest enclosing node found. */
  locate(path: ReadonlyArray<string | number>, target?: 'key' | 'value'): SourcePosition | undefined;
}

/** One document read from a file, not yet checked against its schema. */
export interface SourceDocument {
  readonly origin: DocumentOrigin;
  readonly value: unknown;
  /**
   * True when the value is known to nest no deeper than the loader allows (read by a parser that
   * stops at that depth, from text with no aliases), so it need not be walked to find out.
   */
  readonly shallow?: boolean;
}

/** The origin of a document made in code: it has no file and no positions. */
export const CODE_ORIGIN: DocumentOrigin = { locate: () => undefined };
