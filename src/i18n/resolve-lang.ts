/**
 * The language an element speaks (DESIGN.md §2): its own `lang`, else the
 * nearest ancestor's `lang` (across shadow roots), else `<html lang>`, else
 * the browser's languages, else English.
 */
export function resolveLanguage(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang && isLanguageTag(lang)) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  for (const lang of navigator.languages ?? [navigator.language]) if (lang && isLanguageTag(lang)) return lang;
  return 'en';
}

/** A tag that `Intl` accepts; an invalid `lang` is skipped rather than thrown on. */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length > 0;
  } catch {
    return false;
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
