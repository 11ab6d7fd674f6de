import { useId } from 'react';
import { poundsToPence } from '../format';
import { plainFieldLabel, valueLabel } from '../labels';
import type { FieldSpec } from '../types';

export type FieldValue = string | boolean | string[];

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The field's label as a person reads it; money is typed in pounds, whatever the API stores. */
export function fieldLabel(spec: FieldSpec): string {
  const field = { ...spec, label: plainFieldLabel(spec.label) };
  if (field.type === 'pence')
    return sentence(
      /\bin pence\b/.test(field.label)
        ? field.label.replace(/\bin pence\b/, 'in pounds')
        : `${field.label} (in pounds)`,
    );
  return sentence(field.label);
}

interface Props {
  field: FieldSpec;
  required: boolean;
  value: FieldValue | undefined;
  problem?: string;
  onChange: (value: FieldValue) => void;
  /** The id of the control, so an error summary can link to it. */
  inputId: string;
}

/** One input for one field spec of a task: date, text, money, number, choice, yes/no or list. */
export function TaskField({ field, required, value, problem, onChange, inputId }: Props) {
  const hintId = useId();
  const errorId = useId();
  const label = `${fieldLabel(field)}${required ? '' : ' (optional)'}`;
  const describedBy = [hint(field) ? hintId : '', problem ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const common = { id: inputId, 'aria-describedby': describedBy, 'aria-invalid': problem ? true : undefined, required };
  const hintText = hint(field);
  const error = problem ? (
    <p id={errorId} className="field-error">
      <span className="visually-hidden">Error: </span>
      {problem}
    </p>
  ) : null;

  if (field.type === 'boolean') {
    return (
      <div className={`field checkbox ${problem ? 'field-has-error' : ''}`}>
        {error}
        <input
          type="checkbox"
          {...common}
          required={false}
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={inputId}>{label}</label>
      </div>
    );
  }

  const options = field.allowedValues ?? field.mustInclude;
  if (field.type === 'list' && options) {
    const chosen = Array.isArray(value) ? value : [];
    const toggle = (item: string, on: boolean) => onChange(on ? [...chosen, item] : chosen.filter((v) => v !== item));
    return (
      <fieldset
        className={`field ${problem ? 'field-has-error' : ''}`}
        aria-describedby={describedBy}
        id={inputId}
        tabIndex={-1}
      >
        <legend>{label}</legend>
        {hintText && (
          <p id={hintId} className="hint">
            {hintText}
          </p>
        )}
        {error}
        {options.map((item) => (
          <div className="checkbox" key={item}>
            <input
              type="checkbox"
              id={`${inputId}-${item}`}
              checked={chosen.includes(item)}
              onChange={(e) => toggle(item, e.target.checked)}
            />
            <label htmlFor={`${inputId}-${item}`}>{valueLabel(item)}</label>
          </div>
        ))}
      </fieldset>
    );
  }

  let control;
  if (field.type === 'choice') {
    control = (
      <select {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose one</option>
        {(field.allowedValues ?? []).map((v) => (
          <option key={v} value={v}>
            {valueLabel(v)}
          </option>
        ))}
      </select>
    );
  } else if (field.type === 'list' || (field.type === 'text' && /recommendation|reason|notes/i.test(field.name))) {
    control = (
      <textarea
        {...common}
        rows={field.type === 'list' ? 4 : 3}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  } else {
    const type = field.type === 'date' ? 'date' : field.type === 'integer' ? 'number' : 'text';
    control = (
      <span className={field.type === 'pence' ? 'money' : undefined}>
        {field.type === 'pence' && (
          <span className="money-symbol" aria-hidden="true">
            £
          </span>
        )}
        <input
          {...common}
          type={type}
          inputMode={field.type === 'pence' ? 'decimal' : field.type === 'integer' ? 'numeric' : undefined}
          min={field.type === 'integer' ? 1 : undefined}
          step={field.type === 'integer' ? 1 : undefined}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
        />
      </span>
    );
  }
  return (
    <div className={`field ${problem ? 'field-has-error' : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      {hintText && (
        <p id={hintId} className="hint">
          {hintText}
        </p>
      )}
      {error}
      {control}
    </div>
  );
}

function hint(field: FieldSpec): string | undefined {
  switch (field.type) {
    case 'date':
      return 'For example, 16 November 2026.';
    case 'pence':
      return 'Pounds and pence, for example 185.32.';
    case 'list':
      if (field.mustInclude?.length) return 'Tick every item: the service accepts this only when all are done.';
      if (field.allowedValues?.length) return 'Tick all that apply.';
      return 'One item on each line.';
    default:
      return undefined;
  }
}

/** The API's value for a field, or a problem to show the person. Undefined value: leave it out. */
export function toApiValue(
  field: FieldSpec,
  value: FieldValue | undefined,
  required: boolean,
): { value?: unknown; problem?: string } {
  const label = fieldLabel(field);
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (field.type === 'boolean') return value === true ? { value: true } : required ? { value: false } : {};
  if (empty)
    return required
      ? {
          problem: `${label}: ${field.type === 'list' && (field.allowedValues || field.mustInclude) ? 'tick at least one' : 'enter a value'}`,
        }
      : {};
  switch (field.type) {
    case 'pence': {
      const pence = poundsToPence(String(value));
      return pence === null ? { problem: `${label}: enter an amount in pounds, such as 185.32` } : { value: pence };
    }
    case 'integer': {
      const n = Number(value);
      return Number.isSafeInteger(n) && n > 0 ? { value: n } : { problem: `${label}: enter a whole number above 0` };
    }
    case 'list': {
      const items = Array.isArray(value)
        ? value
        : String(value)
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean);
      const missing = (field.mustInclude ?? []).filter((item) => !items.includes(item));
      return missing.length
        ? { problem: `${label}: tick every item; not ticked: ${missing.map(valueLabel).join(', ')}` }
        : { value: items };
    }
    default:
      return { value: String(value).trim() };
  }
}
