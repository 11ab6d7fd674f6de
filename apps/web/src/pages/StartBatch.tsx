import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api';
import { OpenCaseLink } from '../actions/OpenCaseLink';
import { childDisplayName } from '../components/ChildName';
import { ErrorMessage, SuccessMessage } from '../components/Messages';
import { plural } from '../format';
import { describeError } from '../refusal';
import { Link } from '../router';
import type { BatchStartResult } from '../types';
import { ChildSearch, summaryName } from './FindChild';

/** The children picked for screening: id → how they are named. */
export type Picked = Map<string, string>;

/**
 * Step 2: start screening for the children picked, each started or refused on their own. The
 * children come from the import (all picked) or from a search of the caseload; each refusal says
 * why, links to the child, and to the open case when the child already has one.
 */
export function StartBatch({ picked, setPicked }: { picked: Picked; setPicked: (p: Picked) => void }) {
  const [result, setResult] = useState<BatchStartResult>();
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);

  const toggle = (id: string, label: string, on: boolean) => {
    const next = new Map(picked);
    if (on) next.set(id, label);
    else next.delete(id);
    setPicked(next);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setResult(undefined);
    if (picked.size === 0) {
      setError('Pick at least one child: import a file, or search for children below.');
      return;
    }
    setSending(true);
    try {
      setResult(
        await api<BatchStartResult>('/processes/sgo-conversion/batch', {
          method: 'POST',
          body: { childIds: [...picked.keys()] },
        }),
      );
    } catch (err) {
      setError(describeError(err));
    } finally {
      setSending(false);
    }
  }

  const n = picked.size;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="batch-heading">
      <h3 id="batch-heading">Step 2: start screening</h3>
      <fieldset className="field">
        <legend>Children to screen ({n} picked)</legend>
        {n === 0 && <p>No children picked yet.</p>}
        {[...picked].map(([id, label]) => (
          <div className="checkbox" key={id}>
            <input type="checkbox" id={`pick-${id}`} checked onChange={() => toggle(id, label, false)} />
            <label htmlFor={`pick-${id}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <details className="action">
        <summary>Add children from your caseload</summary>
        <div className="action-body">
          <ChildSearch
            label="Find children to add by name or CHILD reference"
            renderChild={(c) => (
              <span className="checkbox">
                <input
                  type="checkbox"
                  id={`add-${c.id}`}
                  checked={picked.has(c.id)}
                  onChange={(e) => toggle(c.id, summaryName(c), e.target.checked)}
                />
                <label htmlFor={`add-${c.id}`}>{summaryName(c)}</label>
              </span>
            )}
          />
        </div>
      </details>
      {error && <ErrorMessage title="Screening was not started">{error}</ErrorMessage>}
      {result && (
        <SuccessMessage>
          <p>
            Screening started for {plural(result.started.length, 'child', 'children')}; {result.refused.length} refused.
          </p>
        </SuccessMessage>
      )}
      {result && result.refused.length > 0 && (
        <table>
          <caption>Children not started</caption>
          <thead>
            <tr>
              <th scope="col">Child</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {result.refused.map((r) => (
              <tr key={r.childId}>
                <td>
                  {r.statusCode === 404 ? (
                    'A child not on your caseload'
                  ) : (
                    // Named by the answer, as list items are: no request per refused child.
                    <Link to={`/child/${r.childId}`}>{r.child ? childDisplayName(r.child) : 'Child record'}</Link>
                  )}
                </td>
                <td>
                  {withoutId(describeError(new ApiError(r.statusCode, '', r.message)), r.childId)}
                  <OpenCaseLink
                    error={new ApiError(r.statusCode, '', r.message)}
                    childId={r.childId}
                    type="sgo-conversion"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="submit" disabled={sending}>
        {sending ? 'Starting…' : `Start screening for ${n === 1 ? 'this child' : `these ${n} children`}`}
      </button>
    </form>
  );
}

/**
 * The row already names the child: any "Child <id>" left in the refusal's words is said as "The
 * child". Applied after `describeError`, which knows the service's messages as they are sent.
 */
const withoutId = (message: string, childId: string) =>
  message.replace(`Child ${childId}`, 'The child').replaceAll(childId, 'the child');
