import { useRef, useState } from 'react';
import { api } from '../api';
import { Loaded, SuccessMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { TaskCard } from '../components/TaskCard';
import { useLoad } from '../hooks';
import { teamLabel } from '../labels';
import type { Session } from '../session';
import type { List, Task } from '../types';

/** My tasks, then each of my roles' queues: what is waiting for me and my team. */
export function Inbox({ session }: { session: Session }) {
  const [message, setMessage] = useState<string>();
  const status = useRef<HTMLDivElement>(null);
  const key = `${session.sub}|${session.roles.join(',')}`;
  const tasks = useLoad(async () => {
    const [mine, ...byRole] = await Promise.all([
      api<List<Task>>('/tasks?assignee=me'),
      ...session.roles.map((role) => api<List<Task>>(`/tasks?role=${encodeURIComponent(role)}`)),
    ]);
    return { mine: mine.items, byRole: session.roles.map((role, i) => ({ role, items: byRole[i].items })) };
  }, key);

  const changed = (text: string) => {
    setMessage(text);
    tasks.reload();
    // The task may leave the list: keep keyboard focus somewhere sensible, on the confirmation.
    setTimeout(() => status.current?.focus());
  };

  return (
    <Page title="Your tasks">
      <div ref={status} tabIndex={-1} className="focus-target">
        {message && <SuccessMessage>{message}</SuccessMessage>}
      </div>
      <Loaded state={tasks} what="your tasks">
        {({ mine, byRole }) => (
          <>
            <section aria-labelledby="mine">
              <h2 id="mine">Assigned to you ({mine.length})</h2>
              {mine.length === 0 ? <p>Nothing is assigned to you. Claim a task from your team's list below.</p> : null}
              {mine.map((t) => (
                <TaskCard key={t.id} task={t} session={session} onChanged={changed} />
              ))}
            </section>
            {byRole.map(({ role, items }) => (
              <section key={role} aria-labelledby={`team-${role}`}>
                <h2 id={`team-${role}`}>
                  Open tasks for {teamLabel(role)} ({items.length})
                </h2>
                {items.length === 0 ? <p>There are no open tasks for this role.</p> : null}
                {items.map((t) => (
                  <TaskCard key={t.id} task={t} session={session} onChanged={changed} />
                ))}
              </section>
            ))}
          </>
        )}
      </Loaded>
    </Page>
  );
}
