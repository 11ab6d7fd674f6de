// The worker's workflow bundle entry point: every workflow type the service runs.
export { sgoConversionWorkflow } from './sgo-conversion/sgo-conversion.workflow';
export { allowanceReviewWorkflow } from './allowance-review/allowance-review.workflow';
export { asgsfApplicationWorkflow } from './asgsf-application/asgsf-application.workflow';
export { lifelongLinksWorkflow } from './lifelong-links/lifelong-links.workflow';
