// The UI strings live in /locales/*.json (shipped as they are); Rollup and
// the test server turn them into modules. Declared loosely here so that
// TypeScript does not pull files from outside src/ into the program.
declare module '*.json' {
  const value: Record<string, unknown>;
  export default value;
}
