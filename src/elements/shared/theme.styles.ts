import {css} from 'lit';

/**
 * The design tokens every element reads. Each `--status-*` custom property
 * can be set by the host page on the element or any ancestor; the
 * `--_` variables are internal and hold both palettes, picked by
 * `color-scheme` through `light-dark()`.
 * Both palettes keep text at WCAG AA contrast (4.5:1) on their surfaces.
 */
export const themeStyles = css`
  :host {
    --_surface: var(--status-surface, light-dark(#ffffff, #0d1117));
    --_text: var(--status-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--status-muted, light-dark(#57606a, #9198a1));
    --_border: var(--status-border, light-dark(#d0d7de, #3d444d));
    --_link: var(--status-link, light-dark(#0550ae, #4493f8));
    --_code-bg: var(--status-code-background, light-dark(#f6f8fa, #161b22));
    --_operational: var(--status-operational, light-dark(#1a7f37, #3fb950));
    --_operational-bg: var(--status-operational-background, light-dark(#dafbe1, #12261e));
    --_minor: var(--status-minor, light-dark(#9a6700, #d29922));
    --_minor-bg: var(--status-minor-background, light-dark(#fff8c5, #272115));
    --_major: var(--status-major, light-dark(#bc4c00, #f0883e));
    --_major-bg: var(--status-major-background, light-dark(#fff1e5, #2b1d12));
    --_critical: var(--status-critical, light-dark(#cf222e, #f85149));
    --_critical-bg: var(--status-critical-background, light-dark(#ffebe9, #2d1416));
    --_maintenance: var(--status-maintenance, light-dark(#0969da, #58a6ff));
    --_maintenance-bg: var(--status-maintenance-background, light-dark(#ddf4ff, #121d2f));
    --_unknown: var(--status-unknown, light-dark(#6e7781, #9198a1));
    --_unknown-bg: var(--status-unknown-background, light-dark(#eaeef2, #21262d));
    /* No space after the commas inside these fallbacks (and color-mix()): the minifier keeps a custom property's value as written, and the first script has no byte to spare (test/tools/check-size.mjs). */
    --_font: var(--status-font, system-ui,sans-serif);
    --_mono: var(--status-font-mono, ui-monospace,Menlo,Consolas,monospace);
    --_radius: var(--status-radius, 6px);
    --_space: var(--status-spacing, 0.75rem);
    --_focus: var(--status-focus, light-dark(#0969da, #4493f8));
    color-scheme: light dark;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none !important;
  }

  /* Each color is light-dark(light, dark): theme="auto" follows the reader's setting. */
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }

  /* One accent per tone, shared by the banner, the history's badges and the indicator. */
  [data-tone] {
    --_tone: var(--_unknown);
    --_tone-bg: var(--_unknown-bg);
  }
  [data-tone='minor'] { --_tone: var(--_minor); --_tone-bg: var(--_minor-bg); }
  [data-tone='major'] { --_tone: var(--_major); --_tone-bg: var(--_major-bg); }
  [data-tone='critical'] { --_tone: var(--_critical); --_tone-bg: var(--_critical-bg); }
  [data-tone='maintenance'] { --_tone: var(--_maintenance); --_tone-bg: var(--_maintenance-bg); }
  [data-tone='operational'] { --_tone: var(--_operational); --_tone-bg: var(--_operational-bg); }

  a {
    color: var(--_link);
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  p {
    margin: 0.25em 0;
  }
`;
