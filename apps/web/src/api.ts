import { currentToken } from './session';

/** A refusal from the service: its `message` is written for people, so it is shown as it is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    /** On a 400 from validation: each bad field (`carers.0.firstName`) and the validator's problems. */
    readonly details?: { field: string; problems: string[] }[],
  ) {
    super(message);
  }
}

interface Options {
  method?: string;
  body?: unknown;
  /** Sends `body` as it is with this content type (CSV) instead of as JSON. */
  contentType?: string;
  token?: string;
}

export async function api<T>(path: string, options: Options = {}): Promise<T> {
  const headers: Record<string, string> = {};
  const token = options.token ?? currentToken();
  if (token) headers.authorization = `Bearer ${token}`;
  let body: string | undefined; // JSON or the CSV text: always a string
  if (options.body !== undefined) {
    headers['content-type'] = options.contentType ?? 'application/json';
    body = options.contentType ? (options.body as string) : JSON.stringify(options.body);
  }
  let res: Response;
  try {
    res = await fetch(path, { method: options.method ?? (body ? 'POST' : 'GET'), headers, body });
  } catch {
    throw new ApiError(0, 'No connection', 'The service could not be reached. Check your connection and try again.');
  }
  const text = await res.text();
  const parsed = text ? safeJson(text) : undefined;
  if (!res.ok) {
    const payload = (parsed ?? {}) as { error?: string; message?: string; details?: unknown };
    const details = Array.isArray(payload.details) ? (payload.details as ApiError['details']) : undefined;
    throw new ApiError(
      res.status,
      payload.error ?? res.statusText,
      payload.message ?? defaultMessage(res.status),
      details,
    );
  }
  return parsed as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function defaultMessage(status: number): string {
  if (status === 401) return 'You are not signed in, or your sign-in has expired.';
  if (status === 403) return 'You do not have permission to do this.';
  if (status === 404) return 'This could not be found.';
  return `The service answered with an error (${status}).`;
}

export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));
