import { useTestStack } from '../support/stack';

/**
 * SIGTERM drains: a worker being stopped finishes the activity it is running before it exits,
 * rather than dropping the SMTP connection mid-send. (The send does not watch for cancellation, so
 * this holds whatever WORKER_SHUTDOWN_GRACE_MS is; the grace bounds activities that do.)
 */
describe('a worker stopped with SIGTERM', () => {
  const stack = useTestStack('drain', { policy: { sgoConversion: { timetableReviewInterval: 'PT2S' } } });

  it('finishes the email it is sending, and records it as sent, before it exits', async () => {
    // The mail server holds its reply for 3 s: the send is in flight when SIGTERM arrives.
    const inFlight = stack.smtp.holdNextAcceptance(3_000);
    const childId = await stack.drive.createChild();
    const { id } = await stack.drive.startConversion(childId);
    const message = await inFlight;
    const stopping = Date.now();
    await stack.worker.stop();
    const stoppedAfter = Date.now() - stopping;
    try {
      // It waited for the server's acceptance rather than walking away from the connection.
      expect(stoppedAfter).toBeGreaterThanOrEqual(2_000);
      expect(stack.smtp.messages.map((m) => m.messageId)).toContain(message.messageId);
      const [row]: { sent_at: Date | null }[] = await stack.db.query(
        `SELECT sent_at FROM notifications WHERE process_id = $1 AND message_id = $2`,
        [id, message.messageId],
      );
      expect(row.sent_at).not.toBeNull();
    } finally {
      await stack.worker.start();
    }
  });
});
