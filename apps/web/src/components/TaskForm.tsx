import { useId, useRef, useState, type FormEvent } from 'react';
import { api } from '../api';
import { describeError } from '../refusal';
import { outcomeLabel, stageLabel, statusLabel } from '../labels';
import type { FieldSpec, Process, Task } from '../types';
import { ErrorMessage } from './Messages';
import { TaskField, toApiValue, type FieldValue } from './TaskFields';

interface Props {
  task: Task;
  /** Called with a sentence saying what happened, once the service has accepted the outcome. */
  onDone: (message: string) => void;
}

/** Completes a task with one of its outcomes and the fields that outcome needs. */
export function TaskForm({ task, onDone }: Props) {
  const formId = useId();
  const [outcome, setOutcome] = useState(task.allowedOutcomes.length === 1 ? task.allowedOutcomes[0] : '');
  const [values, setValues] = useState<Record<string, FieldValue>>({});
  const [notes, setNotes] = useState('');
  const [problems, setProblems] = useState<{ field: string; text: string }[]>([]);
  const [refusal, setRefusal] = useState<string>();
  const [sending, setSending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const required: FieldSpec[] = [
    ...(task.requiredData ?? []),
    ...(outcome ? (task.requiredDataByOutcome?.[outcome] ?? []) : []),
  ];
  const optional: FieldSpec[] = task.optionalData ?? [];
  const inputId = (field: FieldSpec) => `${formId}-${field.name}`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setRefusal(undefined);
    const found: { field: string; text: string }[] = [];
    if (!outcome) found.push({ field: `${formId}-outcome`, text: 'Choose what the outcome was' });
    const data: Record<string, unknown> = {};
    for (const [field, isRequired] of [
      ...required.map((f) => [f, true] as const),
      ...optional.map((f) => [f, false] as const),
    ]) {
      const { value, problem } = toApiValue(field, values[field.name], isRequired);
      if (problem) found.push({ field: inputId(field), text: problem });
      else if (value !== undefined) data[field.name] = value;
    }
    setProblems(found);
    if (found.length) {
      // Focus the summary so the problems are read out and each can be followed to its field.
      setTimeout(() => summary.current?.focus());
      return;
    }
    setSending(true);
    try {
      const res = await api<{ task: Task; process: Process }>(`/tasks/${task.id}/complete`, {
        method: 'POST',
        body: {
          outcome,
          ...(notes.trim() ? { notes: notes.trim() } : {}),
          ...(Object.keys(data).length ? { data } : {}),
        },
      });
      const where =
        res.process.status === 'active'
          ? `The case is now at the stage: ${stageLabel(res.process.stage)}.`
          : `The case is now ${statusLabel(res.process.status).toLowerCase()}.`;
      onDone(`Recorded “${outcomeLabel(outcome)}” for “${task.title}”. ${where}`);
    } catch (err) {
      setRefusal(describeError(err));
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="task-form" onSubmit={submit} noValidate aria-label={`Record the outcome of: ${task.title}`}>
      {problems.length > 0 && (
        <div
          className="message message-error"
          ref={summary}
          tabIndex={-1}
          role="alert"
          aria-labelledby={`${formId}-problems`}
        >
          <p className="message-title" id={`${formId}-problems`}>
            Check these before sending
          </p>
          <ul>
            {problems.map((p) => (
              <li key={p.field + p.text}>
                <a href={`#${p.field}`}>{p.text}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset className="field" id={`${formId}-outcome`} tabIndex={-1}>
        <legend>What was the outcome?</legend>
        {task.allowedOutcomes.map((o) => (
          <div className="radio" key={o}>
            <input
              type="radio"
              name={`${formId}-outcome`}
              id={`${formId}-outcome-${o}`}
              value={o}
              checked={outcome === o}
              onChange={() => setOutcome(o)}
            />
            <label htmlFor={`${formId}-outcome-${o}`}>{outcomeLabel(o)}</label>
          </div>
        ))}
      </fieldset>
      {required.map((field) => (
        <TaskField
          key={`r-${field.name}`}
          field={field}
          required
          inputId={inputId(field)}
          value={values[field.name]}
          problem={problems.find((p) => p.field === inputId(field))?.text}
          onChange={(v) => setValues({ ...values, [field.name]: v })}
        />
      ))}
      {optional.map((field) => (
        <TaskField
          key={`o-${field.name}`}
          field={field}
          required={false}
          inputId={inputId(field)}
          value={values[field.name]}
          problem={problems.find((p) => p.field === inputId(field))?.text}
          onChange={(v) => setValues({ ...values, [field.name]: v })}
        />
      ))}
      <div className="field">
        <label htmlFor={`${formId}-notes`}>Notes (optional)</label>
        <textarea id={`${formId}-notes`} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      {refusal && <ErrorMessage title="The service did not accept this">{refusal}</ErrorMessage>}
      <button type="submit" disabled={sending}>
        {sending ? 'Sending…' : 'Record the outcome'}
      </button>
    </form>
  );
}
