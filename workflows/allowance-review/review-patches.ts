/**
 * Patch ids of the allowance review: each names a change to a running review's behaviour, so
 * reviews begun before it replay as they ran.
 */

/** Date-only deadlines (the 18th birthday, the day a return is asked by) fall due at the end of their day. */
export const REVIEW_DATE_ONLY_DEADLINES_END_OF_DAY = 'review-date-only-deadlines-end-of-day';

/** A suspended allowance keeps its amount through the suspension: `continue` afterwards pays it. */
export const SUSPENSION_CARRIES_AMOUNT = 'suspension-carries-amount';

/** The carer's benefits enter the means test by kind (passporting, DLA/PIP and child benefit rules apply). */
export const BENEFITS_BY_KIND = 'benefits-by-kind';

/** The fostering-allowance rates come from the policy by year; a year without rates is not calculated. */
export const RATES_PER_YEAR_FROM_POLICY = 'rates-per-year-from-policy';

/**
 * Over 18: the EHCP answer reaches the policy (Kent's variant), a suspended allowance does not carry
 * on past 18 (reg 2(2): payable just before the birthday), and evidence recorded after the birthday
 * ends the allowance no earlier than the day it was recorded.
 */
export const OVER_18_CONTINUATION_RULES = 'over-18-continuation-rules';

/** A Kinship Zone allowance is calculated only for its 3 years from the order (domain.md §3.3). */
export const KINSHIP_ZONE_CLAIM_LIMIT = 'kinship-zone-claim-limit';

/** The baseline is the council's own fostering allowance by year when the policy holds it (*B v Lewisham*). */
export const COUNCIL_FOSTERING_ALLOWANCE_BASELINE = 'council-fostering-allowance-baseline';

/**
 * Transitional remuneration: the start payment includes the former foster carers' fee, and a
 * reassessment is held on the day it ends (order + 2 years), where `continue` drops the fee.
 */
export const TRANSITIONAL_REMUNERATION_REASSESSMENT = 'transitional-remuneration-reassessment';
