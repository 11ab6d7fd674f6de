import type { Actor } from '../../../../libs/domain/src';

/** The caller, from a verified bearer token. */
export interface Caller extends Actor {
  team?: string;
  email?: string;
}

/** The caller as the workflows record an actor. */
export const actorOf = (caller: Caller): Actor => ({ sub: caller.sub, name: caller.name, roles: caller.roles });
