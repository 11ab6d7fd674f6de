import { useState } from 'react';
import { childLabel } from '../components/ChildName';
import { Loaded, OverdueTag } from '../components/Messages';
import { Page } from '../components/Page';
import { formatDate, plural } from '../format';
import { useLoad } from '../hooks';
import { CATEGORIES, categoryLabel, SGO_STAGES, stageLabel, statusLabel } from '../labels';
import { Link } from '../router';
import type { Process } from '../types';
import { hasOverdueTask, loadOpenConversions, nextDue } from './openConversions';

/** Open conversions by stage, with each case's category and anything overdue. */
export function Pipeline() {
  const cases = useLoad(loadOpenConversions, 'pipeline');
  const [onlyOverdue, setOnlyOverdue] = useState(false);
  return (
    <Page title="Conversion pipeline">
      <p>Every open conversion to a special guardianship order, grouped by the stage it has reached.</p>
      <Loaded state={cases} what="the open conversions">
        {(all) => {
          const overdueCount = all.filter(hasOverdueTask).length;
          const shown = onlyOverdue ? all.filter(hasOverdueTask) : all;
          const stages = SGO_STAGES.filter((s) => s !== 'closed');
          return (
            <>
              <CategorySummary cases={all} overdue={overdueCount} />
              <div className="field checkbox">
                <input
                  type="checkbox"
                  id="only-overdue"
                  checked={onlyOverdue}
                  onChange={(e) => setOnlyOverdue(e.target.checked)}
                />
                <label htmlFor="only-overdue">Show only cases with overdue tasks</label>
              </div>
              {stages
                .filter((s) => shown.some((p) => p.stage === s))
                .map((stage) => (
                  <StageTable key={stage} stage={stage} cases={shown.filter((p) => p.stage === stage)} />
                ))}
              <EmptyStages stages={stages.filter((s) => !shown.some((p) => p.stage === s))} />
            </>
          );
        }}
      </Loaded>
    </Page>
  );
}

function CategorySummary({ cases, overdue }: { cases: Process[]; overdue: number }) {
  const rows = [
    ...Object.keys(CATEGORIES).map((c) => [categoryLabel(c), cases.filter((p) => p.category === c).length] as const),
    ['Not yet screened', cases.filter((p) => !p.category).length] as const,
  ];
  return (
    <section aria-labelledby="by-category">
      <h2 id="by-category">Open cases by category</h2>
      <p>
        {plural(cases.length, 'open case', 'open cases')}; {overdue} with overdue tasks.
      </p>
      <table>
        <caption className="visually-hidden">Open cases by screening category</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col" className="numeric">
              Cases
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, n]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="numeric">{n}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function EmptyStages({ stages }: { stages: string[] }) {
  if (stages.length === 0) return null;
  return (
    <section aria-labelledby="empty-stages">
      <h2 id="empty-stages">Stages with no cases shown</h2>
      <p>{stages.map(stageLabel).join(', ')}.</p>
    </section>
  );
}

function StageTable({ stage, cases }: { stage: string; cases: Process[] }) {
  const id = `stage-${stage}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {stageLabel(stage)} ({cases.length})
      </h2>
      {
        <table>
          <caption className="visually-hidden">Cases at the stage: {stageLabel(stage)}</caption>
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Category</th>
              <th scope="col">Status</th>
              <th scope="col">Open tasks</th>
              <th scope="col">Next due</th>
              <th scope="col">Overdue?</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((p) => {
              const overdue = hasOverdueTask(p);
              const due = nextDue(p);
              return (
                <tr key={p.id} className={overdue ? 'row-overdue' : undefined}>
                  <td>
                    <Link to={`/cases/${p.id}`}>{childLabel(p)}</Link>
                  </td>
                  <td>{p.category ? categoryLabel(p.category) : 'Not yet screened'}</td>
                  <td>{statusLabel(p.status)}</td>
                  <td>{p.openTasks.map((t) => t.title).join('; ') || 'None'}</td>
                  <td>{due ? formatDate(due.when) : 'Nothing due'}</td>
                  <td>{overdue ? <OverdueTag /> : 'No'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      }
    </section>
  );
}
