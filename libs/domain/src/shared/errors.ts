/**
 * Business error types. Workflows and activities throw `ApplicationFailure`s with these as `type`;
 * the API maps each to its HTTP status. Strings, not class names, so bundling cannot rename them.
 */
export const ErrorType = {
  TaskNotFound: 'TaskNotFound',
  TaskNotOpen: 'TaskNotOpen',
  TaskHeld: 'TaskHeld',
  OutcomeNotAllowed: 'OutcomeNotAllowed',
  MissingTaskData: 'MissingTaskData',
  InvalidTaskData: 'InvalidTaskData',
  RoleNotAllowed: 'RoleNotAllowed',
  SeparationOfDuties: 'SeparationOfDuties',
  ProcessClosed: 'ProcessClosed',
  ProcessPaused: 'ProcessPaused',
  RuleRefused: 'RuleRefused',
} as const;
export type ErrorType = (typeof ErrorType)[keyof typeof ErrorType];

/** The HTTP status each business error means (API.md "Errors"). */
export const HTTP_STATUS_OF_ERROR: Record<ErrorType, number> = {
  TaskNotFound: 404,
  TaskNotOpen: 409,
  TaskHeld: 409,
  OutcomeNotAllowed: 422,
  MissingTaskData: 422,
  InvalidTaskData: 422,
  RoleNotAllowed: 403,
  SeparationOfDuties: 403,
  ProcessClosed: 409,
  ProcessPaused: 409,
  RuleRefused: 422,
};

/** A refusal found by pure rules: the type says which HTTP answer it becomes. */
export class RuleViolation extends Error {
  constructor(
    readonly type: ErrorType,
    message: string,
  ) {
    super(message);
    this.name = 'RuleViolation';
  }
}

/**
 * Refuses what a rule forbids. The one way rules say no: validators turn every RuleViolation into
 * the ApplicationFailure the API answers with (RuleRefused is 422).
 */
export function refuse(message: string): never {
  throw new RuleViolation(ErrorType.RuleRefused, message);
}
