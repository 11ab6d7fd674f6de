import { useState, type FormEvent, type ReactNode } from 'react';
import { api } from '../api';
import { ErrorMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { Pager } from '../components/Pager';
import { formatDate, plural } from '../format';
import { legalStatusLabel, placementLabel } from '../labels';
import { describeError } from '../refusal';
import { Link } from '../router';
import type { ChildList, ChildSummary } from '../types';

/** "Robin Webb (C0001)", or "Child C0001" for a record an SSDA903 import made without a name. */
export function summaryName(c: ChildSummary): string {
  const name = [c.firstName, c.lastName].filter(Boolean).join(' ');
  return name ? `${name} (${c.childRef})` : `Child ${c.childRef}`;
}

/** Find a child on your caseload by name or CHILD reference, and go to their page. */
export function FindChild() {
  return (
    <Page title="Find a child">
      <ChildSearch
        label="Name or CHILD reference"
        renderChild={(c) => <Link to={`/child/${c.id}`}>{summaryName(c)}</Link>}
      />
    </Page>
  );
}

const PAGE_SIZE = 25;

/**
 * A search of the caseload (GET /children?q=), shown as a table. `renderChild` says what the
 * first column holds for each child: a link to their page, or a checkbox to pick them.
 */
export function ChildSearch({
  label,
  renderChild,
  id = 'child-search',
}: {
  label: string;
  renderChild: (child: ChildSummary) => ReactNode;
  /** The search field's id: unique when a page has two searches. */
  id?: string;
}) {
  const [q, setQ] = useState('');
  const [result, setResult] = useState<ChildList>();
  const [asked, setAsked] = useState('');
  const [error, setError] = useState<string>();

  async function search(text: string, page: number) {
    setError(undefined);
    const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
    if (text) query.set('q', text);
    try {
      setResult(await api<ChildList>(`/children?${query}`));
      setAsked(text);
    } catch (err) {
      setError(describeError(err));
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void search(q.trim(), 1);
  };

  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  return (
    <section aria-label="Search for a child">
      <form onSubmit={submit} role="search" noValidate>
        <div className="field">
          <label htmlFor={id}>{label}</label>
          <p className="hint" id={`${id}-hint`}>
            Part of a first or last name, or the CHILD reference from your SSDA903 return. Leave it empty to list every
            child on your caseload.
          </p>
          <input
            id={id}
            type="search"
            aria-describedby={`${id}-hint`}
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
        <button type="submit">Search</button>
      </form>
      {error && <ErrorMessage title="The search did not work">{error}</ErrorMessage>}
      {result && (
        <div role="status">
          <p>
            {plural(result.total, 'child', 'children')} found{asked ? ` for “${asked}”` : ''}
            {pages > 1 ? `: page ${result.page} of ${pages}` : ''}.
          </p>
        </div>
      )}
      {result && result.items.length > 0 && (
        <table>
          <caption className="visually-hidden">Children found</caption>
          <thead>
            <tr>
              <th scope="col">Child</th>
              <th scope="col">Date of birth</th>
              <th scope="col">Legal status</th>
              <th scope="col">Placement</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((c) => (
              <tr key={c.id}>
                <td>{renderChild(c)}</td>
                <td>{formatDate(c.dateOfBirth)}</td>
                <td>{legalStatusLabel(c.legalStatus)}</td>
                <td>{placementLabel(c.placementType)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result && pages > 1 && (
        <Pager
          page={result.page}
          pageSize={result.pageSize}
          total={result.total}
          what={['child', 'children']}
          onPage={(page) => void search(asked, page)}
        />
      )}
    </section>
  );
}
