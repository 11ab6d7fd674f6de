import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { BarChart } from '../components/BarChart';
import { Loaded } from '../components/Messages';
import { Page } from '../components/Page';
import { useLoad } from '../hooks';
import { outcomeLabel, stageLabel } from '../labels';
import type { ConversionsDashboard } from '../types';

const outcomeBars = (row: Record<string, number | string>) =>
  Object.entries(row)
    .filter(([k]) => k !== 'financialYear')
    .map(([k, v]) => ({ label: outcomeLabel(k), value: Number(v) }));

/** The conversion programme at a glance, for all children or one imported cohort. */
export function CohortDashboard() {
  const [cohortInput, setCohortInput] = useState('');
  const [cohort, setCohort] = useState('');
  const summary = useLoad(
    () => api<ConversionsDashboard>(`/dashboard/conversions${cohort ? `?cohort=${encodeURIComponent(cohort)}` : ''}`),
    cohort,
  );
  const show = (e: FormEvent) => {
    e.preventDefault();
    setCohort(cohortInput.trim());
  };
  return (
    <Page title="Cohort dashboard">
      <form onSubmit={show}>
        <div className="field">
          <label htmlFor="cohort">Cohort (leave empty for every child)</label>
          <p className="hint" id="cohort-hint">
            The name given when the children were imported, for example stockton-2025.
          </p>
          <input
            id="cohort"
            aria-describedby="cohort-hint"
            value={cohortInput}
            onChange={(e) => setCohortInput(e.target.value)}
          />
        </div>
        <button type="submit">Show</button>
      </form>
      <Loaded state={summary} what="the dashboard">
        {(d) => (
          <>
            <h2>{d.cohort ? `Cohort ${d.cohort}` : 'Every child'}</h2>
            <dl className="summary">
              <div>
                <dt>Open cases</dt>
                <dd>{d.open}</dd>
              </div>
              <div>
                <dt>Not yet screened</dt>
                <dd>{d.notYetScreened}</dd>
              </div>
              <div>
                <dt>Cases with overdue tasks</dt>
                <dd>{d.overdue.processes}</dd>
              </div>
              <div>
                <dt>Overdue tasks</dt>
                <dd>{d.overdue.tasks}</dd>
              </div>
            </dl>
            <div className="charts">
              <BarChart
                title="Open cases by screening category"
                bars={[
                  ...d.categories.map((c) => ({ label: c.label, value: c.count })),
                  { label: 'Not yet screened', value: d.notYetScreened },
                ]}
              />
              <BarChart
                title="Open cases by stage"
                bars={Object.entries(d.byStage).map(([stage, n]) => ({ label: stageLabel(stage), value: n }))}
              />
            </div>
            <h2>Outcomes per financial year</h2>
            <p>Counted by the date of the court order, or the date the case closed.</p>
            {d.outcomesByFinancialYear.length === 0 && <p>No conversion has finished yet.</p>}
            <div className="charts">
              {d.outcomesByFinancialYear.map((row) => (
                <BarChart key={row.financialYear} title={`Outcomes in ${row.financialYear}`} bars={outcomeBars(row)} />
              ))}
            </div>
          </>
        )}
      </Loaded>
    </Page>
  );
}
