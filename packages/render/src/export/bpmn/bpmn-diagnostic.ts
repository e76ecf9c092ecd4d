import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode, type SourcePosition } from '@opcc/core';

/** A diagnostic about a BPMN file, with the severity its code carries. */
export function bpmnDiagnostic(
  code: DiagnosticCode,
  message: string,
  file: string,
  position: SourcePosition | undefined,
  path: readonly (string | number)[] = [],
): Diagnostic {
  return {
    code,
    severity: DIAGNOSTIC_CODES[code].severity,
    message,
    file,
    ...(position === undefined ? {} : { line: position.line, column: position.column }),
    path,
  };
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
