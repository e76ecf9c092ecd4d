import type { Document } from 'yaml';
import type { SourcePosition } from '../diagnostics/diagnostic.js';
import { MODEL_SCALAR_TAGS, sameKey } from './yaml-tags.js';
import { yamlModule } from './yaml-module.js';

/** A text read by the `yaml` parser: its documents, and the line and column of an offset. */
export interface PositionedYaml {
  readonly docs: Document[];
  readonly position: (offset: number) => SourcePosition;
}

/**
 * Reads a text with the `yaml` parser, which keeps the source range of every node and reports
 * every syntax error. Its scalars are read by the rule js-yaml uses ({@link MODEL_SCALAR_TAGS}) on
 * the failsafe schema, whatever `%YAML` version a document declares, and tags the rule does not
 * know (`!!timestamp`, `!!binary`) are not resolved, so a document reads the same through either reader.
 */
export function parseWithPositions(text: string): PositionedYaml {
  const { LineCounter, parseAllDocuments } = yamlModule();
  const lineCounter = new LineCounter();
  // logLevel 'error': the parser would print warnings (a list or mapping used as a key) to the
  // console of whoever runs the check; the schema check reports such keys as unknown fields.
  const parsed = parseAllDocuments(text, {
    lineCounter,
    schema: 'failsafe',
    customTags: MODEL_SCALAR_TAGS,
    resolveKnownTags: false,
    merge: false,
    uniqueKeys: sameKey,
    prettyErrors: false,
    logLevel: 'error',
  });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return { docs: Array.isArray(parsed) ? parsed : [], position };
}

/** The value of one document; throws when an alias has no anchor or aliases repeat a value too often. */
export function documentValue(doc: Document): unknown {
  return doc.toJS({ maxAliasCount: 1000 });
}
