import { today } from '../format';

export interface CarerForm {
  carerRef: string;
  firstName: string;
  lastName: string;
  relationship: string;
  isFormerFosterCarer: boolean;
}
export interface ChildForm {
  childRef: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  legalStatus: string;
  placementType: string;
  carers: CarerForm[];
}
/** A problem with one field: the API's name for it (`carers.1.firstName`) and what to do, in words. */
export interface Problem {
  field: string;
  text: string;
}

export const NEW_CARER: CarerForm = {
  carerRef: '',
  firstName: '',
  lastName: '',
  relationship: '',
  isFormerFosterCarer: false,
};

const CHILD_REF = /^[A-Za-z0-9-]{1,32}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const CHILD_FIELDS: Record<string, [empty: string, wrong: string]> = {
  childRef: [
    "Enter the child's reference",
    "The child's reference can only have letters, numbers and dashes, and at most 32 characters",
  ],
  firstName: ["Enter the child's first name", "The child's first name must be 200 characters or fewer"],
  lastName: ["Enter the child's last name", "The child's last name must be 200 characters or fewer"],
  dateOfBirth: [
    "Enter the child's date of birth",
    'The date of birth must be a real date, today or in the past, for example 4 May 2016',
  ],
  legalStatus: ["Choose the child's legal status", "Choose the child's legal status from the list"],
  placementType: ["Choose the child's placement", "Choose the child's placement from the list"],
};

const CARER_FIELDS: Record<string, (n: number) => [empty: string, wrong: string]> = {
  carerRef: (n) => [`Enter carer ${n}'s reference`, `Carer ${n}'s reference must be 64 characters or fewer`],
  firstName: (n) => [`Enter carer ${n}'s first name`, `Carer ${n}'s first name must be 200 characters or fewer`],
  lastName: (n) => [`Enter carer ${n}'s last name`, `Carer ${n}'s last name must be 200 characters or fewer`],
  relationship: (n) => [
    `Enter carer ${n}'s relationship to the child`,
    `Carer ${n}'s relationship must be 100 characters or fewer`,
  ],
  isFormerFosterCarer: (n) => [
    `Say whether carer ${n} is the child's foster carer`,
    `Say whether carer ${n} is the child's foster carer`,
  ],
};

/** What is wrong with the form, field by field, checked as the API will check it. */
export function checkChild(form: ChildForm, now = today()): Problem[] {
  const found: Problem[] = [];
  const need = (field: string, value: string, ok: (v: string) => boolean, [empty, wrong]: [string, string]) => {
    if (!value.trim()) found.push({ field, text: empty });
    else if (!ok(value.trim())) found.push({ field, text: wrong });
  };
  need('childRef', form.childRef, (v) => CHILD_REF.test(v), CHILD_FIELDS.childRef);
  need('firstName', form.firstName, (v) => v.length <= 200, CHILD_FIELDS.firstName);
  need('lastName', form.lastName, (v) => v.length <= 200, CHILD_FIELDS.lastName);
  need(
    'dateOfBirth',
    form.dateOfBirth,
    (v) => ISO_DATE.test(v) && !Number.isNaN(Date.parse(v)) && v <= now && v >= '1900-01-01',
    CHILD_FIELDS.dateOfBirth,
  );
  form.carers.forEach((c, i) => {
    const limits: Record<string, number> = { carerRef: 64, firstName: 200, lastName: 200, relationship: 100 };
    for (const [key, max] of Object.entries(limits))
      need(`carers.${i}.${key}`, c[key as keyof CarerForm] as string, (v) => v.length <= max, CARER_FIELDS[key](i + 1));
  });
  if (form.carers.length === 0) found.push({ field: 'carers', text: 'Add at least one carer' });
  return found;
}

/**
 * The API's 400 `details` as problems in the form's own words: its validator's text is never
 * shown. A field the form does not know is named in words as well as it can be.
 */
export function problemsFromApi(details: { field: string }[]): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const { field } of details) {
    if (seen.has(field)) continue;
    seen.add(field);
    const carer = /^carers\.(\d+)\.(\w+)$/.exec(field);
    if (carer && CARER_FIELDS[carer[2]])
      problems.push({ field, text: CARER_FIELDS[carer[2]](Number(carer[1]) + 1)[1] });
    else if (CHILD_FIELDS[field]) problems.push({ field, text: CHILD_FIELDS[field][1] });
    else problems.push({ field: 'childRef', text: 'Something in the form was not accepted: check each answer' });
  }
  return problems;
}

/** The id of the input for an API field name: `carers.1.firstName` → `add-carers-1-firstName`. */
export const inputIdOf = (field: string): string => `add-${field.replace(/\./g, '-')}`;
