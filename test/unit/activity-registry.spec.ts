import { createActivities } from '../../activities/activity-registry';

describe('activity registry', () => {
  it('registers each activity under a unique name bound to its provider', () => {
    const provider = (names: string[]) => Object.fromEntries(names.map((n) => [n, function (this: unknown) { return this; }]));
    const projection = provider(['projectProcess']);
    const notifications = provider(['sendNotification']);
    const careRecords = provider(['closeCareEpisode', 'recordSgoHandOff']);
    const activities = createActivities(projection as never, notifications as never, careRecords as never);
    expect(Object.keys(activities).sort()).toEqual(['closeCareEpisode', 'projectProcess', 'recordSgoHandOff', 'sendNotification']);
    // Bound: an activity called without its object still reaches its provider.
    expect((activities.projectProcess as unknown as () => unknown)()).toBe(projection);
  });
});
