import y2023 from './ssda903-code-lists/2023-24.json';
import y2024 from './ssda903-code-lists/2024-25.json';
import y2025 from './ssda903-code-lists/2025-26.json';

/**
 * The SSDA903 code lists of each collection year (1 April to 31 March), as data: the DfE changes
 * them from year to year (2025-26 added placements Z11–Z14 and retired H5, P2 and Z1). Add a year as
 * a file in ssda903-code-lists/ from the validator's lists for that year.
 */
export interface Ssda903CodeLists {
  collectionYear: string;
  from: string;
  to: string;
  source: string;
  legalStatuses: string[];
  placementTypes: string[];
}

export const SSDA903_CODE_LISTS: readonly Ssda903CodeLists[] = [y2023, y2024, y2025];

/** The collection year a date falls in: 2025-26 runs 1 April 2025 to 31 March 2026. */
export function collectionYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const start = Number(isoDate.slice(5, 7)) >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * The lists for a named collection year (refused, naming it, when not held), or for the year `today`
 * falls in; a year whose lists are not yet held uses the latest earlier year's, and the answer says which.
 * Refused (RangeError, a 400 at the API) for a year not held.
 */
export function codeListsFor(
  collectionYear: string | undefined,
  today: string,
  lists: readonly Ssda903CodeLists[] = SSDA903_CODE_LISTS,
): Ssda903CodeLists {
  const held = lists.map((l) => l.collectionYear).join(', ');
  if (collectionYear !== undefined) {
    const named = lists.find((l) => l.collectionYear === collectionYear);
    if (!named)
      throw new RangeError(
        `collectionYear: no SSDA903 code lists are held for ${collectionYear} (years held: ${held})`,
      );
    return named;
  }
  const current = collectionYearOf(today);
  const earlier = lists.filter((l) => l.collectionYear <= current);
  const latest = earlier[earlier.length - 1];
  if (!latest) throw new RangeError(`No SSDA903 code lists are held for ${current} or before (years held: ${held})`);
  return latest;
}
