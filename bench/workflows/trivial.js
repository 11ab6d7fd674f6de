'use strict';
// The Update baseline's workflow: an update that adds to a counter and answers it, nothing more
// (no activity, no projection). Registered only by bench/trivial-worker.js, on its own task queue.
const { condition, defineSignal, defineUpdate, setHandler } = require('@temporalio/workflow');

const bumpUpdate = defineUpdate('bump');
const finishSignal = defineSignal('finish');

async function benchTrivialWorkflow() {
  let count = 0;
  let finished = false;
  setHandler(bumpUpdate, (by) => {
    count += by;
    return count;
  });
  setHandler(finishSignal, () => {
    finished = true;
  });
  await condition(() => finished);
  return count;
}

module.exports = { benchTrivialWorkflow };
