import { plural } from '../format';

/**
 * Where a paged list is ("Showing 51 to 100 of 320") and the buttons to the pages either side.
 * Lists ask the API for one page at a time, so a page makes the same calls whatever the caseload.
 */
export function Pager({
  page,
  pageSize,
  total,
  what,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  /** What the list holds, one and many: ['case', 'cases']. */
  what: readonly [string, string];
  onPage: (page: number) => void;
}) {
  if (total === 0) return null;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pager" aria-label={`Pages of ${what[1]}`}>
      <p>
        {pages === 1
          ? `${plural(total, ...what)}.`
          : `Showing ${first === last ? first : `${first} to ${last}`} of ${total} ${what[1]} (page ${page} of ${pages}).`}
      </p>
      {pages > 1 && (
        <div className="actions">
          {page > 1 && (
            <button type="button" className="secondary" onClick={() => onPage(page - 1)}>
              Previous page
            </button>
          )}
          {page < pages && (
            <button type="button" className="secondary" onClick={() => onPage(page + 1)}>
              Next page
            </button>
          )}
        </div>
      )}
    </nav>
  );
}
