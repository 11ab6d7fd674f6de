import { useEffect, useState } from 'react';
import { api, ApiError } from '../api';
import { processTypeLabel } from '../labels';
import { Link } from '../router';
import type { List, Process } from '../types';

/** The child's open case of this type, if any (active or paused). */
export async function findOpenCase(childId: string, type: string): Promise<Process | undefined> {
  const list = await api<List<Process>>(`/processes?childId=${childId}&type=${type}&pageSize=10`);
  return list.items.find((p) => p.status === 'active' || p.status === 'paused');
}

/**
 * After a refusal because the child already has an open case of this type (409), a link to that
 * case, so the person can go straight to it instead of looking for it.
 */
export function OpenCaseLink({ error, childId, type }: { error: unknown; childId: string; type: string }) {
  const [open, setOpen] = useState<Process>();
  const conflict = error instanceof ApiError && error.status === 409;
  useEffect(() => {
    if (!conflict) return;
    let current = true;
    findOpenCase(childId, type).then(
      (p) => current && setOpen(p),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [conflict, childId, type]);
  if (!open) return null;
  return (
    <p>
      <Link to={`/cases/${open.id}`}>Go to the open case: {processTypeLabel(type)}</Link>
    </p>
  );
}

/** The child's page. */
export function ChildLink({ childId, children }: { childId: string; children: React.ReactNode }) {
  return <Link to={`/child/${childId}`}>{children}</Link>;
}
