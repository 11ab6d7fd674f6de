import { CsvError, parse } from 'csv-parse/sync';
import { codeListsFor, type Ssda903CodeLists } from '../../../../libs/domain/src';
import { CHILD_REF, isBoundedDate } from '../common/input-limits';

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
/** With a separate header file, the episodes carry CHILD, LS and PLACE; DOB and SEX come from the header. */
const EPISODE_COLUMNS = ['CHILD', 'LS', 'PLACE'];
const HEADER_COLUMNS = ['CHILD', 'DOB'];

/** One child of an SSDA903 header file: the table that holds SEX and DOB, one row per child. */
export interface HeaderRow {
  line: number;
  sex: string;
  dob: string;
}

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

/** The header row's column names, and which of the required ones are missing. */
function columnsOf(header: CsvRecord | undefined, required: string[]): { columns: string[]; missing: string[] } {
  const columns = (header?.cells ?? []).map((h) => h.trim().toUpperCase());
  return { columns, missing: required.filter((c) => !columns.includes(c)) };
}

/**
 * Reads an SSDA903 header file (CHILD, SEX, DOB, …): each child's sex and date of birth by CHILD, for
 * the episodes file to be joined to. A CHILD given twice keeps its last row.
 */
export function readHeader(text: string): { children: Map<string, HeaderRow>; headerProblem?: string } {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (err) {
    if (err instanceof CsvSyntaxError) return { children: new Map(), headerProblem: `Header file: ${err.message}` };
    throw err;
  }
  const [header, ...rows] = records;
  const { columns, missing } = columnsOf(header, HEADER_COLUMNS);
  if (missing.length)
    return {
      children: new Map(),
      headerProblem: `The header file must name the SSDA903 columns ${HEADER_COLUMNS.join(', ')}; missing: ${missing.join(', ')}`,
    };
  const children = new Map<string, HeaderRow>();
  for (const { cells, line } of rows) {
    const get = (name: string) => (cells[columns.indexOf(name)] ?? '').trim();
    if (get('CHILD'))
      children.set(get('CHILD'), { line, sex: columns.includes('SEX') ? get('SEX') : '', dob: get('DOB') });
  }
  return { children };
}

/**
 * Reads every row it can; a bad row is rejected with its line number and why, never stopping the
 * rest. A row is numbered by the line of the file it starts on: line 1 is the header, so the first
 * data row is row 2, and a row after a quoted newline keeps the number an editor shows for it.
 * Codes are checked against the collection year's lists. Given a header file's children, the
 * episodes need no DOB or SEX: they are joined by CHILD (an episode's own DOB, if any, wins).
 */
export function readEpisodes(
  text: string,
  codes: Ssda903CodeLists = codeListsFor(undefined, new Date().toISOString().slice(0, 10)),
  headerFile?: Map<string, HeaderRow>,
): {
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
  const required = headerFile ? EPISODE_COLUMNS : REQUIRED_COLUMNS;
  const { columns, missing } = columnsOf(header, required);
  if (missing.length)
    return {
      episodes: [],
      rejected: [],
      headerProblem: `The ${headerFile ? 'episodes file' : 'header'} must name the SSDA903 columns ${required.join(', ')}; missing: ${missing.join(', ')}`,
    };
  const episodes: ImportedEpisode[] = [];
  const rejected: Rejection[] = [];
  const today = new Date().toISOString().slice(0, 10);
  const year = codes.collectionYear;
  rows.forEach(({ cells, line: row }) => {
    if (cells.every((c) => c.trim() === '')) return;
    const own = (name: string) => (columns.includes(name) ? (cells[columns.indexOf(name)] ?? '').trim() : '');
    const problems: string[] = [];
    const childRef = own('CHILD');
    const joined = headerFile?.get(childRef);
    const get = (name: string) => {
      if (own(name) || !joined) return own(name);
      return name === 'DOB' ? joined.dob : name === 'SEX' ? joined.sex : '';
    };
    if (!childRef) problems.push('CHILD is empty');
    else if (!CHILD_REF.test(childRef)) problems.push('CHILD must be 1 to 32 letters, digits or dashes');
    else if (headerFile && !joined && !own('DOB')) problems.push(`CHILD ${childRef} is not in the header file`);
    const dateOfBirth = ssdaDate(get('DOB'));
    if (!dateOfBirth) {
      if (!headerFile || joined || own('DOB')) problems.push(`DOB "${get('DOB')}" is not a date (DD/MM/YYYY)`);
    } else if (dateOfBirth > today)
      problems.push(`DOB ${get('DOB')} is in the future: a child cannot be born after today`);
    const decom = get('DECOM');
    const episodeStart = decom ? ssdaDate(decom) : null;
    if (episodeStart === undefined) problems.push(`DECOM "${decom}" is not a date (DD/MM/YYYY)`);
    const legalStatus = get('LS').toUpperCase();
    if (!codes.legalStatuses.includes(legalStatus))
      problems.push(`LS "${get('LS')}" is not an SSDA903 legal status in collection year ${year}`);
    const placementType = get('PLACE').toUpperCase();
    if (!codes.placementTypes.includes(placementType))
      problems.push(`PLACE "${get('PLACE')}" is not an SSDA903 placement code in collection year ${year}`);
    if (problems.length) {
      rejected.push({ row, reason: problems.join('; ') });
      return;
    }
    const sex = get('SEX') || null;
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
