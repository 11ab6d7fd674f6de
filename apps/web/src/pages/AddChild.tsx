import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError } from '../api';
import { childDisplayName } from '../components/ChildName';
import { ErrorMessage, SuccessMessage } from '../components/Messages';
import { ExistingChildLink } from '../actions/ExistingChildLink';
import { LEGAL_STATUSES, PLACEMENT_TYPES } from '../labels';
import type { Child } from '../types';
import { describeError } from '../refusal';
import {
  checkChild,
  inputIdOf,
  NEW_CARER,
  problemsFromApi,
  type CarerForm,
  type ChildForm,
  type Problem,
} from './add-child-checks';

const LEGAL_STATUS_CHOICES = Object.entries(LEGAL_STATUSES);

/** Kinship placements first: they are the ones this service is for. */
const PLACEMENTS = Object.entries(PLACEMENT_TYPES);

const EMPTY: ChildForm = {
  childRef: '',
  firstName: '',
  lastName: '',
  dateOfBirth: '',
  legalStatus: 'C2',
  placementType: 'U1',
  carers: [NEW_CARER],
};
const MAX_CARERS = 10;

/**
 * Adds a child's record with their carers (POST /children), ready for a conversion. Problems are
 * shown as the task forms show them: a summary linking to each field, and the field marked.
 */
export function AddChild({ onAdded }: { onAdded: (child: Child) => void }) {
  const [form, setForm] = useState<ChildForm>(EMPTY);
  const [added, setAdded] = useState<Child>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [refusal, setRefusal] = useState<string>();
  const [sending, setSending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const set = (key: keyof ChildForm) => (value: string) => setForm({ ...form, [key]: value });
  const setCarer = (i: number, key: keyof CarerForm, value: string | boolean) =>
    setForm({ ...form, carers: form.carers.map((c, j) => (j === i ? { ...c, [key]: value } : c)) });

  const showProblems = (found: Problem[]) => {
    setProblems(found);
    // Focus the summary so the problems are read out and each can be followed to its field.
    if (found.length) setTimeout(() => summary.current?.focus());
  };
  const [refused, setRefused] = useState<{ err: unknown; childRef: string }>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setRefusal(undefined);
    setRefused(undefined);
    setAdded(undefined);
    const found = checkChild(form);
    showProblems(found);
    if (found.length) return;
    setSending(true);
    try {
      const child = await api<Child>('/children', {
        method: 'POST',
        body: {
          childRef: form.childRef.trim(),
          firstName: form.firstName.trim(),
          lastName: form.lastName.trim(),
          dateOfBirth: form.dateOfBirth,
          legalStatus: form.legalStatus,
          placementType: form.placementType,
          carers: form.carers.map((c) => ({
            carerRef: c.carerRef.trim(),
            firstName: c.firstName.trim(),
            lastName: c.lastName.trim(),
            relationship: c.relationship.trim(),
            isFormerFosterCarer: c.isFormerFosterCarer,
          })),
        },
      });
      setAdded(child);
      setForm(EMPTY);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.details?.length)
        showProblems(problemsFromApi(err.details));
      else {
        setRefusal(describeError(err));
        setRefused({ err, childRef: form.childRef.trim() });
      }
    } finally {
      setSending(false);
    }
  }

  const problemOf = (field: string) => problems.find((p) => p.field === field)?.text;

  /** A labelled input with its error, marked as the task forms mark theirs. */
  const field = (apiField: string, label: string, control: (props: Record<string, unknown>) => ReactNode) => {
    const id = inputIdOf(apiField);
    const problem = problemOf(apiField);
    return (
      <div className={`field ${problem ? 'field-has-error' : ''}`}>
        <label htmlFor={id}>{label}</label>
        {problem && (
          <p id={`${id}-error`} className="field-error">
            <span className="visually-hidden">Error: </span>
            {problem}
          </p>
        )}
        {control({
          id,
          'aria-invalid': problem ? true : undefined,
          'aria-describedby': problem ? `${id}-error` : undefined,
        })}
      </div>
    );
  };
  const text = (key: 'childRef' | 'firstName' | 'lastName', label: string) =>
    field(key, label, (props) => <input {...props} value={form[key]} onChange={(e) => set(key)(e.target.value)} />);

  return (
    <section aria-labelledby="add-child">
      <h2 id="add-child">Add a child's record</h2>
      <form onSubmit={submit} noValidate>
        {problems.length > 0 && (
          <div
            className="message message-error"
            ref={summary}
            tabIndex={-1}
            role="alert"
            aria-labelledby="add-problems"
          >
            <p className="message-title" id="add-problems">
              Check these before sending
            </p>
            <ul>
              {problems.map((p) => (
                <li key={p.field + p.text}>
                  <a href={`#${inputIdOf(p.field)}`}>{p.text}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {text('childRef', 'Child reference (the CHILD id in your SSDA903 return)')}
        {text('firstName', "Child's first name")}
        {text('lastName', "Child's last name")}
        {field('dateOfBirth', 'Date of birth', (props) => (
          <input {...props} type="date" value={form.dateOfBirth} onChange={(e) => set('dateOfBirth')(e.target.value)} />
        ))}
        {field('legalStatus', 'Legal status', (props) => (
          <select {...props} value={form.legalStatus} onChange={(e) => set('legalStatus')(e.target.value)}>
            {LEGAL_STATUS_CHOICES.map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        ))}
        {field('placementType', 'Placement', (props) => (
          <select {...props} value={form.placementType} onChange={(e) => set('placementType')(e.target.value)}>
            {PLACEMENTS.map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        ))}
        <h3 id="carers">The carers</h3>
        {form.carers.map((carer, i) => (
          <fieldset className="field carer" key={i} aria-describedby={i === 0 ? 'carers-hint' : undefined}>
            <legend>Carer {i + 1}</legend>
            {i === 0 && (
              <p className="hint" id="carers-hint">
                Everyone who cares for the child and would apply for the order. Add another carer below.
              </p>
            )}
            {field(`carers.${i}.carerRef`, 'Carer reference', (props) => (
              <input {...props} value={carer.carerRef} onChange={(e) => setCarer(i, 'carerRef', e.target.value)} />
            ))}
            {field(`carers.${i}.firstName`, "Carer's first name", (props) => (
              <input {...props} value={carer.firstName} onChange={(e) => setCarer(i, 'firstName', e.target.value)} />
            ))}
            {field(`carers.${i}.lastName`, "Carer's last name", (props) => (
              <input {...props} value={carer.lastName} onChange={(e) => setCarer(i, 'lastName', e.target.value)} />
            ))}
            {field(`carers.${i}.relationship`, 'Relationship to the child (for example, grandparent)', (props) => (
              <input
                {...props}
                value={carer.relationship}
                onChange={(e) => setCarer(i, 'relationship', e.target.value)}
              />
            ))}
            <div className="checkbox">
              <input
                type="checkbox"
                id={inputIdOf(`carers.${i}.isFormerFosterCarer`)}
                checked={carer.isFormerFosterCarer}
                onChange={(e) => setCarer(i, 'isFormerFosterCarer', e.target.checked)}
              />
              <label htmlFor={inputIdOf(`carers.${i}.isFormerFosterCarer`)}>
                This carer is approved as the child's foster carer (a kinship foster carer)
              </label>
            </div>
            {form.carers.length > 1 && (
              <button
                type="button"
                className="secondary"
                onClick={() => setForm({ ...form, carers: form.carers.filter((_, j) => j !== i) })}
              >
                Remove carer {i + 1}
              </button>
            )}
          </fieldset>
        ))}
        {form.carers.length < MAX_CARERS && (
          <button
            type="button"
            className="secondary"
            onClick={() => setForm({ ...form, carers: [...form.carers, NEW_CARER] })}
          >
            Add another carer
          </button>
        )}
        {refusal && <ErrorMessage title="The record was not added">{refusal}</ErrorMessage>}
        {refusal && refused && <ExistingChildLink error={refused.err} childRef={refused.childRef} />}
        {added && (
          <SuccessMessage>
            <p>Record added for {childDisplayName(added)}.</p>
            <button type="button" onClick={() => onAdded(added)}>
              Use this child for a conversion
            </button>
          </SuccessMessage>
        )}
        <p>
          <button type="submit" disabled={sending}>
            {sending ? 'Adding…' : 'Add the record'}
          </button>
        </p>
      </form>
    </section>
  );
}
