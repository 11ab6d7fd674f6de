import { createActivities, type ActivityProviders } from '../../activities/activity-registry';

describe('activity registry', () => {
  it('registers each activity under a unique name bound to its provider', async () => {
    const provider = (names: string[]) =>
      Object.fromEntries(
        names.map((n) => [
          n,
          function (this: unknown) {
            return this;
          },
        ]),
      );
    const providers = {
      projection: provider(['projectProcess']),
      notifications: provider(['sendNotification']),
      careRecords: provider(['closeCareEpisode', 'recordSgoHandOff']),
      letters: provider(['sendLetter']),
      payments: provider(['recordPaymentChange']),
      registry: provider(['registerProcess']),
      asgsf: provider(['loadQuoteContext', 'recordCommitment', 'recordClaim', 'recordApplication']),
      connections: provider(['recordSafetyDecision', 'recordContactOutcome']),
    } as unknown as ActivityProviders;
    const activities = createActivities(providers);
    expect(Object.keys(activities).sort()).toEqual([
      'closeCareEpisode',
      'loadAsgsfQuoteContext',
      'projectProcess',
      'recordAsgsfApplication',
      'recordAsgsfClaim',
      'recordAsgsfCommitment',
      'recordContactOutcome',
      'recordPaymentChange',
      'recordSafetyDecision',
      'recordSgoHandOff',
      'registerProcess',
      'sendLetter',
      'sendNotification',
    ]);
    // Bound: an activity called without its object still reaches its provider.
    await expect((activities.projectProcess as unknown as () => Promise<unknown>)()).resolves.toBe(
      providers.projection,
    );
  });
});
