import { useEffect, useState } from 'react';
import { api } from '../api';
import type { Child } from '../types';

/**
 * Processes and tasks carry only the child's id; people know children by their reference and
 * name. Each child is fetched once per page load and shared by every row that shows it.
 */
const cache = new Map<string, Promise<Child>>();

export function fetchChild(childId: string): Promise<Child> {
  let child = cache.get(childId);
  if (!child) {
    child = api<Child>(`/children/${childId}`);
    child.catch(() => cache.delete(childId)); // try again next time
    cache.set(childId, child);
  }
  return child;
}

export function childDisplayName(
  child: Pick<Child, 'childRef'> & { firstName?: string | null; lastName?: string | null },
): string {
  const name = [child.firstName, child.lastName].filter(Boolean).join(' ');
  return name ? `${name} (${child.childRef})` : `Child ${child.childRef}`;
}

/** A list item's child as people know them, from the reference and name the list carries (no request). */
export function childLabel(p: {
  childId: string;
  child?: { childRef: string; firstName?: string; lastName?: string };
}) {
  return p.child ? childDisplayName(p.child) : `Child record ${p.childId.slice(0, 8)}`;
}

export function ChildName({ childId }: { childId?: string }) {
  const [label, setLabel] = useState<string>();
  useEffect(() => {
    if (!childId) return;
    let current = true;
    fetchChild(childId).then(
      (child) => current && setLabel(childDisplayName(child)),
      () => current && setLabel(`Child record ${childId.slice(0, 8)}`),
    );
    return () => {
      current = false;
    };
  }, [childId]);
  if (!childId) return <>Unknown child</>;
  return <>{label ?? `Child record ${childId.slice(0, 8)}`}</>;
}
