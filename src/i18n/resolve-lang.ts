/**
 * The language an element speaks (DESIGN.md §2): its own `lang`, else the
 * nearest ancestor's `lang` (across shadow roots), else `<html lang>`, else
 * the browser's languages, else English.
 */
export function resolveLanguage(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = canonical(node.getAttribute('lang'));
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  for (const lang of navigator.languages ?? [navigator.language]) if (canonical(lang)) return canonical(lang)!;
  return 'en';
}

/** A tag that `Intl` accepts, in its canonical form (`fr-ca` → `fr-CA`); an invalid `lang` is skipped rather than thrown on. */
function canonical(tag: string | null | undefined): string | undefined {
  try {
    return (tag && Intl.getCanonicalLocales(tag)[0]) || undefined;
  } catch {
    return undefined;
  }
}

type LanguageListener = () => void;
const listeners = new Set<LanguageListener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` when any `lang` attribute in the document changes, so
 * that elements inheriting their language follow a page's language switch.
 * One observer serves the whole page, and exists only while someone listens.
 */
/** Tells every element to render again: a language's strings changed (registerLocale). */
export const notifyLanguageChange = (): void => listeners.forEach((l) => l());

export function onLanguageChange(listener: LanguageListener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
