/**
 * The trap every payload aims at: `window.__xss` (payloads call
 * `__xss.push(id)`), `alert`/`confirm`/`prompt`/`open` (polyglots call them),
 * Content Security Policy violations, and any dangerous element appearing
 * anywhere in the document's light DOM. No dependency (the CSP page uses it too).
 */
declare global {
  interface Window {
    __xss: unknown[];
  }
}

export interface Trap {
  /** Everything that fired: payload ids that ran, dialogs, a clobbered trap, violations, dangerous nodes. */
  findings(): string[];
  /** The CSP violations seen, as `directive: blocked URI (source)`. */
  readonly violations: string[];
  restore(): void;
}

const DANGEROUS = 'script, iframe, frame, object, embed, img, image, svg, math, style, link, meta, base, form, input, video, audio, source, marquee, template';

export function installTrap(): Trap {
  const pushed: unknown[] = [];
  window.__xss = pushed;
  const findings: string[] = [];
  const violations: string[] = [];

  const dialogs = ['alert', 'confirm', 'prompt', 'open', 'print'] as const;
  const originals = dialogs.map((name) => [name, window[name]] as const);
  for (const name of dialogs) {
    (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      findings.push(`window.${name}(${args.map(String).join(', ').slice(0, 80)}) was called`);
      return null;
    };
  }

  const onViolation = (event: SecurityPolicyViolationEvent) => {
    violations.push(
      `${event.effectiveDirective}: ${event.blockedURI || '(inline)'} ${event.sample ? `"${event.sample}"` : ''} at ${event.sourceFile}:${event.lineNumber}`,
    );
  };
  document.addEventListener('securitypolicyviolation', onViolation, true);

  const checkNode = (node: Node) => {
    if (!(node instanceof Element)) return;
    const found = node.matches(DANGEROUS) ? [node] : [...node.querySelectorAll(DANGEROUS)];
    for (const el of found) findings.push(`a <${el.localName}> appeared in the document: ${el.outerHTML.slice(0, 120)}`);
  };
  const observer = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(checkNode)));
  observer.observe(document.documentElement, {childList: true, subtree: true});

  return {
    violations,
    findings() {
      const all = [...findings, ...pushed.map((id) => `payload ${String(id)} ran`), ...violations.map((v) => `CSP violation: ${v}`)];
      if (window.__xss !== pushed) all.push(`window.__xss was replaced (DOM clobbering?): ${String(window.__xss)}`);
      return all;
    },
    restore() {
      observer.disconnect();
      document.removeEventListener('securitypolicyviolation', onViolation, true);
      for (const [name, fn] of originals) (window as unknown as Record<string, unknown>)[name] = fn;
    },
  };
}
