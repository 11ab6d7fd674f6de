import type { Actor } from '../../../../libs/domain/src';

/** The caller, from a verified bearer token. */
export interface Caller extends Actor {
  name: string;
  team?: string;
  email?: string;
}

/**
 * The caller as the workflows record an actor: their sub and roles, never their name (it stays in
 * the staff directory, which the projection reads it from).
 */
export const actorOf = (caller: Caller): Actor => ({ sub: caller.sub, roles: caller.roles });
