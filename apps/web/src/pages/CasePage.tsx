import { useRef, useState } from 'react';
import { api } from '../api';
import { CaseActions } from '../actions/CaseActions';
import { LifelongLinksPanel } from '../actions/LifelongLinksPanel';
import { Link } from '../router';
import { childDisplayName, fetchChild } from '../components/ChildName';
import { Loaded, OverdueTag, SuccessMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { TaskCard } from '../components/TaskCard';
import { Timeline } from '../components/Timeline';
import { formatDate, formatDateTime, formatPence, isOverdue } from '../format';
import { useLoad } from '../hooks';
import {
  categoryLabel,
  humanise,
  outcomeLabel,
  processTypeLabel,
  SGO_STAGES,
  stageLabel,
  statusLabel,
} from '../labels';
import type { Session } from '../session';
import type { CaseDocument, Child, List, Notification, Process, TimelineEvent } from '../types';

interface CaseView {
  process: Process;
  child?: Child;
  timeline: TimelineEvent[];
  documents: CaseDocument[];
  notifications: Notification[];
}

/** One case: where it is, what is open, what happened, and what was sent. */
export function CasePage({ id, session }: { id: string; session: Session }) {
  const [message, setMessage] = useState<string>();
  const status = useRef<HTMLDivElement>(null);
  const view = useLoad<CaseView>(async () => {
    const [process, timeline, documents, notifications] = await Promise.all([
      api<Process>(`/processes/${id}`),
      api<TimelineEvent[]>(`/processes/${id}/timeline`),
      api<List<CaseDocument>>(`/processes/${id}/documents`),
      api<List<Notification>>(`/notifications?processId=${id}`),
    ]);
    const child = await fetchChild(process.childId).catch(() => undefined);
    return { process, child, timeline, documents: documents.items, notifications: notifications.items };
  }, id);

  const changed = (text: string) => {
    setMessage(text);
    view.reload();
    setTimeout(() => status.current?.focus());
  };

  const title = view.data?.child ? `Case: ${childDisplayName(view.data.child)}` : 'Case';
  return (
    <Page title={title}>
      <div ref={status} tabIndex={-1} className="focus-target">
        {message && <SuccessMessage>{message}</SuccessMessage>}
      </div>
      <Loaded state={view} what="the case">
        {({ process, child, timeline, documents, notifications }) => (
          <>
            <CaseSummary process={process} />
            {child && (
              <p>
                <Link to={`/child/${child.id}`}>See {childDisplayName(child)}'s record and other cases</Link>
              </p>
            )}
            {process.type === 'sgo-conversion' && <Stages process={process} timeline={timeline} />}
            <section aria-labelledby="open-tasks">
              <h2 id="open-tasks">Open tasks ({process.openTasks.length})</h2>
              {process.openTasks.length === 0 && <p>No tasks are open on this case.</p>}
              {process.openTasks.map((t) => (
                <TaskCard key={t.id} task={t} session={session} onChanged={changed} />
              ))}
            </section>
            {process.type === 'lifelong-links' && (
              <LifelongLinksPanel process={process} session={session} onDone={changed} />
            )}
            <CaseActions process={process} session={session} onDone={changed} />
            <DueDates dueDates={process.dueDates} />
            <Timeline events={timeline} />
            <Letters documents={documents} notifications={notifications} />
          </>
        )}
      </Loaded>
    </Page>
  );
}

function CaseSummary({ process }: { process: Process }) {
  const rows: [string, string][] = [
    ['Process', processTypeLabel(process.type)],
    ['Status', statusLabel(process.status)],
    ['Current stage', stageLabel(process.stage)],
  ];
  if (process.category) rows.push(['Screening category', categoryLabel(process.category)]);
  rows.push(['Started', formatDateTime(process.startedAt)]);
  if (process.closedAt) rows.push(['Closed', formatDateTime(process.closedAt)]);
  if (process.outcome) rows.push(['Outcome', outcomeLabel(process.outcome)]);
  if (typeof process.data.weeklyAllowancePence === 'number')
    rows.push(['Weekly allowance', formatPence(process.data.weeklyAllowancePence)]);
  return (
    <dl className="summary summary-wide">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Every stage in order, each marked in words: done, skipped, the current one, or still to come. */
function Stages({ process, timeline }: { process: Process; timeline: TimelineEvent[] }) {
  const visited = new Set(timeline.map((e) => e.stage));
  const current = SGO_STAGES.indexOf(process.stage as (typeof SGO_STAGES)[number]);
  const closed = process.stage === 'closed';
  const stateOf = (stage: string, i: number): [string, string] => {
    if (i === current) return closed ? ['done', 'Case closed'] : ['current', 'Current stage'];
    if (visited.has(stage)) return ['done', 'Done'];
    if (i < current) return ['skipped', closed ? 'Not reached' : 'Skipped'];
    return ['to-come', 'To come'];
  };
  return (
    <section aria-labelledby="stages">
      <h2 id="stages">Stages</h2>
      <ol className="stages">
        {SGO_STAGES.map((stage, i) => {
          const [state, text] = stateOf(stage, i);
          return (
            <li key={stage} className={`stage stage-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span className="stage-marker" aria-hidden="true">
                {state === 'done' ? '✓' : state === 'current' ? '▶' : '○'}
              </span>
              <span className="stage-name">{stageLabel(stage)}</span> <span className="stage-state">{text}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function DueDates({ dueDates }: { dueDates: Record<string, string> }) {
  const entries = Object.entries(dueDates ?? {}).sort(([, a], [, b]) => a.localeCompare(b));
  return (
    <section aria-labelledby="due-dates">
      <h2 id="due-dates">Due dates</h2>
      {entries.length === 0 ? (
        <p>Nothing is due on this case.</p>
      ) : (
        <dl className="summary">
          {entries.map(([what, when]) => (
            <div key={what}>
              <dt>{humanise(what)}</dt>
              <dd>
                {formatDate(when)} {isOverdue(when) && <OverdueTag />}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function Letters({ documents, notifications }: { documents: CaseDocument[]; notifications: Notification[] }) {
  return (
    <section aria-labelledby="letters">
      <h2 id="letters">Letters and messages sent</h2>
      {notifications.length === 0 ? (
        <p>Nothing has been sent on this case yet.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Messages sent</caption>
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col">To</th>
              <th scope="col">Kind</th>
              <th scope="col">Sent</th>
            </tr>
          </thead>
          <tbody>
            {notifications.map((n) => (
              <tr key={n.id}>
                <td>{n.subject}</td>
                <td>{n.to}</td>
                <td>{humanise(n.kind)}</td>
                <td>{n.sentAt ? formatDateTime(n.sentAt) : 'Not sent yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {documents.length > 0 && (
        <>
          <h3>Letters kept on the case</h3>
          {documents.map((d) => (
            <details key={d.id} className="letter">
              <summary>
                {d.title} ({formatDate(d.createdAt)})
              </summary>
              <pre className="letter-body">{d.body}</pre>
            </details>
          ))}
        </>
      )}
    </section>
  );
}
