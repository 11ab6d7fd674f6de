import { useEffect, useRef, type ReactNode } from 'react';

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
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  );
}
