import type {PropertyDeclaration, PropertyDeclarations} from 'lit';

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
 *     days: checked(wholeNumber(0), 90),
 *   };
 *   // `declare`, not `= 90`: the default is the one given to checked().
 *   declare days: number;
 * }
 * ```
 *
 * StatusElement's `finalize()` installs the accessors of every class that
 * extends it; a class that does not extend it calls `installChecks(this)` in
 * its own `static finalize()`, before `super.finalize()`.
 */

/** What a value that is not allowed reads as: the rule then falls back to its default. */
export const NOT_ALLOWED: unique symbol = Symbol('not allowed');

/** The values one attribute accepts. */
export interface AttributeValue<T> {
  /** The value a given attribute text or property value stands for, or NOT_ALLOWED. */
  read(value: unknown): T | typeof NOT_ALLOWED;
  /** The values allowed, as the warning says them: "one of dot, badge, text". */
  readonly allowed: string;
}

/** One of a list of words, exactly as written (`theme="Dark"` would not match the styles' `[theme='dark']`). */
export function oneOf<T extends string>(values: readonly T[]): AttributeValue<T> {
  return {
    read: (value) => (values.includes(value as T) ? (value as T) : NOT_ALLOWED),
    allowed: `one of ${values.join(', ')}`,
  };
}

/** A number, `min` or more: written as digits in an attribute, or a number or such a string as a property. */
export function number(min: number, {whole = false} = {}): AttributeValue<number> {
  return {
    read(value) {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
      return Number.isFinite(n) && n >= min && (!whole || Number.isInteger(n)) ? n : NOT_ALLOWED;
    },
    allowed: `a ${whole ? 'whole ' : ''}number, ${min} or more`,
  };
}

/** A whole number, `min` or more: a count of days, of entries. */
export const wholeNumber = (min: number): AttributeValue<number> => number(min, {whole: true});

/**
 * On or off. Any text but "false" is on, as the attribute's mere presence
 * is (`show-operational`, `show-operational=""`); "false" is off, so that a
 * framework writing `show-operational="false"` or `dismissible="false"`
 * means what it says.
 */
export const onOff: AttributeValue<boolean> = {
  read: (value) => (typeof value === 'string' ? value.trim().toLowerCase() !== 'false' : Boolean(value)),
  allowed: 'true or false',
};

interface Check {
  value: AttributeValue<unknown>;
  fallback: unknown;
}

/** The rule of each checked declaration; spreading a class's `properties` into a subclass's keeps the same objects. */
const checks = new WeakMap<PropertyDeclaration, Check>();

/**
 * A property declaration whose value `value` checks, and which reads as
 * `fallback` when absent (no attribute, `null` or `undefined`, an empty
 * attribute for anything but on/off), or not allowed (with a warning).
 * `options` are Lit's, minus `type`: the check reads the text itself.
 */
export function checked<T>(value: AttributeValue<T>, fallback: T, options: Omit<PropertyDeclaration, 'type'> = {}): PropertyDeclaration {
  const declaration = {...options};
  checks.set(declaration, {value, fallback});
  return declaration;
}

/** The warnings already given, by element, attribute and value: each once per page. */
const warned = new Set<string>();

/** The value a checked property takes when `given` is set; warns once when it is not allowed. */
function accept(element: Element, attribute: string, check: Check, given: unknown): unknown {
  if (given === undefined || given === null || (given === '' && check.value !== onOff)) return check.fallback;
  const value = check.value.read(given);
  if (value !== NOT_ALLOWED) return value;
  const key = `${element.localName} ${attribute}=${String(given)}`;
  if (!warned.has(key)) {
    warned.add(key);
    const fallback = check.fallback === undefined ? 'none' : JSON.stringify(check.fallback);
    console.warn(`<${element.localName}> ${attribute}=${JSON.stringify(String(given))} is not ${check.value.allowed}; using ${fallback}.`);
  }
  return check.fallback;
}

interface ElementClass {
  readonly prototype: object;
  readonly properties?: PropertyDeclarations;
}

/**
 * Makes each checked property that `element` itself declares an accessor on
 * its prototype (before Lit's finalize() reads the declarations, so that
 * Lit wraps it rather than replacing it).
 */
export function installChecks(element: ElementClass): void {
  if (!Object.hasOwn(element, 'properties')) return;
  for (const [name, options] of Object.entries(element.properties!)) {
    const check = checks.get(options);
    if (!check) continue;
    const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
    const key = Symbol(name);
    type Store = Element & {[key]?: unknown};
    Object.defineProperty(element.prototype, name, {
      get(this: Store) {
        return key in this ? this[key] : check.fallback;
      },
      set(this: Store, value: unknown) {
        this[key] = accept(this, attribute, check, value);
      },
      configurable: true,
      enumerable: true,
    });
  }
}
