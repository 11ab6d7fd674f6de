import { claimAt, oidcTimeProblem, stringsOf, teamOf } from '../../apps/api/src/auth/oidc-token-rules';

describe('OIDC token rules', () => {
  it('finds a claim by name first, so a namespaced claim with dots in its name is read whole', () => {
    const payload = { 'https://council.example/roles': ['manager'], https: { x: 1 } };
    expect(claimAt(payload, 'https://council.example/roles')).toEqual(['manager']);
  });

  it('walks a dotted path into nested claims, and gives undefined where the path leaves the object', () => {
    const payload = { realm_access: { roles: ['social_worker'] }, groups: ['a'] };
    expect(claimAt(payload, 'realm_access.roles')).toEqual(['social_worker']);
    expect(claimAt(payload, 'realm_access.missing')).toBeUndefined();
    expect(claimAt(payload, 'groups.length')).toBeUndefined();
    expect(claimAt(payload, 'nowhere.roles')).toBeUndefined();
  });

  it('reads roles from an array or a space- or comma-separated string, dropping anything not text', () => {
    expect(stringsOf(['manager', 3, 'iro'])).toEqual(['manager', 'iro']);
    expect(stringsOf('manager social_worker,iro')).toEqual(['manager', 'social_worker', 'iro']);
    expect(stringsOf({ manager: true })).toEqual([]);
    expect(stringsOf(undefined)).toEqual([]);
  });

  it('joins several teams with commas, and marks a team claim that is not text', () => {
    expect(teamOf('north')).toBe('north');
    expect(teamOf(['north', 'south'])).toBe('north,south');
    expect(teamOf(undefined)).toBeUndefined();
    expect(teamOf(7)).toBeNull();
    expect(teamOf(['north', 7])).toBeNull();
  });

  it('requires exp and iat, and refuses an iat more than 60 s in the future', () => {
    const now = 1_800_000_000;
    expect(oidcTimeProblem({ iat: now, exp: now + 60 }, now)).toBeUndefined();
    expect(oidcTimeProblem({ iat: now }, now)).toBe('the token has no exp');
    expect(oidcTimeProblem({ exp: now + 60 }, now)).toBe('the token has no iat');
    expect(oidcTimeProblem({ iat: now + 60, exp: now + 600 }, now)).toBeUndefined();
    expect(oidcTimeProblem({ iat: now + 61, exp: now + 600 }, now)).toBe('the token is issued in the future');
  });
});
