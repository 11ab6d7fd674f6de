/** PostgreSQL's unique_violation, which the API turns into 409. */
export function isUniqueViolation(err: unknown): boolean {
  const code =
    (err as { code?: string; driverError?: { code?: string } })?.driverError?.code ?? (err as { code?: string })?.code;
  return code === '23505';
}
