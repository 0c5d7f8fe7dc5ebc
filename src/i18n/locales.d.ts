// The UI strings live in /locales/*.json (shipped as they are); Rollup and
// the test server turn them into modules. Declared loosely here so that
// TypeScript does not pull files from outside src/ into the program.
declare module '*.json' {
  const value: Record<string, unknown>;
  export default value;
  // The locales' groups of strings, importable one by one (i18n.ts).
  type Strings = Record<string, unknown>;
  export const label: string;
  export const status: Strings;
  export const severity: Strings;
  export const incidentStatus: Strings;
  export const maintenanceStatus: Strings;
  export const banner: Strings;
  export const history: Strings;
  export const report: Strings;
  export const stale: Strings;
  export const uptime: Strings;
}

// The same file read as a second module (`?history`, rollup.config.mjs), so
// that a bundler can put its groups in another chunk: the same exports.
declare module '*.json?history' {
  export * from 'locale.json';
}

// And as a third, for the uptime element's chunk (`?uptime`).
declare module '*.json?uptime' {
  export * from 'locale.json';
}
