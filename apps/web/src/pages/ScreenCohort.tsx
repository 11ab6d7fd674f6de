import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { ErrorMessage, SuccessMessage } from '../components/Messages';
import { plural } from '../format';
import { describeError } from '../refusal';
import type { ImportResult } from '../types';
import { StartBatch, type Picked } from './StartBatch';

/**
 * Screening for a cohort, in two steps: load the SSDA903 episodes file into children's records,
 * then start screening for the children it loaded (all picked at first), or for children picked
 * from a search of the caseload.
 */
export function ScreenCohort() {
  const [picked, setPicked] = useState<Picked>(new Map());
  return (
    <section aria-labelledby="cohort-screening">
      <h2 id="cohort-screening">Screening for an imported cohort</h2>
      <ImportFile
        onImported={(r) => setPicked(new Map(r.children.map((c) => [c.id, `Child ${c.childRef}`] as const)))}
      />
      <StartBatch picked={picked} setPicked={setPicked} />
    </section>
  );
}

function ImportFile({ onImported }: { onImported: (result: ImportResult) => void }) {
  const [cohort, setCohort] = useState('');
  const [csv, setCsv] = useState('');
  const [result, setResult] = useState<ImportResult>();
  const [error, setError] = useState<string>();

  async function readFile(file: File | undefined) {
    if (file) setCsv(await file.text());
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setResult(undefined);
    if (!csv.trim()) {
      setError('Choose an SSDA903 episodes file, or paste its contents.');
      return;
    }
    try {
      const query = cohort.trim() ? `?cohort=${encodeURIComponent(cohort.trim())}` : '';
      const imported = await api<ImportResult>(`/children/import${query}`, {
        method: 'POST',
        body: csv,
        contentType: 'text/csv',
      });
      setResult(imported);
      onImported(imported);
    } catch (err) {
      setError(describeError(err));
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="import-heading">
      <h3 id="import-heading">Step 1: import the SSDA903 episodes file</h3>
      <div className="field">
        <label htmlFor="import-cohort">Cohort name</label>
        <p className="hint" id="import-cohort-hint">
          Tags the children so the dashboard can count them together, for example stockton-2025.
        </p>
        <input
          id="import-cohort"
          aria-describedby="import-cohort-hint"
          value={cohort}
          onChange={(e) => setCohort(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="import-file">SSDA903 episodes file (CSV)</label>
        <p className="hint" id="import-file-hint">
          It needs a header row with at least CHILD, DOB, LS and PLACE.
        </p>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="import-file-hint"
          onChange={(e) => readFile(e.target.files?.[0])}
        />
      </div>
      <div className="field">
        <label htmlFor="import-csv">Or paste the file's contents</label>
        <textarea id="import-csv" rows={5} spellCheck={false} value={csv} onChange={(e) => setCsv(e.target.value)} />
      </div>
      {error && <ErrorMessage title="The file was not imported">{error}</ErrorMessage>}
      {result && (
        <SuccessMessage>
          <p>
            {plural(result.created, 'child', 'children')} added and {result.updated} updated.{' '}
            {result.rejected.length === 1 ? '1 row was' : `${result.rejected.length} rows were`} not loaded.
          </p>
        </SuccessMessage>
      )}
      {result && result.rejected.length > 0 && (
        <table>
          <caption>Rows not loaded</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                Line
              </th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {result.rejected.map((r) => (
              <tr key={r.row}>
                <td className="numeric">{r.row}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="submit">Import the file</button>
    </form>
  );
}
