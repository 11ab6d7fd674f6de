import { useRef, useState, type FormEvent } from 'react';
import { api } from '../api';
import { childDisplayName } from '../components/ChildName';
import { ErrorMessage, SuccessMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { describeError } from '../refusal';
import { stageLabel } from '../labels';
import { Link } from '../router';
import type { Child, Process } from '../types';
import { OpenCaseLink } from '../actions/OpenCaseLink';
import { AddChild } from './AddChild';
import { ChildSearch, summaryName } from './FindChild';
import { ScreenCohort } from './ScreenCohort';

/** The child the conversion is for, as picked from a search or just added. */
interface Chosen {
  id: string;
  name: string;
}

/**
 * A manager starts one child's conversion (the child picked from a search of the caseload, never
 * by typing an id), adds a child's record first, or screens a whole cohort.
 */
export function StartConversion() {
  const [chosen, setChosen] = useState<Chosen>();
  const [started, setStarted] = useState<Process>();
  const [error, setError] = useState<string>();
  const [refusal, setRefusal] = useState<unknown>();
  const [sending, setSending] = useState(false);
  const picked = useRef<HTMLParagraphElement>(null);

  async function start(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setRefusal(undefined);
    setStarted(undefined);
    if (!chosen) {
      setError('Choose the child first: search for them by name or CHILD reference.');
      return;
    }
    setSending(true);
    try {
      setStarted(await api<Process>('/processes/sgo-conversion', { method: 'POST', body: { childId: chosen.id } }));
    } catch (err) {
      setError(describeError(err));
      setRefusal(err);
    } finally {
      setSending(false);
    }
  }

  const choose = (child: Chosen) => {
    setChosen(child);
    setError(undefined);
    setRefusal(undefined);
    setStarted(undefined);
    // Focus moves to the choice, just above the start button, so a keyboard user goes on from there.
    setTimeout(() => picked.current?.focus());
  };

  return (
    <Page title="Start a conversion">
      <section aria-labelledby="one-child">
        <h2 id="one-child">Start a conversion for one child</h2>
        <p>
          The child must be on a full care order (C2) and placed with relatives or friends (U1 to U3), with their carers
          recorded. If the child has no record yet, add one below.
        </p>
        <ChildSearch
          id="conversion-child-search"
          label="Find the child by name or CHILD reference"
          renderChild={(c) => (
            <button type="button" className="secondary" onClick={() => choose({ id: c.id, name: summaryName(c) })}>
              Choose {summaryName(c)}
            </button>
          )}
        />
        <form onSubmit={start} noValidate aria-label="Start a conversion for the chosen child">
          <p ref={picked} tabIndex={-1} className="focus-target" id="chosen-child">
            {chosen ? (
              <>
                The conversion is for: <strong>{chosen.name}</strong>
              </>
            ) : (
              'No child chosen yet.'
            )}
          </p>
          {error && <ErrorMessage title="The conversion was not started">{error}</ErrorMessage>}
          {refusal !== undefined && chosen && (
            <OpenCaseLink error={refusal} childId={chosen.id} type="sgo-conversion" />
          )}
          {started && (
            <SuccessMessage>
              <p>The conversion has started. It is at the stage: {stageLabel(started.stage)}.</p>
              <p>
                <Link to={`/cases/${started.id}`}>Open the case</Link>
              </p>
            </SuccessMessage>
          )}
          <button type="submit" disabled={sending} aria-describedby="chosen-child">
            {sending ? 'Starting…' : 'Start the conversion'}
          </button>
        </form>
      </section>
      <AddChild onAdded={(child: Child) => choose({ id: child.id, name: childDisplayName(child) })} />
      <ScreenCohort />
    </Page>
  );
}
