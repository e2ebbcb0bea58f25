/**
 * Names shared by the e2e global setup (jest parent process) and the harness (jest workers).
 * Global setup hands its results to the workers through these environment variables.
 */
export const TEST_ENV = {
  /** Connection URL of a maintenance database on the test server, used to create/drop databases. */
  adminUrl: 'PALABRE_TEST_ADMIN_URL',
  /** Unique id of this jest run; prefixes every database the run creates. */
  runId: 'PALABRE_TEST_RUN_ID',
} as const;

/** Database names of one run: `palabre_t_<run>_tpl` (migrated template) and `palabre_t_<run>_<n>` (one per spec file). */
export function runDatabasePrefix(runId: string): string {
  return `palabre_t_${runId}`;
}
