import type { FieldChange } from '../../../../libs/persistence/src';

/** What an audit event of a child says changed: field name → old and new value. */
export type ChildChanges = Record<string, FieldChange>;

/** The fields whose values differ between `before` and `after`, compared by value (dates as text). */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  fields: readonly string[],
): ChildChanges {
  const changes: ChildChanges = {};
  for (const field of fields) {
    const from = before ? (before[field] ?? null) : null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

/** Every field a new child was recorded with, each from null. */
export function createdFields(after: Record<string, unknown>, fields: readonly string[]): ChildChanges {
  return diffFields(null, after, fields);
}
