import { ageOn } from './dates';
import { RuleViolation, ErrorType } from './errors';

/** SSDA903 codes the service uses (domain.md §0.2, checked against the 903 validator's lists). */
export const LEGAL_STATUSES = ['C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3'] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

export const PLACEMENT_TYPES = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'] as const;
/** Placement codes outside the U family are stored as given; only U codes drive kinship rules. */
export const KINSHIP_PLACEMENTS = ['U1', 'U2', 'U3'] as const;
export const FOSTER_PLACEMENTS = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'] as const;

export type ReasonEpisodeCeased = 'E41' | 'E45' | 'E46' | 'E47' | 'E48';

export interface OrderFacts {
  order: 'sgo' | 'cao';
  /** The carers named in the order were the child's foster carers. */
  toFormerFosterCarers: boolean;
  /** The carers are the child's relatives or friends. */
  toRelativesOrFriends: boolean;
  dateOfBirth: string;
  orderDate: string;
  placementType: string;
}

/**
 * The REC code for a care episode ended by an order, with the validator's rules applied: rule 407
 * (no E45–E48 at 18 or over on the date ceased) and rule 516 (E45/E46 need a U1–U6 placement).
 */
export function reasonEpisodeCeased(facts: OrderFacts): ReasonEpisodeCeased {
  if (facts.order === 'cao') return 'E41';
  if (ageOn(facts.dateOfBirth, facts.orderDate) >= 18) {
    throw new RuleViolation(
      ErrorType.RuleRefused,
      'An SGO reason code (E45–E48) cannot end an episode for a child aged 18 or over on the order date (SSDA903 rule 407)',
    );
  }
  const code: ReasonEpisodeCeased = facts.toFormerFosterCarers
    ? facts.toRelativesOrFriends
      ? 'E45'
      : 'E46'
    : facts.toRelativesOrFriends
      ? 'E47'
      : 'E48';
  if ((code === 'E45' || code === 'E46') && !(FOSTER_PLACEMENTS as readonly string[]).includes(facts.placementType)) {
    throw new RuleViolation(
      ErrorType.RuleRefused,
      `${code} needs the child to have been in a U1–U6 foster placement, not ${facts.placementType} (SSDA903 rule 516)`,
    );
  }
  return code;
}
