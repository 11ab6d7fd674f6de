import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { BarChart } from '../components/BarChart';
import { Loaded } from '../components/Messages';
import { Page } from '../components/Page';
import { formatPence } from '../format';
import { useLoad } from '../hooks';
import type { AsgsfDashboard } from '../types';

/** The financial year runs April to March: in January 2027 it is the year that started in 2026. */
const currentFinancialYear = () => {
  const now = new Date();
  return now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1;
};

/** Adoption and Special Guardianship Support Fund money per child against the fair access limit. */
export function AsgsfSpend() {
  const [yearInput, setYearInput] = useState(String(currentFinancialYear()));
  const [year, setYear] = useState(yearInput);
  const spend = useLoad(() => api<AsgsfDashboard>(`/dashboard/asgsf?financialYear=${encodeURIComponent(year)}`), year);
  const show = (e: FormEvent) => {
    e.preventDefault();
    setYear(yearInput.trim());
  };
  return (
    <Page title="Support fund (ASGSF) spend">
      <p>
        What has been committed and claimed from the Adoption and Special Guardianship Support Fund for each child,
        against the fair access limit.
      </p>
      <form onSubmit={show}>
        <div className="field">
          <label htmlFor="fy">Financial year</label>
          <p className="hint" id="fy-hint">
            The year it starts in April: for example, 2026 for April 2026 to March 2027.
          </p>
          <input
            id="fy"
            aria-describedby="fy-hint"
            className="input-short"
            inputMode="numeric"
            value={yearInput}
            onChange={(e) => setYearInput(e.target.value)}
          />
        </div>
        <button type="submit">Show</button>
      </form>
      <Loaded state={spend} what="the fund spend">
        {(d) => (
          <>
            <h2>Financial year {d.financialYear}</h2>
            <dl className="summary">
              <div>
                <dt>Fair access limit per child</dt>
                <dd>{formatPence(d.limit.limitPence)}</dd>
              </div>
              {d.limit.assessmentLimitPence ? (
                <div>
                  <dt>Limit for specialist assessments</dt>
                  <dd>
                    {formatPence(d.limit.assessmentLimitPence)}
                    {d.limit.assessmentsInsideLimit
                      ? ' (counted inside the fair access limit)'
                      : ' (on top of the fair access limit)'}
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>Children with money committed</dt>
                <dd>{d.totals.children}</dd>
              </div>
              <div>
                <dt>Committed in total</dt>
                <dd>{formatPence(d.totals.committedPence)}</dd>
              </div>
              <div>
                <dt>Claimed in total</dt>
                <dd>{formatPence(d.totals.claimedPence)}</dd>
              </div>
            </dl>
            {d.children.length === 0 ? (
              <p>Nothing has been committed from the fund in this year.</p>
            ) : (
              <>
                <BarChart
                  title="Committed per child, in pounds"
                  unit="pounds"
                  bars={d.children.map((c) => ({
                    label: `Child ${c.childRef} (limit ${formatPence(c.limitPence)})`,
                    value: Math.round(c.committedPence / 100),
                  }))}
                />
                <table>
                  <caption>Spend per child</caption>
                  <thead>
                    <tr>
                      <th scope="col">Child</th>
                      <th scope="col" className="numeric">
                        Committed
                      </th>
                      <th scope="col" className="numeric">
                        Claimed
                      </th>
                      <th scope="col" className="numeric">
                        Limit
                      </th>
                      <th scope="col" className="numeric">
                        Left
                      </th>
                      <th scope="col">At the limit?</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.children.map((c) => (
                      <tr key={c.childId}>
                        <td>Child {c.childRef}</td>
                        <td className="numeric">{formatPence(c.committedPence)}</td>
                        <td className="numeric">{formatPence(c.claimedPence)}</td>
                        <td className="numeric">{formatPence(c.limitPence)}</td>
                        <td className="numeric">{formatPence(c.leftPence.therapy)}</td>
                        <td>{c.leftPence.therapy <= 0 ? <strong>Yes, nothing left</strong> : 'No'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </>
        )}
      </Loaded>
    </Page>
  );
}
