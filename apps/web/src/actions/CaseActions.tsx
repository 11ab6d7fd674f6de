import { api } from '../api';
import { formatDate } from '../format';
import { CASE_MANAGEMENT_ROLES, eventRoles, mayRecord, mayUse, rolesInWords } from '../permissions';
import type { Session } from '../session';
import type { Process } from '../types';
import { Action, ActionForm, NotForYou } from './ActionForm';

interface Props {
  process: Process;
  session: Session;
  onDone: (message: string) => void;
}

/** A process event, recorded through POST /processes/:id/events. */
const recordEvent = (processId: string, kind: string, data: Record<string, unknown>, notes?: string) =>
  api(`/processes/${processId}/events`, { method: 'POST', body: { kind, data, ...(notes ? { notes } : {}) } });

/**
 * Everything the viewer may do on this case besides its tasks: a manager's pause, resume, withdraw
 * and reassign; the conversion's case note, hearing listed and extension; the young person's
 * withdrawal from Lifelong Links. What the viewer may not do is said, with who may, before any form.
 */
export function CaseActions({ process, session, onDone }: Props) {
  const open = process.status === 'active' || process.status === 'paused';
  if (!open)
    return (
      <section aria-labelledby="case-actions">
        <h2 id="case-actions">What you can do on this case</h2>
        <p>This case is closed, so nothing more can be recorded on it.</p>
      </section>
    );
  return (
    <section aria-labelledby="case-actions">
      <h2 id="case-actions">What you can do on this case</h2>
      <ManagerActions process={process} session={session} onDone={onDone} />
      {process.type === 'sgo-conversion' && <ConversionEvents process={process} session={session} onDone={onDone} />}
      {process.type === 'lifelong-links' && (
        <YoungPersonWithdraws process={process} session={session} onDone={onDone} />
      )}
    </section>
  );
}

function ManagerActions({ process, session, onDone }: Props) {
  if (!mayUse(session, CASE_MANAGEMENT_ROLES))
    return (
      <NotForYou>
        Pausing, resuming, withdrawing or reassigning this case is for {rolesInWords(CASE_MANAGEMENT_ROLES)} only. Ask
        your team manager.
      </NotForYou>
    );
  const post = (action: string, body: object) => api(`/processes/${process.id}/${action}`, { method: 'POST', body });
  return (
    <>
      {process.status === 'active' ? (
        <Action summary="Pause the case">
          <p>While the case is paused its tasks cannot be completed and reminders wait.</p>
          <ActionForm
            title="Pause the case"
            submitLabel="Pause the case"
            fields={[{ name: 'reason', label: 'Why the case is paused', type: 'textarea' }]}
            onSubmit={async ({ reason }) => {
              await post('pause', { reason });
              return 'The case is paused.';
            }}
            onDone={onDone}
          />
        </Action>
      ) : (
        <Action summary="Resume the case">
          <ActionForm
            title="Resume the case"
            submitLabel="Resume the case"
            fields={[{ name: 'reason', label: 'Why the case can go on', type: 'textarea', optional: true }]}
            onSubmit={async ({ reason }) => {
              await post('resume', reason ? { reason } : {});
              return 'The case has resumed.';
            }}
            onDone={onDone}
          />
        </Action>
      )}
      <Action summary="Reassign the case to another social worker">
        <p>Their open social-work tasks and reminders move to the social worker you name.</p>
        <ActionForm
          title="Reassign the case"
          submitLabel="Reassign the case"
          fields={[
            { name: 'sub', label: "Social worker's user id", hint: 'The id they sign in with.' },
            { name: 'name', label: "Social worker's full name" },
          ]}
          onSubmit={async ({ sub, name }) => {
            await post('reassign', { socialWorker: { sub, name } });
            return `The case is now ${name}'s.`;
          }}
          onDone={onDone}
        />
      </Action>
      <Action summary="Withdraw the case">
        <p>Withdrawing ends the case and cancels its open tasks. It cannot be undone.</p>
        <ActionForm
          title="Withdraw the case"
          submitLabel="Withdraw the case"
          fields={[{ name: 'reason', label: 'Why the case is withdrawn', type: 'textarea' }]}
          onSubmit={async ({ reason }) => {
            await post('withdraw', { reason });
            return 'The case is withdrawn.';
          }}
          onDone={onDone}
        />
      </Action>
    </>
  );
}

/** A case note, a hearing listed, and an extension of the 26-week limit, each for the roles that may record it. */
function ConversionEvents({ process, session, onDone }: Props) {
  const deadline = typeof process.data.proceedingsDeadline === 'string' ? process.data.proceedingsDeadline : undefined;
  const notAllowed = (kind: string, what: string) => (
    <NotForYou key={kind}>
      {what} is for {rolesInWords(eventRoles(kind))} only.
    </NotForYou>
  );
  return (
    <>
      {mayRecord(session, 'case-note') ? (
        <Action summary="Add a case note">
          <ActionForm
            title="Add a case note"
            submitLabel="Add the note"
            fields={[{ name: 'text', label: 'Case note', type: 'textarea' }]}
            onSubmit={async ({ text }) => {
              await recordEvent(process.id, 'case-note', { text });
              return 'The case note is added to the timeline.';
            }}
            onDone={onDone}
          />
        </Action>
      ) : (
        notAllowed('case-note', 'Adding a case note')
      )}
      {mayRecord(session, 'court-hearing-listed') ? (
        <Action summary="Record a court hearing listed">
          <ActionForm
            title="Record a court hearing listed"
            submitLabel="Record the hearing"
            fields={[
              { name: 'hearingDate', label: 'Date of the hearing', type: 'date' },
              { name: 'notes', label: 'Notes', type: 'textarea', optional: true },
            ]}
            onSubmit={async ({ hearingDate, notes }) => {
              await recordEvent(process.id, 'court-hearing-listed', { hearingDate }, notes || undefined);
              return `The hearing on ${formatDate(hearingDate)} is recorded.`;
            }}
            onDone={onDone}
          />
        </Action>
      ) : (
        notAllowed('court-hearing-listed', 'Recording a court hearing')
      )}
      {!mayRecord(session, 'proceedings-extended') ? (
        notAllowed('proceedings-extended', 'Recording an extension of the 26-week limit')
      ) : !deadline ? (
        <NotForYou>
          An extension of the 26-week limit can be recorded once the case is in care proceedings (an application issued
          to the court).
        </NotForYou>
      ) : (
        <Action summary="Record an extension of the 26-week limit">
          <p>The care proceedings must end by {formatDate(deadline)}.</p>
          <ActionForm
            title="Record an extension of the 26-week limit"
            submitLabel="Record the extension"
            fields={[
              { name: 'weeks', label: 'Extension granted, in weeks', type: 'weeks', hint: 'Up to 8 weeks at a time.' },
              { name: 'notes', label: 'Notes', type: 'textarea', optional: true },
            ]}
            onSubmit={async ({ weeks, notes }) => {
              await recordEvent(process.id, 'proceedings-extended', { weeks: Number(weeks) }, notes || undefined);
              return `An extension of ${weeks} weeks is recorded.`;
            }}
            onDone={onDone}
          />
        </Action>
      )}
    </>
  );
}

/** The young person may stop Lifelong Links at any time; whoever they told records it, in their words. */
function YoungPersonWithdraws({ process, session, onDone }: Props) {
  if (!mayRecord(session, 'consent-withdrawn'))
    return (
      <NotForYou>
        If the young person wants to stop, it is recorded by one of the {rolesInWords(eventRoles('consent-withdrawn'))}.
      </NotForYou>
    );
  return (
    <Action summary="The young person wants to stop (withdraw their consent)">
      <p>This ends Lifelong Links at once and cancels every open task.</p>
      <ActionForm
        title="Record that the young person withdrew"
        submitLabel="Record the withdrawal"
        fields={[{ name: 'reason', label: 'Why, as the young person said it', type: 'textarea' }]}
        onSubmit={async ({ reason }) => {
          await recordEvent(process.id, 'consent-withdrawn', { reason });
          return 'The young person has withdrawn: Lifelong Links has ended.';
        }}
        onDone={onDone}
      />
    </Action>
  );
}
