import { useEffect, useRef, type ReactNode } from 'react';

/**
 * On a phone, tables are shown as stacked rows (styles.css), each cell headed by its column's
 * name: that name is copied here from the table's header row into the cell's data-label.
 */
function labelTableCells(root: ParentNode): void {
  for (const table of root.querySelectorAll('table')) {
    const headers = [...table.querySelectorAll('thead tr:last-child th')].map((th) => th.textContent?.trim() ?? '');
    for (const row of table.querySelectorAll('tbody tr')) {
      [...row.children].forEach((cell, i) => {
        if (headers[i] && cell.getAttribute('data-label') !== headers[i]) cell.setAttribute('data-label', headers[i]);
      });
    }
  }
}

/** The title of the page shown last; none until the first page of this load. */
let shownTitle: string | undefined;

/**
 * One page's heading. When the page changes, focus moves to its heading so that screen reader
 * and keyboard users start at the new content. The first page of a load leaves focus alone, as
 * a full page load would, so the skip link is still the first thing Tab reaches.
 */
export function Page({ title, children }: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Kinship care workflows`;
    if (shownTitle !== undefined && shownTitle !== title) heading.current?.focus();
    shownTitle = title;
  }, [title]);
  // After every render: the rows of a table may have changed with its data.
  useEffect(() => labelTableCells(document.querySelector('main') ?? document));
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  );
}
