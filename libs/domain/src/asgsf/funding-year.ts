/**
 * The ASGSF funding year is the financial year, 1 April to 31 March, named by the year it starts
 * in (2025 = 2025-26), as `financialYearOf` in ../dates does.
 */

/** `2025` → `'2025-26'`. */
export function financialYearLabel(financialYear: number): string {
  assertFinancialYear(financialYear);
  return `${financialYear}-${String((financialYear + 1) % 100).padStart(2, '0')}`;
}

/** Funded therapy must finish by 31 March at the end of the funding year (domain.md §2.4, §6 [R31]). */
export function therapyMustEndBy(financialYear: number): string {
  assertFinancialYear(financialYear);
  return `${financialYear + 1}-03-31`;
}

export function financialYearStart(financialYear: number): string {
  assertFinancialYear(financialYear);
  return `${financialYear}-04-01`;
}

export function assertFinancialYear(financialYear: number): void {
  if (!Number.isInteger(financialYear) || financialYear < 2000 || financialYear > 2999) {
    throw new RangeError(`a financial year is named by its starting year, such as 2025, not ${financialYear}`);
  }
}
