/**
 * Which engine runs this test file, for the few tests that need an API one
 * engine alone has (Chromium's DevTools protocol for media emulation) or a
 * behaviour another lacks (MiniBrowser keeps no HTTP cache in automation
 * mode, so no 304s). Every other test runs in every engine.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

function detect(userAgent: string): Engine {
  if (/Firefox\//.test(userAgent)) return 'firefox';
  if (/Chrom(e|ium)\//.test(userAgent)) return 'chromium';
  return 'webkit';
}

export const engine: Engine = detect(navigator.userAgent);

/**
 * `it` in the engines listed, `it.skip` elsewhere, with the reason in the
 * title so a skipped test says why it did not run:
 *   onlyIn(['chromium'], 'CDP media emulation')('forced colors …', async () => …)
 */
export function onlyIn(engines: readonly Engine[], reason: string): Mocha.TestFunction | Mocha.PendingTestFunction {
  if (engines.includes(engine)) return it;
  const skip = ((title: string, fn?: Mocha.Func) => it.skip(`${title} [${engines.join(', ')} only: ${reason}]`, fn)) as Mocha.PendingTestFunction;
  return skip;
}

/** `describe` in the engines listed, `describe.skip` elsewhere (see onlyIn). */
export function describeOnlyIn(engines: readonly Engine[], reason: string): Mocha.SuiteFunction | Mocha.PendingSuiteFunction {
  if (engines.includes(engine)) return describe;
  return ((title: string, fn: (this: Mocha.Suite) => void) =>
    describe.skip(`${title} [${engines.join(', ')} only: ${reason}]`, fn)) as Mocha.PendingSuiteFunction;
}
