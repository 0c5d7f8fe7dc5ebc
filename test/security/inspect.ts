/**
 * What the elements may put in their shadow roots, checked as an allowlist:
 * any other element, any event-handler or style attribute, any URL-bearing
 * attribute other than an `<a href>` that is http(s) or mailto is an escape.
 * No dependency (the CSP page imports it too).
 */

/** Every element the three elements render (their templates and icons). */
const ALLOWED_TAGS = new Set([
  'a',
  'article',
  'br',
  'button',
  'circle',
  'code',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'h2',
  'h3',
  'h4',
  'h5',
  'li',
  'ol',
  'p',
  'path',
  'pre',
  'section',
  'span',
  'strong',
  'summary',
  'svg',
  'time',
  'ul',
]);

/** Attributes that load, navigate or run something; only `href` on `<a>` is allowed, and only http(s)/mailto. */
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'srcset',
  'srcdoc',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'codebase',
  'ping',
  'manifest',
]);

export const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** Whether an `href` value is one a feed may make: http(s) (that parses as such) or mailto. */
export function isSafeHref(href: string): boolean {
  if (!SAFE_LINK.test(href)) return false;
  try {
    const protocol = new URL(href).protocol;
    return protocol === 'http:' || protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** The problems one element has, each as a readable line. */
export function elementProblems(el: Element): string[] {
  const problems: string[] = [];
  const tag = el.localName;
  const where = `<${tag}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}>`;
  if (!ALLOWED_TAGS.has(tag)) problems.push(`unexpected element ${where}`);
  for (const attr of el.attributes) {
    const name = attr.name.toLowerCase();
    if (name.startsWith('on')) problems.push(`event handler attribute ${name}="${attr.value.slice(0, 80)}" on ${where}`);
    // The one style the elements set themselves: the banner's in-flow spacer gets its height in pixels.
    const spacer = tag === 'div' && el.classList.contains('spacer') && /^height: \d+(\.\d+)?px;$/.test(attr.value);
    if (name === 'style' && !spacer) problems.push(`style attribute on ${where}`);
    if (name === 'is') problems.push(`is="${attr.value}" on ${where}`);
    if (URL_ATTRIBUTES.has(name)) {
      if (tag !== 'a' || name !== 'href') problems.push(`${name}="${attr.value.slice(0, 80)}" on ${where}`);
      else if (!isSafeHref(attr.value)) problems.push(`link to ${JSON.stringify(attr.value.slice(0, 80))}`);
    }
  }
  if (tag === 'a' && el.getAttribute('target') === '_blank' && !/\bnoopener\b/.test(el.getAttribute('rel') ?? '')) {
    problems.push(`target=_blank without rel=noopener on ${where}`);
  }
  return problems;
}

/** Every element under a root, shadow roots (open ones: the elements use open roots) included. */
export function* allElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* allElements(el.shadowRoot);
  }
}

/** Every problem in a custom element's shadow root, and any light DOM the feed could have added to it. */
export function findEscapes(host: Element): string[] {
  const problems: string[] = [];
  if (!host.shadowRoot) return [`<${host.localName}> has no open shadow root`];
  for (const el of allElements(host.shadowRoot)) problems.push(...elementProblems(el));
  if (host.children.length > 0) problems.push(`<${host.localName}> gained light DOM children`);
  return problems;
}

/** The `href` of every link in an element's shadow root. */
export function linkHrefs(host: Element): string[] {
  return [...allElements(host.shadowRoot!)].filter((el) => el.hasAttribute('href')).map((el) => el.getAttribute('href')!);
}

/**
 * Watches a shadow root from its creation: elements added even for a moment
 * (and removed before anyone looks) and attributes set on them are checked
 * as they come.
 */
export function watchShadowRoot(root: ShadowRoot, problems: string[]): MutationObserver {
  const check = (node: Node) => {
    if (!(node instanceof Element)) return;
    problems.push(...elementProblems(node));
    for (const child of node.querySelectorAll('*')) problems.push(...elementProblems(child));
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') record.addedNodes.forEach(check);
      else if (record.type === 'attributes' && record.target instanceof Element) problems.push(...elementProblems(record.target));
    }
  });
  observer.observe(root, {childList: true, subtree: true, attributes: true});
  return observer;
}
