import {css} from 'lit';

export const indicatorStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    font-size: 0.875rem;
  }
  .indicator {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    color: var(--_text);
    text-decoration: none;
  }
  a.indicator:hover .text {
    text-decoration: underline;
  }
  .dot {
    flex: none;
    width: 0.625em;
    height: 0.625em;
    border-radius: 50%;
    background: var(--_tone);
    box-shadow: 0 0 0 0.2em color-mix(in srgb,var(--_tone) 25%,transparent);
  }
  .indicator[data-variant='badge'] {
    padding: 0.25em 0.75em;
    border: 1px solid var(--_tone);
    border-radius: 999px;
    background: var(--_tone-bg);
    font-weight: 600;
  }
  .indicator[data-variant='text'] {
    color: var(--_text);
  }
  /* High contrast: system colors everywhere; the dot, a background, is drawn in the text's color. */
  @media (forced-colors: active) {
    .dot {
      forced-color-adjust: none;
      background: CanvasText;
      box-shadow: none;
    }
  }
  @media (prefers-reduced-motion: no-preference) and (forced-colors: none) {
    .indicator:not([data-tone='operational']):not([data-tone='unknown']) .dot {
      animation: status-pulse 2s ease-in-out infinite;
    }
    @keyframes status-pulse {
      50% { box-shadow: 0 0 0 0.35em color-mix(in srgb,var(--_tone) 10%,transparent); }
    }
  }
`;
