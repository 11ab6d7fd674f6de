import { STEPS_TO_SGO } from '../support/conversion';
import { useTestStack } from '../support/stack';

/** Stockton's programme at the start of 2025-26 (domain.md §1.6): 168 arrangements in five categories. */
const STOCKTON = {
  'moving-to-sgo-now': 41,
  'cannot-convert-yet': 27,
  'further-work-with-carers': 42,
  'twin-tracked': 17,
  'in-proceedings': 41,
};

const ssdaRow = (ref: string, n: number) =>
  `${ref},${1 + (n % 2)},${String(1 + (n % 28)).padStart(2, '0')}/0${1 + (n % 9)}/20${String(10 + (n % 8)).padStart(2, '0')},01/09/2022,C2,U${1 + (n % 3)}`;

describe('cohorts: SSDA903 import, screening many children, the conversions dashboard and the episodes-ceased report', () => {
  const cohort = `stockton-${Date.now().toString(36)}`;
  const runTag = Date.now().toString(36).toUpperCase();
  const stack = useTestStack('cohort');

  const importCsv = (csv: string, query = '') =>
    stack.api.http
      .post(`/children/import${query}`)
      .set(...stack.drive.auth('manager'))
      .set('Content-Type', 'text/csv')
      .send(csv);

  it('imports the good rows of an SSDA903 file and rejects each bad row with its line and reason', async () => {
    const csv = [
      'CHILD,SEX,DOB,ETHNIC,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC',
      `${runTag}A1,1,04/05/2016,WBRI,01/09/2021,S,C2,N1,U1,PR4,,`,
      `${runTag}A2,2,31/02/2015,WBRI,01/09/2021,S,C2,N1,U1,PR4,,`,
      `,2,01/02/2015,WBRI,01/09/2021,S,C2,N1,U1,PR4,,`,
      `${runTag}A4,2,01/02/2015,WBRI,01/09/2021,S,Q9,N1,U1,PR4,,`,
      `${runTag}A5,2,01/02/2015,WBRI,01/09/2021,S,C2,N1,X7,PR4,,`,
      `"${runTag}A6",1,2014-07-30,WBRI,,S,V2,N1,U3,PR4,,`,
      `${runTag}A1,1,04/05/2016,WBRI,01/09/2021,P,C2,N1,U2,PR4,,`,
    ].join('\r\n');
    const res = await importCsv(csv).expect(200);
    expect(res.body).toEqual({
      created: 2,
      updated: 1,
      rejected: [
        { row: 3, reason: 'DOB "31/02/2015" is not a date (DD/MM/YYYY)' },
        { row: 4, reason: 'CHILD is empty' },
        { row: 5, reason: 'LS "Q9" is not an SSDA903 legal status in collection year 2025-26' },
        { row: 6, reason: 'PLACE "X7" is not an SSDA903 placement code in collection year 2025-26' },
      ],
      children: [
        { id: expect.any(String), childRef: `${runTag}A1`, created: true, row: 2 },
        { id: expect.any(String), childRef: `${runTag}A6`, created: true, row: 7 },
        { id: expect.any(String), childRef: `${runTag}A1`, created: false, row: 8 },
      ],
      collectionYear: '2025-26',
    });
    const [child] = await stack.db.query(
      `SELECT placement_type, to_char(date_of_birth, 'YYYY-MM-DD') AS dob FROM children WHERE child_ref = $1`,
      [`${runTag}A1`],
    );
    expect(child).toEqual({ placement_type: 'U2', dob: '2016-05-04' });
  });

  it('imports a header file and an episodes file sent together as councils export them, joined by CHILD, with 2025-26 codes', async () => {
    const res = await stack.api.http
      .post('/children/import?collectionYear=2025-26')
      .set(...stack.drive.auth('manager'))
      .attach('header', Buffer.from(`CHILD,SEX,DOB,UPN\n${runTag}H1,2,04/05/2016,A1\n`), 'header.csv')
      .attach(
        'episodes',
        Buffer.from(
          `CHILD,DECOM,RNE,LS,CIN,PLACE\n${runTag}H1,01/09/2025,S,C2,N1,Z11\n${runTag}H1,01/10/2025,P,C2,N1,H5\n`,
        ),
        'episodes.csv',
      )
      .expect(200);
    expect(res.body).toEqual({
      created: 1,
      updated: 0,
      rejected: [{ row: 3, reason: 'PLACE "H5" is not an SSDA903 placement code in collection year 2025-26' }],
      children: [{ id: expect.any(String), childRef: `${runTag}H1`, created: true, row: 2 }],
      collectionYear: '2025-26',
    });
    const [child] = await stack.db.query(
      `SELECT sex, placement_type, to_char(date_of_birth, 'YYYY-MM-DD') AS dob FROM children WHERE child_ref = $1`,
      [`${runTag}H1`],
    );
    expect(child).toEqual({ sex: '2', placement_type: 'Z11', dob: '2016-05-04' });
  });

  it('refuses a collection year whose code lists are not held, naming it, saving nothing', async () => {
    const res = await importCsv(`CHILD,DOB,LS,PLACE\n${runTag}Y1,01/01/2015,C2,U1`, '?collectionYear=2019-20');
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/no SSDA903 code lists are held for 2019-20/);
  });

  it('refuses a file without the SSDA903 header, saving nothing', async () => {
    const res = await importCsv(`REF,BIRTH\n${runTag}Z,01/01/2015`);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/missing: CHILD, DOB, LS, PLACE/);
  });

  it("screens Stockton's 168 arrangements and the dashboard counts each category exactly", async () => {
    const refs = Array.from({ length: 168 }, (_, i) => `${runTag}S${String(i + 1).padStart(3, '0')}`);
    const csv = ['CHILD,SEX,DOB,DECOM,LS,PLACE', ...refs.map((ref, i) => ssdaRow(ref, i))].join('\n');
    expect((await importCsv(csv, `?cohort=${cohort}`).expect(200)).body).toEqual({
      created: 168,
      updated: 0,
      rejected: [],
      children: refs.map((childRef, i) => ({ id: expect.any(String), childRef, created: true, row: i + 2 })),
      collectionYear: '2025-26',
    });
    const children: { id: string }[] = await stack.db.query(
      `SELECT id FROM children WHERE cohort = $1 ORDER BY child_ref`,
      [cohort],
    );

    const batch = await stack.api.http
      .post('/processes/sgo-conversion/batch')
      .set(...stack.drive.auth('manager'))
      .send({ childIds: children.map((c) => c.id) })
      .expect(200);
    expect(batch.body.refused).toEqual([]);
    expect(batch.body.started).toHaveLength(168);
    const again = await stack.api.http
      .post('/processes/sgo-conversion/batch')
      .set(...stack.drive.auth('manager'))
      .send({ childIds: [children[0].id] })
      .expect(200);
    expect(again.body).toMatchObject({ started: [], refused: [{ childId: children[0].id, statusCode: 409 }] });

    const categories = Object.entries(STOCKTON).flatMap(([category, n]) => Array<string>(n).fill(category));
    const processIds: string[] = batch.body.started.map((s: { processId: string }) => s.processId);
    for (const [i, processId] of processIds.entries()) {
      const data = categories[i] === 'in-proceedings' ? { proceedingsIssueDate: '2026-09-01' } : undefined;
      await stack.drive.complete(processId, { kind: 'screening', as: 'socialWorker', outcome: categories[i], data });
    }

    const dashboard = await stack.api.http
      .get(`/dashboard/conversions?cohort=${cohort}`)
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(
      Object.fromEntries(dashboard.body.categories.map((c: { key: string; count: number }) => [c.key, c.count])),
    ).toEqual(STOCKTON);
    expect(dashboard.body).toMatchObject({ open: 168, notYetScreened: 0, overdue: { processes: 0, tasks: 0 } });
    expect(dashboard.body.byStage).toMatchObject({ screening: 27 + 42 + 17, 'carer-discussion': 41 + 41 });
    // 168 starts and screenings through the API: a minute on an idle machine, more on a busy one.
  }, 360_000);

  it('counts outcomes by financial year and reports the episodes ended, as the SSDA903 return writes them', async () => {
    const ids: string[] = [];
    for (const ref of ['R1', 'R2']) {
      await importCsv(`CHILD,DOB,LS,PLACE\n${runTag}${ref},04/05/2016,C2,U1`, `?cohort=${cohort}-closed`).expect(200);
      const [{ id: childId }] = await stack.db.query(`SELECT id FROM children WHERE child_ref = $1`, [
        `${runTag}${ref}`,
      ]);
      const { id } = await stack.drive.startConversion(childId);
      await stack.drive.driveThrough(id, STEPS_TO_SGO);
      ids.push(id);
    }
    const dashboard = await stack.api.http
      .get(`/dashboard/conversions?cohort=${cohort}-closed`)
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(dashboard.body.open).toBe(0);
    expect(dashboard.body.outcomesByFinancialYear).toEqual([{ financialYear: '2026-27', sgo: 2 }]);

    const report = await stack.api.http
      .get('/reports/ssda903/episodes-ceased?from=2026-11-16&to=2026-11-16')
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(report.headers['content-type']).toMatch(/^text\/csv/);
    const lines = report.text.trim().split('\r\n');
    expect(lines[0]).toBe('CHILD,DEC,REC');
    expect(lines).toEqual(expect.arrayContaining([`${runTag}R1,16/11/2026,E45`, `${runTag}R2,16/11/2026,E45`]));
    const before = await stack.api.http
      .get('/reports/ssda903/episodes-ceased?to=2026-11-15')
      .set(...stack.drive.auth('manager'))
      .expect(200);
    expect(before.text).not.toContain(`${runTag}R1`);
    expect(
      (await stack.api.http.get('/reports/ssda903/episodes-ceased?from=16/11/2026').set(...stack.drive.auth('manager')))
        .status,
    ).toBe(400);
  });
});
