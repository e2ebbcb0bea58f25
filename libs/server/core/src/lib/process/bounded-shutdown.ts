/** Below the launcher's 10 s grace, so a process stops by itself before it is killed. */
export const SHUTDOWN_GRACE_MS = 8_000;

/**
 * Nest closes the application on SIGTERM/SIGINT (enableShutdownHooks); should a close hook hang (a peer
 * that is unreachable, a connection that never drains), the process still ends within `graceMs`.
 * Call once the application exists: before that, the default action of the signal ends the process at once.
 */
export function exitWithinGraceOnSignal(graceMs = SHUTDOWN_GRACE_MS, log: (message: string) => void = (m) => process.stderr.write(`${m}\n`)): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      setTimeout(() => {
        log(`Shutdown took longer than ${graceMs / 1000} s: exiting now.`);
        process.exit(1);
      }, graceMs).unref();
    });
  }
}
