import type { EntityManager } from 'typeorm';

export interface ChildLabel {
  childRef: string;
  firstName?: string;
  lastName?: string;
}

/**
 * Each child's reference and name, in one query: what a list page shows for each row, so the web
 * app asks nothing per child. The list routes that carry them are access-logged per child.
 */
export async function childLabelsOf(
  db: Pick<EntityManager, 'query'>,
  childIds: (string | undefined)[],
): Promise<Map<string, ChildLabel>> {
  const labels = new Map<string, ChildLabel>();
  const ids = [...new Set(childIds.filter((id): id is string => !!id))];
  if (ids.length === 0) return labels;
  const rows: { id: string; child_ref: string; first_name: string | null; last_name: string | null }[] = await db.query(
    `SELECT id, child_ref, first_name, last_name FROM children WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  for (const r of rows)
    labels.set(r.id, {
      childRef: r.child_ref,
      firstName: r.first_name ?? undefined,
      lastName: r.last_name ?? undefined,
    });
  return labels;
}
