import type { FieldSpec } from './human-task';

/**
 * Free text (notes, reasons, a case note, the young person's own words) is kept in PostgreSQL
 * (`process_texts`); a workflow holds only this reference in its place, so the words never enter
 * a Temporal history. The API and the activities that write letters resolve it back to the words,
 * for the same process only.
 */
export const textRef = (id: string): string => `{{text:${id}}}`;

/** Every reference in a string (global: use with matchAll / replace). */
export const TEXT_REF_PATTERN = /\{\{text:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}\}/g;

/** Text worth moving out: a string with something in it (a blank one stays, so the rules refuse it). */
export const holdsWords = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The keys of an event's data that hold people's words, by event kind. Every other key is a fact
 * a rule reads (a date, an amount, an id) and reaches the workflow as sent.
 */
export const EVENT_FREE_TEXT: Readonly<Record<string, readonly string[]>> = {
  'case-note': ['text'],
  'consent-withdrawn': ['reason'],
  'court-hearing-listed': ['court', 'notes'],
  'change-of-circumstances': ['description', 'details'],
  'child-moved': ['reason', 'details'],
  'representations-received': ['summary', 'details'],
};

/**
 * Whether a task field holds words rather than facts: text, and lists of text with no fixed
 * vocabulary (who came to a conference, plan actions "action: owner"). A text field naming an id
 * (`providerId`) is a fact a rule checks, and reaches the workflow as sent.
 */
export const isFreeTextField = (field: FieldSpec): boolean =>
  (field.type === 'text' && !/Id$/.test(field.name)) ||
  (field.type === 'list' && !field.allowedValues && !field.mustInclude);

// C0 controls but tab, LF and CR; DEL; C1 controls. The API refuses them first (and keeps \t \n \r
// only in free text); a workflow's validators refuse them again, so nothing poisons the projection.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path of the first string (key or value) in `value` holding a control character or a lone surrogate. */
export function controlCharacterPath(value: unknown, path = 'argument', depth = 0): string | undefined {
  if (typeof value === 'string') return CONTROL.test(value) || LONE_SURROGATE.test(value) ? path : undefined;
  if (!value || typeof value !== 'object' || depth > 32) return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (CONTROL.test(key) || LONE_SURROGATE.test(key)) return `${path} (a key)`;
    const found = controlCharacterPath(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}
