import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorMessage } from '../components/Messages';
import { poundsToPence } from '../format';
import { describeError } from '../refusal';

export interface ActionField {
  name: string;
  label: string;
  type?: 'text' | 'textarea' | 'date' | 'weeks' | 'pounds' | 'choice';
  hint?: string;
  optional?: boolean;
  /** For `choice`: value → words. */
  choices?: Record<string, string>;
}

interface Props {
  /** What the form does, as its accessible name and its button. */
  title: string;
  submitLabel: string;
  fields: ActionField[];
  /** Sends the values; answers with a sentence saying what happened, or throws the service's refusal. */
  onSubmit: (values: Record<string, string>) => Promise<string>;
  onDone: (message: string) => void;
  children?: ReactNode;
  /** More to show under a refusal (a link to the open case after a 409). */
  afterRefusal?: (err: unknown) => ReactNode;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Why a typed value will not do, in words, or undefined. */
function problemWith(field: ActionField, raw: string): string | undefined {
  const value = raw.trim();
  if (!value) return field.optional ? undefined : `Enter ${field.label.toLowerCase()}`;
  if (field.type === 'date' && !DATE.test(value)) return `Enter ${field.label.toLowerCase()} as a date`;
  if (field.type === 'weeks' && !/^\d+$/.test(value)) return `Enter ${field.label.toLowerCase()} as a whole number`;
  if (field.type === 'pounds' && poundsToPence(value) === null)
    return `Enter ${field.label.toLowerCase()} in pounds, for example 185.50`;
  return undefined;
}

/**
 * A small form for a case action (pause, a case note, a referral…), with the same error summary
 * and field errors as the task forms: problems are found before anything is sent, and the
 * service's own refusal is shown after its plain lead-in.
 */
export function ActionForm({ title, submitLabel, fields, onSubmit, onDone, children, afterRefusal }: Props) {
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<{ field: string; text: string }[]>([]);
  const [refusal, setRefusal] = useState<{ text: string; err: unknown }>();
  const [sending, setSending] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const inputId = (f: ActionField) => `${id}-${f.name}`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setRefusal(undefined);
    const found = fields.flatMap((f) => {
      const text = problemWith(f, values[f.name] ?? '');
      return text ? [{ field: inputId(f), text }] : [];
    });
    setProblems(found);
    if (found.length) {
      setTimeout(() => summary.current?.focus());
      return;
    }
    setSending(true);
    try {
      const trimmed = Object.fromEntries(fields.map((f) => [f.name, (values[f.name] ?? '').trim()]));
      const message = await onSubmit(trimmed);
      setValues({});
      onDone(message);
    } catch (err) {
      setRefusal({ text: describeError(err), err });
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="action-form" onSubmit={submit} noValidate aria-label={title}>
      {problems.length > 0 && (
        <div className="message message-error" ref={summary} tabIndex={-1} role="alert" aria-labelledby={`${id}-p`}>
          <p className="message-title" id={`${id}-p`}>
            Check these before sending
          </p>
          <ul>
            {problems.map((p) => (
              <li key={p.field}>
                <a href={`#${p.field}`}>{p.text}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {children}
      {fields.map((f) => {
        const problem = problems.find((p) => p.field === inputId(f))?.text;
        const describedBy = [f.hint ? `${inputId(f)}-hint` : '', problem ? `${inputId(f)}-error` : '']
          .filter(Boolean)
          .join(' ');
        const common = {
          id: inputId(f),
          value: values[f.name] ?? '',
          'aria-describedby': describedBy || undefined,
          'aria-invalid': problem ? true : undefined,
          onChange: (e: { target: { value: string } }) => setValues({ ...values, [f.name]: e.target.value }),
        };
        return (
          <div key={f.name} className={`field ${problem ? 'field-has-error' : ''}`}>
            <label htmlFor={inputId(f)}>
              {f.label}
              {f.optional ? ' (optional)' : ''}
            </label>
            {f.hint && (
              <p className="hint" id={`${inputId(f)}-hint`}>
                {f.hint}
              </p>
            )}
            {problem && (
              <p className="field-error" id={`${inputId(f)}-error`}>
                <span className="visually-hidden">Error: </span>
                {problem}
              </p>
            )}
            {f.type === 'textarea' ? (
              <textarea rows={3} {...common} />
            ) : f.type === 'choice' ? (
              <select {...common}>
                <option value="">Choose one</option>
                {Object.entries(f.choices ?? {}).map(([value, words]) => (
                  <option key={value} value={value}>
                    {words}
                  </option>
                ))}
              </select>
            ) : (
              <input
                type={f.type === 'date' ? 'date' : 'text'}
                inputMode={f.type === 'weeks' ? 'numeric' : f.type === 'pounds' ? 'decimal' : undefined}
                spellCheck={f.type === 'text' || f.type === undefined ? undefined : false}
                {...common}
              />
            )}
          </div>
        );
      })}
      {refusal && <ErrorMessage title="The service did not accept this">{refusal.text}</ErrorMessage>}
      {refusal && afterRefusal?.(refusal.err)}
      <button type="submit" disabled={sending}>
        {sending ? 'Sending…' : submitLabel}
      </button>
    </form>
  );
}

/** An action someone may take, opened on demand so the page stays short. */
export function Action({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="action">
      <summary>{summary}</summary>
      <div className="action-body">{children}</div>
    </details>
  );
}

/** An action the viewer may not take, explained before any form. */
export function NotForYou({ children }: { children: ReactNode }) {
  return <p className="not-for-you">{children}</p>;
}
