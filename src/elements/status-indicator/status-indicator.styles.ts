import {css} from 'lit';

export const indicatorStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    font-size: 0.875rem;
  }
  .indicator {
    --_tone: var(--_unknown);
    --_tone-bg: var(--_unknown-bg);
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    color: var(--_text);
    text-decoration: none;
  }
  a.indicator:hover .text {
    text-decoration: underline;
  }
  .indicator[data-status='operational'] { --_tone: var(--_operational); --_tone-bg: var(--_operational-bg); }
  .indicator[data-status='degraded'] { --_tone: var(--_minor); --_tone-bg: var(--_minor-bg); }
  .indicator[data-status='partial_outage'] { --_tone: var(--_major); --_tone-bg: var(--_major-bg); }
  .indicator[data-status='major_outage'] { --_tone: var(--_critical); --_tone-bg: var(--_critical-bg); }
  .indicator[data-status='maintenance'] { --_tone: var(--_maintenance); --_tone-bg: var(--_maintenance-bg); }
  .dot {
    flex: none;
    width: 0.625em;
    height: 0.625em;
    border-radius: 50%;
    background: var(--_tone);
    box-shadow: 0 0 0 0.2em color-mix(in srgb, var(--_tone) 25%, transparent);
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
  @media (prefers-reduced-motion: no-preference) {
    .indicator:not([data-status='operational']):not([data-status='unknown']) .dot {
      animation: status-pulse 2s ease-in-out infinite;
    }
    @keyframes status-pulse {
      50% { box-shadow: 0 0 0 0.35em color-mix(in srgb, var(--_tone) 10%, transparent); }
    }
  }
  @media (forced-colors: active) {
    .dot { background: CanvasText; }
  }
`;
