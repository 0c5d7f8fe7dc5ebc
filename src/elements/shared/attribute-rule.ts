// Plain data shared by the checked accessors (attribute-values.ts) and the
// warning loaded when a value is refused (attribute-warning.ts).

/**
 * What one attribute accepts, and its default (`fallback`), as plain data
 * (attribute-warning.ts says it in words):
 * - `{values: ['dot', 'badge', 'text'], fallback: 'dot'}`: one of these
 *   words, exactly as written (`theme="Dark"` would not match the styles'
 *   `[theme='dark']`);
 * - `{min: 0, fallback: 60}`: a number, `min` or more (digits in an
 *   attribute; a number, or such a string, as a property), and `max` or
 *   less when the rule has a `max`; `whole: true` for a whole one (a count
 *   of days, of entries);
 * - `{fallback: false}`: on or off. Any value but `false` and "false" is
 *   on, as the attribute's mere presence is (`show-operational`,
 *   `show-operational=""`); "false" is off, so that a framework writing
 *   `show-operational="false"` or `dismissible="false"` means what it says;
 * - `{zone: true, fallback: 'local'}`: `local`, or a time zone `Intl`
 *   knows (`Europe/Paris`, `UTC`).
 */
export interface AttributeRule<T = unknown> {
  readonly fallback: T;
  readonly values?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly whole?: boolean;
  readonly zone?: boolean;
}
