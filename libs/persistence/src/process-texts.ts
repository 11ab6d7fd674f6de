import { TEXT_REF_PATTERN, textRef } from '../../domain/src/shared/free-text';

type Query = { query: (sql: string, params?: unknown[]) => Promise<unknown> };

/** Keeps each text as a row of the process and answers the reference a workflow holds instead, in order. */
export async function keepTexts(db: Query, processId: string, createdBy: string, texts: string[]): Promise<string[]> {
  if (texts.length === 0) return [];
  const rows = (await db.query(
    `INSERT INTO process_texts (process_id, text, created_by)
     SELECT $1, t, $2 FROM unnest($3::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n RETURNING id`,
    [processId, createdBy, texts],
  )) as { id: string }[];
  return rows.map((r) => textRef(r.id));
}

/** Takes back texts an update never used (the process refused it), so a refusal keeps nothing. */
export async function forgetTexts(db: Query, refs: string[]): Promise<void> {
  const ids = refs.flatMap((ref) => [...ref.matchAll(TEXT_REF_PATTERN)].map((m) => m[1]));
  if (ids.length) await db.query(`DELETE FROM process_texts WHERE id = ANY($1::uuid[])`, [ids]);
}

/**
 * `value` with every `{{text:<id>}}` in its strings replaced by the words kept for that process;
 * a reference to another process's text (or none) stays as it is.
 */
export async function resolveTexts<T>(db: Query, processId: string, value: T): Promise<T> {
  const ids = new Set<string>();
  visitStrings(value, (s) => {
    for (const m of s.matchAll(TEXT_REF_PATTERN)) ids.add(m[1]);
    return s;
  });
  if (ids.size === 0) return value;
  const rows = (await db.query(`SELECT id, text FROM process_texts WHERE process_id = $1 AND id = ANY($2::uuid[])`, [
    processId,
    [...ids],
  ])) as { id: string; text: string }[];
  const words = new Map(rows.map((r) => [r.id, r.text]));
  return visitStrings(value, (s) => s.replace(TEXT_REF_PATTERN, (ref, id: string) => words.get(id) ?? ref));
}

function visitStrings<T>(value: T, map: (s: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  if (Array.isArray(value)) return value.map((item) => visitStrings(item, map)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visitStrings(v, map)])) as T;
  }
  return value;
}
