import { NATIONAL_MINIMUM_ALLOWANCE } from '../../libs/domain/src/allowance';

/**
 * The 2025-26 figures held again for the rate years a review run today falls in. The reference
 * gives 2025-26 only, and a policy must hold every year it calculates from: without these, a
 * review dated in 2026-27 or later is not calculated (as it should not be).
 */
export const RATES_TO_2029 = [2025, 2026, 2027, 2028].map((year) => ({
  ...NATIONAL_MINIMUM_ALLOWANCE[0],
  financialYear: `${year}-${String((year + 1) % 100).padStart(2, '0')}`,
  from: `${year}-04-06`,
  to: `${year + 1}-04-05`,
  source: 'test: the 2025-26 figures',
}));
