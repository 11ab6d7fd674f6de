import { useRef, useState, type FormEvent } from 'react';
import { api } from '../api';
import { ErrorMessage, SuccessMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { describeError } from '../refusal';
import { stageLabel } from '../labels';
import { Link } from '../router';
import type { Child, Process } from '../types';
import { OpenCaseLink } from '../actions/OpenCaseLink';
import { AddChild } from './AddChild';
import { ScreenCohort } from './ScreenCohort';

/** A manager starts one child's conversion, adds a child's record first, or screens a whole cohort. */
export function StartConversion() {
  const [childId, setChildId] = useState('');
  const [started, setStarted] = useState<Process>();
  const [error, setError] = useState<string>();
  const [refusal, setRefusal] = useState<unknown>();
  const [sending, setSending] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function start(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setRefusal(undefined);
    setStarted(undefined);
    if (!childId.trim()) {
      setError("Enter the child's record id.");
      return;
    }
    setSending(true);
    try {
      setStarted(
        await api<Process>('/processes/sgo-conversion', { method: 'POST', body: { childId: childId.trim() } }),
      );
    } catch (err) {
      setError(describeError(err));
      setRefusal(err);
    } finally {
      setSending(false);
    }
  }

  const useChild = (child: Child) => {
    setChildId(child.id);
    input.current?.focus();
  };

  return (
    <Page title="Start a conversion">
      <section aria-labelledby="one-child">
        <h2 id="one-child">Start a conversion for one child</h2>
        <p>
          The child must be on a full care order (C2) and placed with relatives or friends (U1 to U3), with their carers
          recorded.
        </p>
        <form onSubmit={start} noValidate>
          <div className="field">
            <label htmlFor="child-id">Child's record id</label>
            <p className="hint" id="child-id-hint">
              The id the service gave the child's record. Or <Link to="/find-a-child">find the child</Link> and start
              from their page. If the child has no record yet, add one below.
            </p>
            <input
              id="child-id"
              ref={input}
              aria-describedby="child-id-hint"
              spellCheck={false}
              value={childId}
              onChange={(e) => setChildId(e.target.value)}
            />
          </div>
          {error && <ErrorMessage title="The conversion was not started">{error}</ErrorMessage>}
          {refusal !== undefined && <OpenCaseLink error={refusal} childId={childId.trim()} type="sgo-conversion" />}
          {started && (
            <SuccessMessage>
              <p>The conversion has started. It is at the stage: {stageLabel(started.stage)}.</p>
              <p>
                <Link to={`/cases/${started.id}`}>Open the case</Link>
              </p>
            </SuccessMessage>
          )}
          <button type="submit" disabled={sending}>
            {sending ? 'Starting…' : 'Start the conversion'}
          </button>
        </form>
      </section>
      <AddChild onAdded={useChild} />
      <ScreenCohort />
    </Page>
  );
}
