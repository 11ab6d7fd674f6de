/** Money is whole pence everywhere; pounds appear only in messages people read. */

/** `125000` → `£1,250.00`. Plain arithmetic, so the text is the same in every runtime and locale. */
export function formatPounds(pence: number): string {
  assertPence(pence, 'amount');
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const pounds = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = (abs % 100).toString().padStart(2, '0');
  return `${sign}£${pounds}.${rest}`;
}

export function assertPence(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a whole number of pence, not ${value}`);
}
