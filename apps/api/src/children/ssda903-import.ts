import { LEGAL_STATUSES, isIsoDate } from '../../../../libs/domain/src';
import { PLACEMENT_CODES } from './dto/create-child.dto';

/** One child's current episode, read from a row of an SSDA903 episodes file. */
export interface ImportedEpisode {
  row: number;
  childRef: string;
  sex: string | null;
  dateOfBirth: string;
  episodeStart: string | null;
  legalStatus: string;
  placementType: string;
}

export interface Rejection {
  row: number;
  reason: string;
}

const REQUIRED_COLUMNS = ['CHILD', 'DOB', 'LS', 'PLACE'];

/** RFC 4180 CSV: quoted fields, doubled quotes, commas and newlines inside quotes, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** SSDA903 files write dates as DD/MM/YYYY; ISO dates are accepted too. */
export function ssdaDate(text: string): string | undefined {
  const trimmed = text.trim();
  const uk = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(trimmed);
  const iso = uk ? `${uk[3]}-${uk[2]}-${uk[1]}` : trimmed;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * Reads every row it can; a bad row is rejected with its line number and why, never stopping the
 * rest. Line 1 is the header, so the first data row is row 2.
 */
export function readEpisodes(text: string): {
  episodes: ImportedEpisode[];
  rejected: Rejection[];
  headerProblem?: string;
} {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  const columns = (header ?? []).map((h) => h.trim().toUpperCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length)
    return {
      episodes: [],
      rejected: [],
      headerProblem: `The header must name the SSDA903 columns ${REQUIRED_COLUMNS.join(', ')}; missing: ${missing.join(', ')}`,
    };
  const episodes: ImportedEpisode[] = [];
  const rejected: Rejection[] = [];
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const get = (name: string) => (cells[columns.indexOf(name)] ?? '').trim();
    const problems: string[] = [];
    const childRef = get('CHILD');
    if (!childRef) problems.push('CHILD is empty');
    else if (childRef.length > 64) problems.push('CHILD is longer than 64 characters');
    const dateOfBirth = ssdaDate(get('DOB'));
    if (!dateOfBirth) problems.push(`DOB "${get('DOB')}" is not a date (DD/MM/YYYY)`);
    const decom = get('DECOM');
    const episodeStart = decom ? ssdaDate(decom) : null;
    if (episodeStart === undefined) problems.push(`DECOM "${decom}" is not a date (DD/MM/YYYY)`);
    const legalStatus = get('LS').toUpperCase();
    if (!(LEGAL_STATUSES as readonly string[]).includes(legalStatus))
      problems.push(`LS "${get('LS')}" is not an SSDA903 legal status`);
    const placementType = get('PLACE').toUpperCase();
    if (!PLACEMENT_CODES.includes(placementType))
      problems.push(`PLACE "${get('PLACE')}" is not an SSDA903 placement code`);
    if (problems.length) {
      rejected.push({ row, reason: problems.join('; ') });
      return;
    }
    const sex = columns.includes('SEX') ? get('SEX') || null : null;
    episodes.push({
      row,
      childRef,
      sex,
      dateOfBirth: dateOfBirth!,
      episodeStart: episodeStart ?? null,
      legalStatus,
      placementType,
    });
  });
  return { episodes, rejected };
}
