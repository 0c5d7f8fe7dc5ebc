import type {PropertyDeclaration} from 'lit';
import type {AttributeRule} from './attribute-rule.js';

/**
 * One rule for every attribute of every element (DESIGN.md §2): a value set
 * as a property means what the same text as an attribute means. React 19,
 * Vue 3 and Svelte 5 set `days="0"` as the property `days = "0"`, a string;
 * the element must read it as the number 0, as it reads the attribute.
 * A value that is not allowed keeps the default, and says so once in the
 * console, naming the element, the attribute and the values allowed.
 *
 * Each checked property is an accessor on the element's prototype that
 * stores the value already read, so `el.days = "0"` reads back `0`, and
 * `el.variant = "badg"` reads back `"dot"`. Lit wraps such an accessor (it
 * calls `requestUpdate` around it), and gives it the attribute's text as is
 * (the declarations have no `type`): attribute and property take one path.
 *
 * To give an element a checked attribute (`<status-uptime days>`, say):
 *
 * ```ts
 * class StatusUptime extends StatusElement {
 *   static override properties = {
 *     ...StatusElement.properties,
 *     days: {check: {min: 0, whole: true, fallback: 90}},
 *   };
 *   // `declare`, not `= 90`: the default is the one its rule gives
 *   // (`@default` tells the Custom Elements Manifest).
 *   /** Days shown. @default 90 *\/
 *   declare days: number;
 * }
 * ```
 *
 * StatusElement's `finalize()` installs the accessors of every class that
 * extends it; a class that does not extend it calls `installChecks(this)` in
 * its own `static finalize()`, before `super.finalize()`.
 */

/**
 * Lit's property declarations, some with the rule (`check`) their accessor
 * applies: `days: {check: {min: 0, whole: true, fallback: 90}}`. Without `type`: the rule
 * reads the attribute's text itself.
 */
export type CheckedDeclarations = Record<string, PropertyDeclaration & {readonly check?: AttributeRule}>;

/** What a value that is not allowed reads as. */
const NOT_ALLOWED = Symbol();

/**
 * The value `given` stands for: the fallback when absent (`null`,
 * `undefined`, an empty attribute for anything but on/off); NOT_ALLOWED
 * when it is no value the rule allows.
 */
function read({fallback, values, min, max = Infinity, whole, zone}: AttributeRule, given: unknown): unknown {
  if (given === undefined || given === null) return fallback;
  if (typeof fallback === 'boolean') return given !== false && given !== 'false';
  if (given === '') return fallback;
  if (values) return values.includes(given as string) ? given : NOT_ALLOWED;
  if (zone) return given === fallback || isTimeZone(given) ? given : NOT_ALLOWED;
  const n = typeof given === 'number' ? given : typeof given === 'string' && given.trim() ? Number(given) : NaN;
  return Number.isFinite(n) && n >= min! && n <= max && (!whole || Number.isInteger(n)) ? n : NOT_ALLOWED;
}

/** Whether `Intl` knows a time zone by this name (`Europe/Paris`, `utc`): it throws on any other. */
function isTimeZone(given: unknown): boolean {
  try {
    return typeof given === 'string' && !!new Intl.DateTimeFormat('en', {timeZone: given});
  } catch {
    return false;
  }
}

/** The warnings already given, by element, attribute and value: each once per page. */
const warned = new Set<string>();

interface ElementClass {
  readonly prototype: object;
  readonly properties?: CheckedDeclarations;
}

/**
 * Makes each checked property that `element` itself declares an accessor on
 * its prototype (before Lit's finalize() reads the declarations, so that
 * Lit wraps it rather than replacing it).
 */
export function installChecks(element: ElementClass): void {
  if (!Object.hasOwn(element, 'properties')) return;
  for (const [name, options] of Object.entries(element.properties!)) {
    const rule = options.check;
    if (!rule) continue;
    // Lit's attribute name: the one declared, else the property's name in lower case.
    const attribute = (options.attribute as string | undefined) || name.toLowerCase();
    const key = Symbol();
    type Store = Element & {[key]?: unknown};
    Object.defineProperty(element.prototype, name, {
      get(this: Store) {
        return key in this ? this[key] : rule.fallback;
      },
      set(this: Store, given: unknown) {
        let value = read(rule, given);
        if (value === NOT_ALLOWED) {
          value = rule.fallback;
          const tag = this.localName;
          const said = `<${tag}> ${attribute}="${String(given)}"`;
          if (!warned.has(said)) {
            warned.add(said);
            // The words are loaded only when needed (attribute-warning.ts); a
            // copy of the CDN build without its chunks still says what is wrong.
            import('./attribute-warning.js').then(
              ({warnNotAllowed}) => warnNotAllowed(tag, attribute, String(given), rule),
              () => console.warn(said, 'is not allowed.'),
            );
          }
        }
        this[key] = value;
      },
      // Lit replaces it with its wrapper, enumerable like every property it makes.
      configurable: true,
    });
  }
}
