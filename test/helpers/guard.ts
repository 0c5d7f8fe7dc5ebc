/**
 * The widget must never break its host page (DESIGN.md §5). Element suites
 * call `guardHostPage()` at the top of their `describe`: any uncaught error
 * or unhandled rejection on the window during a test, or a listener failure
 * the store reports with `console.error('[status-banner]', …)`, fails the
 * suite. It also clears what the widget keeps in localStorage (dismissals,
 * last good snapshots) before each test, and the dismissals after it, so that
 * no test sees another's: the test files share one browser profile.
 */
export const DISMISSALS_KEY = 'status-banner:dismissed:v2';

export function guardHostPage(): void {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => problems.push(`uncaught error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${(event.reason as Error)?.stack ?? String(event.reason)}`);
  let originalConsoleError: typeof console.error | undefined;

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    originalConsoleError = console.error;
    console.error = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].startsWith('[status-banner]')) {
        problems.push(`swallowed error: ${args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' ')}`);
      }
      originalConsoleError!.apply(console, args);
    };
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    if (originalConsoleError) console.error = originalConsoleError;
  });

  beforeEach(() => {
    problems.length = 0;
    clearWidgetStorage();
  });

  afterEach(async () => {
    // An unhandled rejection is reported a task after it happens.
    await new Promise((resolve) => setTimeout(resolve, 0));
    localStorage.removeItem(DISMISSALS_KEY);
    if (problems.length > 0) {
      const found = problems.splice(0).join('\n');
      throw new Error(`The host page saw errors from the widget:\n${found}`);
    }
  });
}

/** Removes every `status-banner:` key from localStorage. */
export function clearWidgetStorage(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('status-banner:')) localStorage.removeItem(key);
}
