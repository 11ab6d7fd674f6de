/**
 * What the API accepts at its edge, whatever the route: limits every string, date and body obeys so
 * that anything accepted can be stored (PostgreSQL refuses NUL) and replayed (Temporal's history has
 * a size limit). The validation pipe, the JSON body parser and the DTO decorators all use these.
 */

/** Largest JSON body, in bytes (body-parser's syntax). */
export const JSON_BODY_LIMIT = '100kb';
/** Deepest nesting of arrays and objects a JSON body may have; checked on the raw bytes, before parsing. */
export const MAX_JSON_DEPTH = 16;

/**
 * Keys whose values are free text people write (notes, reasons): they may hold line breaks and tabs
 * (`\n`, `\r`, `\t`). Every other string holds no control character at all. NUL is refused everywhere.
 */
export const FREE_TEXT_KEYS = new Set(['notes', 'reason', 'howFound', 'contactDetails', 'recommendationReason']);

// C0 controls, DEL and C1 controls; free text keeps \t \n \r.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_IN_FREE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// A lone UTF-16 surrogate cannot be written as UTF-8.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasControlCharacters(text: string, freeText = false): boolean {
  return (freeText ? CONTROL_IN_FREE_TEXT : CONTROL).test(text) || LONE_SURROGATE.test(text);
}

/**
 * The first string (value or key) in `value` that could not be stored, as the field path that holds
 * it (`carers.0.firstName`), or undefined. Walks iteratively, so no depth makes it overflow the stack.
 * Everything under a free-text key, or under task and event `data`, counts as free text.
 */
export function findUnstorableString(value: unknown, root = '', rootIsFreeText = false): string | undefined {
  const stack: { value: unknown; path: string; freeText: boolean }[] = [
    { value, path: root, freeText: rootIsFreeText },
  ];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item.value === 'string') {
      if (hasControlCharacters(item.value, item.freeText)) return item.path || 'body';
    } else if (item.value && typeof item.value === 'object') {
      for (const [key, child] of Object.entries(item.value)) {
        const path = item.path ? `${item.path}.${key}` : key;
        if (hasControlCharacters(key)) return path;
        const freeText = item.freeText || FREE_TEXT_KEYS.has(key) || key === 'data';
        stack.push({ value: child, path, freeText });
      }
    }
  }
  return undefined;
}

/** How deep arrays and objects nest in raw JSON text, stopping once past `limit` (strings skipped). */
export function jsonNestingExceeds(text: string | Buffer, limit: number): boolean {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === 0x5c)
        i++; // backslash: skip the escaped byte
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) inString = true;
    else if (b === 0x5b || b === 0x7b) {
      if (++depth > limit) return true;
    } else if (b === 0x5d || b === 0x7d) depth--;
  }
  return false;
}

/** Years a date anywhere in the API may fall in. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** `2026-03-31`: a real calendar date (no 2025-02-30) in the years 1900 to 2100. */
export function isBoundedDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date, or a date-time whose date part is one (ISO 8601, `2026-03-31T10:00:00Z`). */
export function isBoundedDateOrDateTime(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  if (isBoundedDate(text)) return true;
  const match =
    /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/.exec(text);
  return !!match && isBoundedDate(match[1]);
}

/** SSDA903 CHILD and the API's `childRef`: letters, digits and `-`, 1 to 32 (nothing a spreadsheet evaluates). */
export const CHILD_REF = /^[A-Za-z0-9-]{1,32}$/;

/** Size caps on free `data` objects (task completion, process events): nothing can grow a history much. */
export const DATA_LIMITS = { maxBytes: 8_192, maxKeys: 50, maxDepth: 4, maxStringLength: 4_000 } as const;

/** Why `data` exceeds DATA_LIMITS, or undefined when it fits. */
export function dataLimitProblem(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return 'must be an object';
  const bytes = Buffer.byteLength(JSON.stringify(data));
  if (bytes > DATA_LIMITS.maxBytes) return `must be at most ${DATA_LIMITS.maxBytes} bytes as JSON (was ${bytes})`;
  let keys = 0;
  const stack: { value: unknown; depth: number }[] = [{ value: data, depth: 1 }];
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (typeof value === 'string' && value.length > DATA_LIMITS.maxStringLength)
      return `strings must be at most ${DATA_LIMITS.maxStringLength} characters`;
    if (value && typeof value === 'object') {
      if (depth > DATA_LIMITS.maxDepth) return `must nest at most ${DATA_LIMITS.maxDepth} levels deep`;
      const entries = Object.entries(value);
      keys += Array.isArray(value) ? 0 : entries.length;
      if (keys > DATA_LIMITS.maxKeys) return `must have at most ${DATA_LIMITS.maxKeys} keys in all`;
      for (const [, child] of entries) stack.push({ value: child, depth: depth + 1 });
    }
  }
  return undefined;
}
