import type {AttributeRule} from './attribute-rule.js';

/**
 * The console warning for an attribute value that is not allowed (DESIGN.md
 * §2): it names the element, the attribute, the values allowed, and the
 * default used instead, e.g.
 * `<status-indicator> variant="badg" is not one of dot, badge, text; using "dot".`
 * A module of its own, loaded the first time a page has such a value: a
 * page without a mistake never downloads these words.
 */
export function warnNotAllowed(tag: string, attribute: string, given: string, {fallback, values, min, max, whole, zone}: AttributeRule): void {
  const number = `a ${whole ? 'whole ' : ''}number`;
  const allowed = values
    ? `one of ${values.join(', ')}`
    : zone
      ? `${String(fallback)} or an IANA time zone such as Europe/Paris`
      : max === undefined
        ? `${number}, ${min} or more`
        : `${number} from ${min} to ${max}`;
  console.warn(`<${tag}> ${attribute}=${JSON.stringify(given)} is not ${allowed}; using ${fallback === undefined ? 'none' : JSON.stringify(fallback)}.`);
}
