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
    /** Every problem found, each with its path (the message shows the first five): for `status-banner validate`. */
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }
}

/** Feed strings and keys can be megabytes long: a message shows their start. */
const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** A short description of a value for error messages: `a number (42)`, `an HTML page`. */
export function describe(value: unknown): string {
  // A missing field reads as such, not as the JavaScript word `undefined`.
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  switch (typeof value) {
    case 'string':
      return `a string (${JSON.stringify(clip(value))})`;
    case 'number':
    case 'boolean':
      return `a ${typeof value} (${String(value)})`;
    case 'object':
      return `an object with keys ${
        clip(
          Object.keys(value as object)
            .slice(0, 5)
            .join(', '),
        ) || '(none)'
      }`;
    default:
      return typeof value;
  }
}
