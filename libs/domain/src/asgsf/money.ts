/** Money is whole pence everywhere; pounds appear only in messages people read. */

/** `125000` → `£1,250.00`. Plain arithmetic, so the text is the same in every runtime and locale. */
export function formatPounds(pence: number): string {
  if (!Number.isSafeInteger(pence)) throw new RangeError(`an amount must be a whole number of pence, not ${pence}`);
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const pounds = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}£${pounds}.${(abs % 100).toString().padStart(2, '0')}`;
}

export function assertPence(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a whole, non-negative number of pence, not ${value}`);
  }
}
