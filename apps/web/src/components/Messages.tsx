import type { ReactNode } from 'react';

/** A refusal or failure, announced at once by screen readers (role="alert"). */
export function ErrorMessage({ title = 'There is a problem', children }: { title?: string; children: ReactNode }) {
  return (
    <div className="message message-error" role="alert">
      <p className="message-title">{title}</p>
      <p>{children}</p>
    </div>
  );
}

/** Confirmation of something done, announced politely (role="status"). */
export function SuccessMessage({ children }: { children: ReactNode }) {
  return (
    <div className="message message-success" role="status">
      {children}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

/** Overdue said in words as well as in colour. */
export function OverdueTag() {
  return <strong className="tag tag-overdue">Overdue</strong>;
}

/** Loading, failed or loaded: the three states every view of the API has. */
export function Loaded<T>({
  state,
  what,
  children,
}: {
  state: { data?: T; error?: string; loading: boolean };
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (state.error) return <ErrorMessage title={`Could not load ${what}`}>{state.error}</ErrorMessage>;
  if (state.data === undefined) return <Loading what={what} />;
  return <>{children(state.data)}</>;
}
