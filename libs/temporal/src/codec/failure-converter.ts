import { DefaultFailureConverter } from '@temporalio/common';

/**
 * Moves every failure's message and stack trace into an encoded payload, which the payload codec
 * then encrypts: activity errors can carry database text, and workflow failures case details.
 * Loaded by path (`failureConverterPath`) because it also runs inside the workflow sandbox, so it
 * must import nothing but `@temporalio/common`.
 */
export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
