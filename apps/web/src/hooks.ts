import { useCallback, useEffect, useState } from 'react';
import { describeError } from './refusal';

export interface Loaded<T> {
  data?: T;
  error?: string;
  loading: boolean;
  reload: () => void;
}

/** Loads once per change of `key` and again on reload(); a late answer to an old key is dropped. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => current && setState({ data, loading: false }),
      (err) => current && setState({ error: describeError(err), loading: false }),
    );
    return () => {
      current = false;
    };
    // `load` is a new closure each render; `key` says when what it loads has changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}

/**
 * The state for what is asked now: while another page or filter loads, the answer to the last one
 * is not shown under the new one's heading; "Loading" is.
 */
export const forNow = <T>(state: Loaded<T>): Loaded<T> => (state.loading ? { ...state, data: undefined } : state);
