import { readEpisodes, readHeader } from '../../apps/api/src/children/ssda903-import';
import { codeListsFor, collectionYearOf } from '../../libs/domain/src';

const year2025 = codeListsFor('2025-26', '2026-01-15');
const year2024 = codeListsFor('2024-25', '2026-01-15');

describe('SSDA903 code lists per collection year', () => {
  it('accepts the 2025-26 placement codes Z11–Z14 and refuses H5, P2 and Z1 that year, naming the code and the year', () => {
    const csv = ['CHILD,DOB,LS,PLACE', 'A1,01/01/2015,C2,Z11', 'A2,01/01/2015,C2,Z14', 'A3,01/01/2015,C2,H5'];
    csv.push('A4,01/01/2015,C2,P2', 'A5,01/01/2015,C2,Z1');
    const read = readEpisodes(csv.join('\n'), year2025);
    expect(read.episodes.map((e) => e.placementType)).toEqual(['Z11', 'Z14']);
    expect(read.rejected).toEqual([
      { row: 4, reason: 'PLACE "H5" is not an SSDA903 placement code in collection year 2025-26' },
      { row: 5, reason: 'PLACE "P2" is not an SSDA903 placement code in collection year 2025-26' },
      { row: 6, reason: 'PLACE "Z1" is not an SSDA903 placement code in collection year 2025-26' },
    ]);
  });

  it('takes H5, P2 and Z1 in 2024-25 and refuses Z11 there, since each year has its own list', () => {
    const read = readEpisodes(
      'CHILD,DOB,LS,PLACE\nB1,01/01/2015,C2,H5\nB2,01/01/2015,C2,Z1\nB3,01/01/2015,C2,Z11',
      year2024,
    );
    expect(read.episodes.map((e) => e.placementType)).toEqual(['H5', 'Z1']);
    expect(read.rejected).toEqual([
      { row: 4, reason: 'PLACE "Z11" is not an SSDA903 placement code in collection year 2024-25' },
    ]);
  });

  it('uses the collection year today falls in, or the latest held before it, and refuses a year it does not hold, naming it', () => {
    expect(collectionYearOf('2026-03-31')).toBe('2025-26');
    expect(collectionYearOf('2026-04-01')).toBe('2026-27');
    expect(codeListsFor(undefined, '2024-06-01').collectionYear).toBe('2024-25');
    expect(codeListsFor(undefined, '2026-12-02').collectionYear).toBe('2025-26');
    expect(() => codeListsFor('2019-20', '2026-12-02')).toThrow(/no SSDA903 code lists are held for 2019-20/);
  });
});

describe('SSDA903 header and episodes files', () => {
  const header = 'CHILD,SEX,DOB,ETHNIC,UPN\nH1,1,04/05/2016,WBRI,A123\nH2,2,01/02/2015,WBRI,A124\n';

  it('joins an episodes file without DOB or SEX to the header file by CHILD, as councils export them', () => {
    const { children } = readHeader(header);
    const episodes =
      'CHILD,DECOM,RNE,LS,CIN,PLACE\nH1,01/09/2021,S,C2,N1,U1\nH2,03/03/2022,S,C1,N1,U3\nH9,01/01/2023,S,C2,N1,U1';
    const read = readEpisodes(episodes, year2025, children);
    expect(read.episodes).toEqual([
      expect.objectContaining({ row: 2, childRef: 'H1', sex: '1', dateOfBirth: '2016-05-04', legalStatus: 'C2' }),
      expect.objectContaining({ row: 3, childRef: 'H2', sex: '2', dateOfBirth: '2015-02-01', placementType: 'U3' }),
    ]);
    expect(read.rejected).toEqual([{ row: 4, reason: 'CHILD H9 is not in the header file' }]);
  });

  it('refuses a header file without CHILD and DOB, naming what is missing', () => {
    expect(readHeader('CHILD,SEX\nH1,1\n').headerProblem).toMatch(/header file must name .* missing: DOB/);
  });
});
