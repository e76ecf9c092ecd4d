/**
 * Characters that can change what a terminal shows or does: C0 and C1 controls (ESC starts
 * terminal escape sequences), DEL, and the bidirectional controls and marks that reorder text.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same, with line breaks allowed, for text the command composes over several lines. */
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Model text (or a path) made safe to print on one line: every control and bidi character is
 * shown as a visible escape such as `\u001b`, so a model cannot move the cursor, recolour the
 * terminal, forge lines or reverse the text after it. Every printer of the command uses it.
 * @example
 * ```ts
 * safeText('Map\u001b[2J'); // 'Map\\u001b[2J': the escape is shown, not obeyed
 * ```
 */
export function safeText(text: string): string {
  return text.replace(UNSAFE, visible);
}

/**
 * {@link safeText} for text of several lines: line breaks are kept, everything else is escaped.
 * @example
 * ```ts
 * safeLines('first line\nsecond\u202eline'); // the line break kept, the bidi override shown as \\u202e
 * ```
 */
export function safeLines(text: string): string {
  return text.replace(UNSAFE_BUT_NEWLINE, visible);
}

/**
 * A value as indented JSON that stays inert on a terminal: JSON escapes C0 controls itself;
 * DEL, C1 and bidi characters become `\uXXXX` escapes, which parse back to the same value.
 * @example
 * ```ts
 * console.log(safeJson({ title: 'Plan\u202e' })); // the override printed as \\u202e
 * ```
 */
export function safeJson(value: unknown): string {
  return safeLines(JSON.stringify(value, null, 2));
}
