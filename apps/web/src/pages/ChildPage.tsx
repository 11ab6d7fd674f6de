import { useRef, useState } from 'react';
import { api } from '../api';
import { Action, ActionForm, NotForYou } from '../actions/ActionForm';
import { OpenCaseLink } from '../actions/OpenCaseLink';
import { childDisplayName } from '../components/ChildName';
import { Loaded, SuccessMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { formatDate, poundsToPence } from '../format';
import { useLoad } from '../hooks';
import { legalStatusLabel, placementLabel, processTypeLabel, stageLabel, statusLabel } from '../labels';
import { mayUse, rolesInWords, START_ROLES } from '../permissions';
import { Link } from '../router';
import type { Session } from '../session';
import type { Child, Process } from '../types';

/** One child: their record, carers and cases, and the processes the viewer may start for them. */
export function ChildPage({ id, session }: { id: string; session: Session }) {
  const child = useLoad(() => api<Child>(`/children/${id}`), id);
  const [message, setMessage] = useState<React.ReactNode>();
  const status = useRef<HTMLDivElement>(null);
  const started = (what: string, p: Process) => {
    setMessage(
      <>
        <p>
          {what} has started. It is at the stage: {stageLabel(p.stage)}.
        </p>
        <p>
          <Link to={`/cases/${p.id}`}>Open the case</Link>
        </p>
      </>,
    );
    child.reload();
    setTimeout(() => status.current?.focus());
  };
  return (
    <Page title={child.data ? childDisplayName(child.data) : 'Child'}>
      <div ref={status} tabIndex={-1} className="focus-target">
        {message && <SuccessMessage>{message}</SuccessMessage>}
      </div>
      <Loaded state={child} what="the child's record">
        {(c) => (
          <>
            <dl className="summary summary-wide">
              <Row k="CHILD reference" v={c.childRef} />
              <Row k="Date of birth" v={formatDate(c.dateOfBirth)} />
              <Row k="Legal status" v={legalStatusLabel(c.legalStatus)} />
              <Row k="Placement" v={placementLabel(c.placementType)} />
              {c.cohort && <Row k="Cohort" v={c.cohort} />}
            </dl>
            <section aria-labelledby="carers">
              <h2 id="carers">Carers ({c.carers.length})</h2>
              {c.carers.length === 0 ? (
                <p>No carers are recorded.</p>
              ) : (
                <ul>
                  {c.carers.map((k) => (
                    <li key={k.id}>
                      {k.firstName} {k.lastName} ({k.relationship})
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="cases">
              <h2 id="cases">Cases ({c.processes.length})</h2>
              {c.processes.length === 0 ? (
                <p>No case has been started for this child.</p>
              ) : (
                <ul>
                  {c.processes.map((p) => (
                    <li key={p.id}>
                      <Link to={`/cases/${p.id}`}>{processTypeLabel(p.type)}</Link>: {statusLabel(p.status)}, at the
                      stage: {stageLabel(p.stage)}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <StartProcesses child={c} session={session} onStarted={started} />
          </>
        )}
      </Loaded>
    </Page>
  );
}

const Row = ({ k, v }: { k: string; v: string }) => (
  <div>
    <dt>{k}</dt>
    <dd>{v}</dd>
  </div>
);

interface StartProps {
  child: Child;
  session: Session;
  onStarted: (what: string, p: Process) => void;
}

/** Each process the service runs for a child, with its form or why the viewer may not start it. */
function StartProcesses({ child, session, onStarted }: StartProps) {
  const start = (type: string, body: object) =>
    api<Process>(`/processes/${type}`, { method: 'POST', body: { childId: child.id, ...body } });
  const openCase = (type: string) => (err: unknown) => <OpenCaseLink error={err} childId={child.id} type={type} />;
  const item = (type: string, summary: string, form: React.ReactNode) =>
    mayUse(session, START_ROLES[type]) ? (
      <Action key={type} summary={summary}>
        {form}
      </Action>
    ) : (
      <NotForYou key={type}>
        {summary}: only {rolesInWords(START_ROLES[type])} may do this.
      </NotForYou>
    );
  return (
    <section aria-labelledby="start">
      <h2 id="start">Start something for this child</h2>
      {item(
        'sgo-conversion',
        'Start a conversion to a special guardianship order',
        <ActionForm
          title="Start a conversion"
          submitLabel="Start the conversion"
          fields={[]}
          onSubmit={async () => {
            onStarted('The conversion', await start('sgo-conversion', {}));
            return '';
          }}
          onDone={() => undefined}
          afterRefusal={openCase('sgo-conversion')}
        >
          <p>The child must be on a full care order (C2) and placed with relatives or friends (U1 to U3).</p>
        </ActionForm>,
      )}
      {item(
        'asgsf-application',
        'Start a support fund (ASGSF) application',
        <ActionForm
          title="Start a support fund application"
          submitLabel="Start the application"
          fields={[]}
          onSubmit={async () => {
            onStarted('The support fund application', await start('asgsf-application', {}));
            return '';
          }}
          onDone={() => undefined}
          afterRefusal={openCase('asgsf-application')}
        >
          <p>For children who were looked after before their order, up to 21 (25 with an EHCP).</p>
        </ActionForm>,
      )}
      {item(
        'allowance-review',
        "Start yearly reviews of the special guardian's allowance",
        <ActionForm
          title="Start allowance reviews"
          submitLabel="Start the reviews"
          fields={[
            {
              name: 'orderDate',
              label: 'Date of the special guardianship order',
              type: 'date',
              hint: 'Reviews fall on its anniversary.',
            },
            { name: 'weekly', label: 'Allowance paid now, per week, in pounds', type: 'pounds' },
            {
              name: 'remuneration',
              label: "Guardians' former fee or reward as foster carers, per week, in pounds",
              type: 'pounds',
              optional: true,
            },
          ]}
          onSubmit={async ({ orderDate, weekly, remuneration }) => {
            const weeklyAllowancePence = poundsToPence(weekly) ?? 0;
            const body = {
              orderDate,
              weeklyAllowancePence,
              ...(remuneration ? { remunerationPence: poundsToPence(remuneration) ?? 0 } : {}),
            };
            onStarted('The allowance review', await start('allowance-review', body));
            return '';
          }}
          onDone={() => undefined}
          afterRefusal={openCase('allowance-review')}
        />,
      )}
      {item(
        'lifelong-links',
        'Refer the young person to Lifelong Links',
        <ActionForm
          title="Refer to Lifelong Links"
          submitLabel="Send the referral"
          fields={[]}
          onSubmit={async () => {
            onStarted('The Lifelong Links referral', await start('lifelong-links', {}));
            return '';
          }}
          onDone={() => undefined}
          afterRefusal={openCase('lifelong-links')}
        >
          <p>A Lifelong Links coordinator accepts or declines the referral, then asks the young person.</p>
        </ActionForm>,
      )}
    </section>
  );
}
