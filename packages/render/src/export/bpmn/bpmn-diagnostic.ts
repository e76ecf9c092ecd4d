import { diagnostic, type Diagnostic, type SourcePosition } from '@opcc/core';

/** A diagnostic about a BPMN file, with the severity its code carries; the importer's prose is its `detail`. */
export function bpmnDiagnostic(
  code: 'bpmn-unreadable' | 'bpmn-unsupported',
  message: string,
  file: string,
  position: SourcePosition | undefined,
  path: readonly (string | number)[] = [],
): Diagnostic {
  return diagnostic(code, { detail: message }, { file, position, path });
}

/** The position bpmn-moddle's parser writes into its messages (`line: 3 column: 5`, counted from 0). */
export function positionInMessage(message: string): SourcePosition | undefined {
  const match = /line:\s*(\d+)\s+column:\s*(\d+)/.exec(message);
  return match === null ? undefined : { line: Number(match[1]) + 1, column: Number(match[2]) + 1 };
}

/** The first line of a parser message, without the position details that follow it. */
export function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}
