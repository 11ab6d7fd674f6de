import { ApplicationFailure } from '@temporalio/common';
import { permanentFailureOf } from '../../activities/permanent-failures';

/** Which activity errors stop retrying: only those no retry can mend. */
describe('permanentFailureOf', () => {
  it('calls an SMTP 5xx rejection MailRejected, non-retryable', () => {
    const failure = permanentFailureOf(
      Object.assign(new Error('550 5.1.1 mailbox unavailable'), { responseCode: 550 }),
    );
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect({ type: failure?.type, nonRetryable: failure?.nonRetryable }).toEqual({
      type: 'MailRejected',
      nonRetryable: true,
    });
  });

  it('calls a PostgreSQL constraint or data refusal DataRejected, seen through TypeORM', () => {
    const typeorm = Object.assign(new Error('violates check constraint'), { driverError: { code: '23514' } });
    expect(permanentFailureOf(typeorm)?.type).toBe('DataRejected');
    expect(permanentFailureOf(Object.assign(new Error('invalid byte sequence'), { code: '22021' }))?.type).toBe(
      'DataRejected',
    );
  });

  it('leaves what a retry may mend to be retried: a 4xx from the mail server, a refused connection, a deadlock', () => {
    expect(permanentFailureOf(Object.assign(new Error('421 try later'), { responseCode: 421 }))).toBeUndefined();
    expect(
      permanentFailureOf(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
    ).toBeUndefined();
    expect(permanentFailureOf(Object.assign(new Error('deadlock detected'), { code: '40P01' }))).toBeUndefined();
    expect(permanentFailureOf(new Error('anything else'))).toBeUndefined();
  });
});
