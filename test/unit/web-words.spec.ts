import { chooseEncoding } from '../../apps/api/src/common/compressed-static';
import { ApiError } from '../../apps/web/src/api';
import { placementLabel } from '../../apps/web/src/labels';
import { checkChild, problemsFromApi, NEW_CARER } from '../../apps/web/src/pages/add-child-checks';
import { applyFilter, NO_FILTER, oneCardPerTask } from '../../apps/web/src/pages/inbox-tasks';
import { describeError } from '../../apps/web/src/refusal';
import { entryWords, valueInWords } from '../../apps/web/src/timeline-words';
import type { Task } from '../../apps/web/src/types';

/** What people read in the web app: no JSON, no ids, no bare codes, no validator text. */
describe("the web app's words", () => {
  const RAW = /[{}"]|[0-9a-f]{8}-[0-9a-f]{4}|\d{4}-\d{2}-\d{2}|should not|must be a valid/;

  it('says the timeline entries the issue found raw in sentences', () => {
    const said = [
      entryWords('task-reminder-sent', { to: { role: 'manager' } }),
      entryWords('task-escalated', { to: { sub: 'sam', role: 'social_worker' } }),
      entryWords('process-started', { policyVersion: '2026-11-default' }),
      entryWords('timetable-review-due', { occurrence: 1 }),
      entryWords('allowance-review-started', {
        allowanceReviewId: '3f1c9a52-0000-4000-8000-000000000000',
        orderDate: '2026-12-01',
      }),
      entryWords('care-episode-ended', { reasonCode: 'E45', dateCeased: '2026-12-01' }),
    ];
    const lines = said.flatMap((w) => w.lines);
    for (const line of lines) expect(line).not.toMatch(RAW);
    expect(lines).toEqual([
      'A reminder was sent to the managers.',
      'The overdue task was raised with the person assigned (one of the social workers).',
      "The 1st review of this case's timetable is due.",
      "Yearly reviews of the special guardian's allowance were set up from the order made on 1 December 2026.",
      "The care episode ended on 1 December 2026: a special guardianship order was made to the child's former foster carers, who are relatives or friends (E45).",
    ]);
    // The review is a link to its case, not an id in the text.
    expect(said[4].link).toEqual({
      to: '/cases/3f1c9a52-0000-4000-8000-000000000000',
      text: 'Open the allowance review',
    });
  });

  it("says a task's data in words: codes by label, money in pounds, dates as dates, objects never as JSON", () => {
    expect(valueInWords('barriers', ['money', 'post-18-support'])).toBe('Money, Support after the child turns 18');
    expect(valueInWords('weeklyAllowancePence', 18532)).toBe('£185.32');
    expect(valueInWords('panelDate', '2026-11-16')).toBe('16 November 2026');
    expect(valueInWords('to', { sub: 'x', name: 'Robin' })).toBe('Robin');
    expect(valueInWords('quote', { providerId: 'abc', amountPence: 5000 })).not.toMatch(RAW);
    expect(entryWords('unknown-kind', { someRecordId: 'abc', reviewDate: '2026-01-02' }).lines).toEqual([
      'Review date: 2 January 2026',
    ]);
  });

  it('names every placement type in words, with its code after', () => {
    expect(placementLabel('Z1')).toBe('Any other placement not listed here (Z1)');
    expect(placementLabel('U1')).toBe('With a relative or friend, long-term foster care (U1)');
  });

  it('says what is wrong and what to do for a conflict, without the id or the code', () => {
    const said = describeError(
      new ApiError(
        409,
        'Conflict',
        'Child 3f1c9a52-0000-4000-8000-000000000000 already has an active sgo-conversion process',
      ),
    );
    expect(said).toMatch(/^This child already has an open case: Conversion to a special guardianship order \(SGO\)\./);
    expect(said).not.toMatch(/This cannot be done now|3f1c9a52|sgo-conversion/);
    expect(describeError(new ApiError(409, 'Conflict', 'Task "Record the panel" is completed, not open'))).toBe(
      '“Record the panel” is finished: someone has already dealt with it. Reload the page to see the case as it is now.',
    );
  });

  it("maps the API's 400 details for the add-child form to its fields, in the form's words", () => {
    const problems = problemsFromApi([
      { field: 'childRef' },
      { field: 'dateOfBirth' },
      { field: 'carers.1.firstName' },
      { field: 'carers.1.firstName' },
    ]);
    expect(problems.map((p) => p.field)).toEqual(['childRef', 'dateOfBirth', 'carers.1.firstName']);
    expect(problems[2].text).toBe("Carer 2's first name must be 200 characters or fewer");
    for (const p of problems) expect(p.text).not.toMatch(RAW);
  });

  it('checks the add-child form as the API would, naming each carer by number', () => {
    const found = checkChild(
      {
        childRef: 'C 1',
        firstName: 'Robin',
        lastName: '',
        dateOfBirth: '2999-01-01',
        legalStatus: 'C2',
        placementType: 'U1',
        carers: [{ ...NEW_CARER, carerRef: 'K1', firstName: 'Jo', lastName: 'Webb', relationship: 'gran' }, NEW_CARER],
      },
      '2026-12-02',
    );
    expect(found.map((p) => p.field)).toEqual([
      'childRef',
      'lastName',
      'dateOfBirth',
      'carers.1.carerRef',
      'carers.1.firstName',
      'carers.1.lastName',
      'carers.1.relationship',
    ]);
  });

  const task = (id: string, over: Partial<Task> = {}): Task =>
    ({ id, stage: 'screening', dueAt: '2026-12-10T00:00:00Z', createdAt: '2026-12-01T00:00:00Z', ...over }) as Task;

  it('shows each task once: mine first, then the teams’ lists without what is already shown', () => {
    const { mine, team } = oneCardPerTask(
      [task('a')],
      [
        [task('a'), task('b')],
        [task('b'), task('c')],
      ],
    );
    expect(mine.map((t) => t.id)).toEqual(['a']);
    expect(team.map((t) => t.id)).toEqual(['b', 'c']);
  });

  it('filters the inbox by overdue and stage, and sorts by due date, stage or newest', () => {
    const tasks = [
      task('late', { dueAt: '2026-11-01T00:00:00Z', stage: 'sgo-panel' }),
      task('soon', { dueAt: '2026-12-05T00:00:00Z', createdAt: '2026-12-03T00:00:00Z' }),
      task('later', { dueAt: '2026-12-20T00:00:00Z', stage: 'court' }),
    ];
    const now = Date.parse('2026-12-02T00:00:00Z');
    const ids = (f: Partial<typeof NO_FILTER>) => applyFilter(tasks, { ...NO_FILTER, ...f }, now).map((t) => t.id);
    expect(ids({})).toEqual(['late', 'soon', 'later']);
    expect(ids({ overdueOnly: true })).toEqual(['late']);
    expect(ids({ stage: 'court' })).toEqual(['later']);
    expect(ids({ sort: 'stage' })).toEqual(['soon', 'late', 'later']);
    expect(ids({ sort: 'newest' })[0]).toBe('soon');
  });

  it('chooses brotli, then gzip, as the browser accepts, and nothing when it refuses both', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeUndefined();
    expect(chooseEncoding(undefined)).toBeUndefined();
    expect(chooseEncoding('*')).toBe('br');
  });
});
