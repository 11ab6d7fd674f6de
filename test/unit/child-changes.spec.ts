import { accessedRecords } from '../../apps/api/src/audit/access-log.service';
import { createdFields, diffFields } from '../../apps/api/src/audit/child-changes';

describe('child audit diffs', () => {
  it('names only the fields whose values differ, with old and new values (arrays compared by value)', () => {
    expect(
      diffFields(
        { dateOfBirth: '2016-05-04', legalStatus: 'C2', staff: ['a'], cohort: null },
        { dateOfBirth: '2016-05-05', legalStatus: 'C2', staff: ['a'], cohort: undefined },
        ['dateOfBirth', 'legalStatus', 'staff', 'cohort'],
      ),
    ).toEqual({ dateOfBirth: { from: '2016-05-04', to: '2016-05-05' } });
  });

  it('records a new child as every field with a value, from null', () => {
    expect(createdFields({ sex: '1', cohort: null, team: 'north' }, ['sex', 'cohort', 'team'])).toEqual({
      sex: { from: null, to: '1' },
      team: { from: null, to: 'north' },
    });
  });
});

describe('what an access-logged read touched', () => {
  it('takes the child or process from :id, and from a list answer the processes it held', () => {
    expect(accessedRecords('child', { id: 'c1' }, {}, {})).toEqual({ childId: 'c1' });
    expect(accessedRecords('process', { id: 'p1' }, {}, [])).toEqual({ processIds: ['p1'] });
    expect(accessedRecords('process-list', {}, {}, { items: [{ id: 'p1' }, { id: 'p2' }] })).toEqual({
      processIds: ['p1', 'p2'],
    });
    expect(accessedRecords('notifications', {}, { processId: 'p3' }, { items: [] })).toEqual({ processIds: ['p3'] });
    expect(
      accessedRecords(
        'notifications',
        {},
        {},
        { items: [{ processId: 'p4' }, { processId: null }, { processId: 'p4' }] },
      ),
    ).toEqual({ processIds: ['p4', 'p4'] });
  });
});
