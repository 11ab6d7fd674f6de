import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { childDisplayName } from '../components/ChildName';
import { ErrorMessage, SuccessMessage } from '../components/Messages';
import { ExistingChildLink } from '../actions/ExistingChildLink';
import type { Child } from '../types';
import { describeError } from '../refusal';

/** SSDA903 legal statuses, with what each means. */
const LEGAL_STATUSES: [string, string][] = [
  ['C2', 'Full care order (C2)'],
  ['C1', 'Interim care order (C1)'],
  ['E1', 'Placement order (E1)'],
  ['D1', 'Freeing order (D1)'],
  ['V2', 'Accommodated under section 20 (V2)'],
  ['V3', 'Short breaks, each break recorded (V3)'],
  ['V4', 'Short breaks, the agreement recorded (V4)'],
  ['J1', 'Remanded to local authority accommodation (J1)'],
  ['J2', 'Placed in accommodation under PACE (J2)'],
  ['J3', 'Sentenced to a supervision order with residence requirement (J3)'],
  ['L1', 'Under police protection (L1)'],
  ['L2', 'Emergency protection order (L2)'],
  ['L3', 'Under a child assessment order (L3)'],
];

/** SSDA903 placement types; only the kinship ones are spelt out. */
const PLACEMENTS: [string, string][] = [
  ['U1', 'With relatives or friends, long-term fostering (U1)'],
  ['U2', 'With relatives or friends who are also approved adopters (U2)'],
  ['U3', 'With relatives or friends, not long-term (U3)'],
  ['U4', 'With other foster carers, long-term fostering (U4)'],
  ['U5', 'With other foster carers who are also approved adopters (U5)'],
  ['U6', 'With other foster carers, not long-term (U6)'],
  ...[
    'A3',
    'A4',
    'A5',
    'A6',
    'H5',
    'K1',
    'K2',
    'K3',
    'P1',
    'P2',
    'P3',
    'R1',
    'R2',
    'R3',
    'R5',
    'S1',
    'T0',
    'T1',
    'T2',
    'T3',
    'T4',
    'Z1',
  ].map((code): [string, string] => [code, `Other placement (${code})`]),
];

const EMPTY = {
  childRef: '',
  firstName: '',
  lastName: '',
  dateOfBirth: '',
  legalStatus: 'C2',
  placementType: 'U1',
  carerRef: '',
  carerFirstName: '',
  carerLastName: '',
  relationship: '',
  isFormerFosterCarer: false,
};

/** Adds a child's record with one carer (POST /children), ready for a conversion. */
export function AddChild({ onAdded }: { onAdded: (child: Child) => void }) {
  const [form, setForm] = useState(EMPTY);
  const [added, setAdded] = useState<Child>();
  const [error, setError] = useState<string>();
  const [refusal, setRefusal] = useState<{ err: unknown; childRef: string }>();
  const set = (key: keyof typeof EMPTY) => (value: string | boolean) => setForm({ ...form, [key]: value });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setAdded(undefined);
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
          carers: [
            {
              carerRef: form.carerRef.trim(),
              firstName: form.carerFirstName.trim(),
              lastName: form.carerLastName.trim(),
              relationship: form.relationship.trim(),
              isFormerFosterCarer: form.isFormerFosterCarer,
            },
          ],
        },
      });
      setAdded(child);
      setForm(EMPTY);
    } catch (err) {
      setError(describeError(err));
      setRefusal({ err, childRef: form.childRef.trim() });
    }
  }

  const text = (key: keyof typeof EMPTY, label: string, props: Record<string, unknown> = {}) => (
    <div className="field">
      <label htmlFor={`add-${key}`}>{label}</label>
      <input id={`add-${key}`} value={form[key] as string} onChange={(e) => set(key)(e.target.value)} {...props} />
    </div>
  );

  return (
    <section aria-labelledby="add-child">
      <h2 id="add-child">Add a child's record</h2>
      <form onSubmit={submit} noValidate>
        {text('childRef', 'Child reference (the CHILD id in your SSDA903 return)')}
        {text('firstName', "Child's first name")}
        {text('lastName', "Child's last name")}
        {text('dateOfBirth', 'Date of birth', { type: 'date' })}
        <div className="field">
          <label htmlFor="add-legalStatus">Legal status</label>
          <select id="add-legalStatus" value={form.legalStatus} onChange={(e) => set('legalStatus')(e.target.value)}>
            {LEGAL_STATUSES.map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="add-placementType">Placement</label>
          <select
            id="add-placementType"
            value={form.placementType}
            onChange={(e) => set('placementType')(e.target.value)}
          >
            {PLACEMENTS.map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>The carer</legend>
          {text('carerRef', 'Carer reference')}
          {text('carerFirstName', "Carer's first name")}
          {text('carerLastName', "Carer's last name")}
          {text('relationship', 'Relationship to the child (for example, grandparent)')}
          <div className="checkbox">
            <input
              type="checkbox"
              id="add-isFormerFosterCarer"
              checked={form.isFormerFosterCarer}
              onChange={(e) => set('isFormerFosterCarer')(e.target.checked)}
            />
            <label htmlFor="add-isFormerFosterCarer">
              The carer is approved as the child's foster carer (a kinship foster carer)
            </label>
          </div>
        </fieldset>
        {error && <ErrorMessage title="The record was not added">{error}</ErrorMessage>}
        {error && refusal && <ExistingChildLink error={refusal.err} childRef={refusal.childRef} />}
        {added && (
          <SuccessMessage>
            <p>
              Record added for {childDisplayName(added)}. Its record id is <code>{added.id}</code>.
            </p>
            <button type="button" onClick={() => onAdded(added)}>
              Use this child for a conversion
            </button>
          </SuccessMessage>
        )}
        <button type="submit">Add the record</button>
      </form>
    </section>
  );
}
