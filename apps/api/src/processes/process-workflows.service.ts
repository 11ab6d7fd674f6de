import { Injectable } from '@nestjs/common';
import {
  Client,
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
} from '@temporalio/client';
import type { Actor, ProcessSummary, ProcessType, TaskClaim, TaskCompletion } from '../../../../libs/domain/src';
import {
  claimTaskUpdate,
  completeTaskUpdate,
  firstProjectionUpdate,
  pauseUpdate,
  reassignUpdate,
  recordEventUpdate,
  resumeUpdate,
  withdrawUpdate,
} from '../../../../libs/domain/src/shared/messages';
import { ProcessTypeKey, StageKey, StatusKey } from '../../../../libs/domain/src/shared/search-attributes';
import { TemporalConfig } from '../../../../libs/config/src';
import type * as workflows from '../../../../workflows';
import { currentIdempotency } from '../common/idempotency/idempotency-context';
import { httpErrorFromTemporal, TemporalDeadlineExceeded } from '../common/temporal-errors';

/**
 * The workflow function each process type runs, named as the worker's bundle entry exports it
 * (the export name is the workflow type). Checked by the compiler against `workflows/index.ts`
 * through a type-only import: the API never loads workflow code.
 */
const WORKFLOW_OF = {
  'sgo-conversion': 'sgoConversionWorkflow',
  'allowance-review': 'allowanceReviewWorkflow',
  'asgsf-application': 'asgsfApplicationWorkflow',
  'lifelong-links': 'lifelongLinksWorkflow',
} as const satisfies Record<ProcessType, keyof typeof workflows>;

type WorkflowOf<T extends ProcessType> = (typeof workflows)[(typeof WORKFLOW_OF)[T]];
/** What the process type's workflow takes at start. */
export type WorkflowInput<T extends ProcessType> = Parameters<WorkflowOf<T>>[0];

export class AlreadyRunning extends Error {}

/**
 * The API's only door to Temporal: starts processes and sends them people's updates. Every call
 * has a deadline (TEMPORAL_CALL_TIMEOUT_MS): an update waits on the worker, which may be down, and
 * a person waiting on a request that never answers cannot tell what happened; past the deadline
 * the API answers 503 naming Temporal, and an Idempotency-Key retry finds out whether it applied.
 */
@Injectable()
export class ProcessWorkflowsService {
  constructor(
    private readonly client: Client,
    private readonly config: TemporalConfig,
  ) {}

  /**
   * Starts the workflow and, in the same call (update-with-start), waits for its first projection:
   * the start answers with the process's first open task without polling the read model.
   */
  async start<T extends ProcessType>(type: T, workflowId: string, input: WorkflowInput<T>): Promise<ProcessSummary> {
    try {
      return await this.bounded(() =>
        this.client.workflow.executeUpdateWithStart(firstProjectionUpdate, {
          ...sameUpdateId(),
          startWorkflowOperation: new WithStartWorkflowOperation<(input: WorkflowInput<T>) => Promise<ProcessSummary>>(
            WORKFLOW_OF[type],
            {
              workflowId,
              taskQueue: this.config.taskQueue,
              args: [input],
              workflowIdConflictPolicy: 'FAIL',
              workflowIdReusePolicy: 'ALLOW_DUPLICATE',
              typedSearchAttributes: [
                { key: ProcessTypeKey, value: type },
                { key: StageKey, value: 'started' },
                { key: StatusKey, value: 'active' },
              ],
            },
          ),
        }),
      );
    } catch (err) {
      if (alreadyStarted(err)) throw new AlreadyRunning();
      throw httpErrorFromTemporal(err);
    }
  }

  claim(workflowId: string, claim: TaskClaim): Promise<ProcessSummary> {
    return this.update(() =>
      this.client.workflow.getHandle(workflowId).executeUpdate(claimTaskUpdate, { args: [claim], ...sameUpdateId() }),
    );
  }

  complete(workflowId: string, completion: TaskCompletion): Promise<ProcessSummary> {
    return this.update(() =>
      this.client.workflow
        .getHandle(workflowId)
        .executeUpdate(completeTaskUpdate, { args: [completion], ...sameUpdateId() }),
    );
  }

  withdraw(workflowId: string, reason: string, actor: Actor): Promise<ProcessSummary> {
    return this.update(() =>
      this.client.workflow
        .getHandle(workflowId)
        .executeUpdate(withdrawUpdate, { args: [{ reason, actor }], ...sameUpdateId() }),
    );
  }

  pause(workflowId: string, reason: string, actor: Actor): Promise<ProcessSummary> {
    return this.update(() =>
      this.client.workflow
        .getHandle(workflowId)
        .executeUpdate(pauseUpdate, { args: [{ reason, actor }], ...sameUpdateId() }),
    );
  }

  resume(workflowId: string, reason: string | undefined, actor: Actor): Promise<ProcessSummary> {
    return this.update(() =>
      this.client.workflow
        .getHandle(workflowId)
        .executeUpdate(resumeUpdate, { args: [{ reason, actor }], ...sameUpdateId() }),
    );
  }

  reassign(workflowId: string, socialWorker: { sub: string }, actor: Actor): Promise<ProcessSummary> {
    return this.update(() =>
      this.client.workflow
        .getHandle(workflowId)
        .executeUpdate(reassignUpdate, { args: [{ socialWorker, actor }], ...sameUpdateId() }),
    );
  }

  recordEvent(
    workflowId: string,
    event: { kind: string; actor: Actor; notes?: string; data?: Record<string, unknown> },
  ): Promise<ProcessSummary> {
    return this.update(() =>
      this.client.workflow.getHandle(workflowId).executeUpdate(recordEventUpdate, { args: [event], ...sameUpdateId() }),
    );
  }

  /**
   * Whether the workflow exists (any status), for telling a start that timed out from one that
   * never happened. Undefined when Temporal does not answer either.
   */
  async exists(workflowId: string): Promise<boolean | undefined> {
    try {
      await this.bounded(() => this.client.workflow.getHandle(workflowId).describe());
      return true;
    } catch (err) {
      return err instanceof WorkflowNotFoundError ? false : undefined;
    }
  }

  private async update(send: () => Promise<ProcessSummary>): Promise<ProcessSummary> {
    try {
      return await this.bounded(send);
    } catch (err) {
      throw httpErrorFromTemporal(err);
    }
  }

  /**
   * Runs `call` under a gRPC deadline, and gives up on it at the same moment should the SDK not
   * (a lazy connection still connecting, a retry between attempts): the deadline still ends it.
   */
  private async bounded<R>(call: () => Promise<R>): Promise<R> {
    const ms = this.config.callTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TemporalDeadlineExceeded(ms)), ms + 250);
    });
    try {
      return await Promise.race([this.client.withDeadline(Date.now() + ms, call), late]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * With an Idempotency-Key, every attempt sends the update under one id: Temporal applies it once
 * and answers a repeat (after a 503, after an API process died) with the first outcome.
 */
function sameUpdateId(): { updateId?: string } {
  const idempotency = currentIdempotency();
  return idempotency ? { updateId: idempotency.updateId } : {};
}

/** A start refused because the workflow id is taken (a multi-operation wraps it in its cause). */
function alreadyStarted(err: unknown): boolean {
  for (let e = err; e instanceof Error; e = e.cause) if (e instanceof WorkflowExecutionAlreadyStartedError) return true;
  return false;
}
