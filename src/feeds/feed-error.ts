/**
 * A feed that cannot be read: what was expected, what came, and where.
 * The message is meant for the developer who wired the feed.
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    message: string,
    /** JSON paths of the offending fields, e.g. `incidents[2].started_at`. */
    readonly fields: readonly string[] = [],
  ) {
    super(message);
  }
}

/** A short description of a value for error messages: `a number (42)`, `an HTML page`. */
export function describe(value: unknown): string {
  // A missing field reads as such, not as the JavaScript word `undefined`.
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return `a string (${JSON.stringify(shown)})`;
    }
    case 'number':
    case 'boolean':
      return `a ${typeof value} (${String(value)})`;
    case 'object':
      return `an object with keys ${Object.keys(value as object).slice(0, 5).join(', ') || '(none)'}`;
    default:
      return typeof value;
  }
}
