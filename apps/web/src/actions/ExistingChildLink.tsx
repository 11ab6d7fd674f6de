import { useEffect, useState } from 'react';
import { api, ApiError } from '../api';
import { Link } from '../router';
import type { ChildList, ChildSummary } from '../types';

/** After "a child with this reference already exists" (409): a link to that child's record, if on your caseload. */
export function ExistingChildLink({ error, childRef }: { error: unknown; childRef: string }) {
  const [child, setChild] = useState<ChildSummary>();
  const conflict = error instanceof ApiError && error.status === 409;
  useEffect(() => {
    setChild(undefined);
    if (!conflict || !childRef) return;
    let current = true;
    api<ChildList>(`/children?childRef=${encodeURIComponent(childRef)}`).then(
      (list) => current && setChild(list.items[0]),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [conflict, childRef]);
  if (!child) return null;
  return (
    <p>
      <Link to={`/child/${child.id}`}>Go to the record of the child with reference {child.childRef}</Link>
    </p>
  );
}
