import { useId, useState } from 'react';
import { api } from '../api';
import { formatDate, isOverdue } from '../format';
import { describeError } from '../refusal';
import { roleLabel, stageLabel } from '../labels';
import { Link } from '../router';
import type { Session } from '../session';
import type { Task } from '../types';
import { ChildName, childDisplayName } from './ChildName';
import { ErrorMessage, OverdueTag } from './Messages';
import { TaskForm } from './TaskForm';
import { whyMayNotComplete } from '../permissions';

interface Props {
  task: Task;
  session: Session;
  headingLevel?: 3 | 4;
  /** Shown for information only (a panel member sees what is coming to panel): no claim, no form. */
  readOnly?: boolean;
  /** After a claim or a completion: the page shows the message and reloads its tasks. */
  onChanged: (message: string) => void;
}

/** One open task: what, for which case, by when, who holds it; claim it or record its outcome. */
export function TaskCard({ task, session, headingLevel = 3, onChanged, readOnly = false }: Props) {
  const titleId = useId();
  const formId = useId();
  const [formOpen, setFormOpen] = useState(false);
  const [claimError, setClaimError] = useState<string>();
  const Heading = `h${headingLevel}` as const;
  const mine = task.assignee?.sub === session.sub;
  const overdue = isOverdue(task.dueAt);
  // Said before any form is opened: the task's roles, or separation of duties.
  const whyNot = whyMayNotComplete(task, session);

  async function claim() {
    setClaimError(undefined);
    try {
      await api(`/tasks/${task.id}/claim`, { method: 'POST' });
      onChanged(`You have claimed “${task.title}”. It is now in your tasks.`);
    } catch (err) {
      setClaimError(describeError(err));
    }
  }

  return (
    <article className={`task ${overdue ? 'task-overdue' : ''}`} aria-labelledby={titleId}>
      <Heading id={titleId} className="task-title">
        {task.title}
      </Heading>
      <dl className="summary">
        <div>
          <dt>Case</dt>
          <dd>
            <Link to={`/cases/${task.processId}`}>
              {/* Lists of tasks carry the child's label; a case page's tasks share its one child. */}
              {task.child ? childDisplayName(task.child) : <ChildName childId={task.childId} />}
            </Link>
          </dd>
        </div>
        <div>
          <dt>Stage</dt>
          <dd>{stageLabel(task.stage)}</dd>
        </div>
        <div>
          <dt>Due</dt>
          <dd>
            {formatDate(task.dueAt)} {overdue && <OverdueTag />}
          </dd>
        </div>
        <div>
          <dt>Who can do this</dt>
          <dd>{task.candidateRoles.map(roleLabel).join(' or ')}</dd>
        </div>
        <div>
          <dt>Assigned to</dt>
          <dd>{mine ? 'You' : (task.assignee?.name ?? 'Nobody yet')}</dd>
        </div>
      </dl>
      {task.kind === 'search' && task.processType === 'lifelong-links' && (
        <p>
          <Link to={`/cases/${task.processId}#connections`}>Record the people found on the case page</Link>, then finish
          the search here.
        </p>
      )}
      {whyNot && <p className="not-for-you">{whyNot}</p>}
      {!readOnly && !whyNot && (
        <div className="actions">
          {!mine && (
            <button type="button" className="secondary" onClick={claim}>
              Claim this task
            </button>
          )}
          <button type="button" aria-expanded={formOpen} aria-controls={formId} onClick={() => setFormOpen(!formOpen)}>
            {formOpen ? 'Close the form' : 'Complete this task'}
          </button>
        </div>
      )}
      {claimError && <ErrorMessage title="The task was not claimed">{claimError}</ErrorMessage>}
      <div id={formId} hidden={!formOpen}>
        {formOpen && <TaskForm task={task} onDone={onChanged} />}
      </div>
    </article>
  );
}
