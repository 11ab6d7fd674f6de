import { CsvError, parse } from 'csv-parse/sync';
import { LEGAL_STATUSES } from '../../../../libs/domain/src';
import { CHILD_REF, isBoundedDate } from '../common/input-limits';
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

/** One record of a CSV file and the line of the file it starts on (line 1 is the header). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** The file is not CSV a parser can read to the end: nothing of it is imported. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    problem: string,
  ) {
    super(`Line ${line}: ${problem}; nothing was imported`);
  }
}

/**
 * RFC 4180 CSV through csv-parse: quoted fields, doubled quotes, commas and newlines inside quotes,
 * CRLF, LF or CR. Each record keeps the line it starts on, so a quoted newline does not shift the
 * numbers of the rows after it; a quote never closed is a CsvSyntaxError naming the line it opened on.
 */
export function parseCsv(text: string): CsvRecord[] {
  let lastLine = 0;
  const starts: number[] = [];
  try {
    const rows = parse(text, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      record_delimiter: ['\r\n', '\n', '\r'],
      on_record: (cells, context) => {
        starts.push(lastLine + 1);
        lastLine = context.lines;
        return cells;
      },
    });
    return rows.map((cells, i) => ({ line: starts[i], cells }));
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const line = lastLine + 1;
    if (err.code === 'CSV_QUOTE_NOT_CLOSED')
      throw new CsvSyntaxError(line, 'a quoted field opened here is never closed');
    throw new CsvSyntaxError(line, 'this row is not valid CSV (check its quotes)');
  }
}

/** SSDA903 files write dates as DD/MM/YYYY; ISO dates are accepted too. */
export function ssdaDate(text: string): string | undefined {
  const trimmed = text.trim();
  const uk = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(trimmed);
  const iso = uk ? `${uk[3]}-${uk[2]}-${uk[1]}` : trimmed;
  return isBoundedDate(iso) ? iso : undefined;
}

/**
 * Reads every row it can; a bad row is rejected with its line number and why, never stopping the
 * rest. A row is numbered by the line of the file it starts on: line 1 is the header, so the first
 * data row is row 2, and a row after a quoted newline keeps the number an editor shows for it.
 */
export function readEpisodes(text: string): {
  episodes: ImportedEpisode[];
  rejected: Rejection[];
  headerProblem?: string;
} {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (err) {
    if (err instanceof CsvSyntaxError) return { episodes: [], rejected: [], headerProblem: err.message };
    throw err;
  }
  const [header, ...rows] = records;
  const columns = (header?.cells ?? []).map((h) => h.trim().toUpperCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length)
    return {
      episodes: [],
      rejected: [],
      headerProblem: `The header must name the SSDA903 columns ${REQUIRED_COLUMNS.join(', ')}; missing: ${missing.join(', ')}`,
    };
  const episodes: ImportedEpisode[] = [];
  const rejected: Rejection[] = [];
  const today = new Date().toISOString().slice(0, 10);
  rows.forEach(({ cells, line: row }) => {
    if (cells.every((c) => c.trim() === '')) return;
    const get = (name: string) => (cells[columns.indexOf(name)] ?? '').trim();
    const problems: string[] = [];
    const childRef = get('CHILD');
    if (!childRef) problems.push('CHILD is empty');
    else if (!CHILD_REF.test(childRef)) problems.push('CHILD must be 1 to 32 letters, digits or dashes');
    const dateOfBirth = ssdaDate(get('DOB'));
    if (!dateOfBirth) problems.push(`DOB "${get('DOB')}" is not a date (DD/MM/YYYY)`);
    else if (dateOfBirth > today)
      problems.push(`DOB ${get('DOB')} is in the future: a child cannot be born after today`);
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
