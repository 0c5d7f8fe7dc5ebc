import {css} from 'lit';

export const historyStyles = css`
  /* Code blocks: only the history shows whole texts. */
  pre {
    font-family: var(--_mono);
    font-size: 0.8125em;
    background: var(--_code-bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    overflow-x: auto;
    white-space: pre;
    margin: 0.5em 0;
  }
  :host {
    display: block;
    font-size: 0.9375rem;
  }
  .history {
    background: var(--_surface);
  }
  h2 {
    font-size: 1.25em;
    margin: 0;
  }
  h3 {
    font-size: 0.8125em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
    margin: calc(var(--_space) * 1.5) 0 0;
    padding-bottom: 0.25em;
    border-bottom: 1px solid var(--_border);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .entry + .entry {
    border-top: 1px solid var(--_border);
  }
  summary {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    position: relative;
    padding-block: var(--_space);
    padding-inline: 1.5em 0;
    cursor: pointer;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  /* A chevron that turns when the entry opens. */
  summary::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.3em;
    top: calc(var(--_space) + 0.5em);
    width: 0.4em;
    height: 0.4em;
    border: solid var(--_muted);
    border-width: 0 2px 2px 0;
    rotate: -45deg;
  }
  /* Closed, it points the way the line runs (mirrored in a right-to-left UI). */
  [dir='rtl'] summary::before {
    rotate: 135deg;
  }
  [open] > summary::before {
    rotate: 45deg;
  }
  summary:hover h4 {
    color: var(--_link);
  }
  h4 {
    font-size: 1.0625em;
    margin: 0;
    margin-inline-end: 0.25em;
  }
  .severity,
  .state {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_muted);
  }
  .severity {
    color: inherit;
    background: var(--_tone-bg);
    border-color: var(--_tone);
  }
  .severity svg {
    color: var(--_tone);
  }
  .dates {
    flex-basis: 100%;
    font-size: 0.875em;
  }
  .dates > * + *::before {
    content: '·';
    margin-inline: 0.5em;
  }
  .key,
  .components,
  .timeline time,
  .notice {
    color: var(--_muted);
  }
  .body {
    padding-block: 0 var(--_space);
    padding-inline: 1.5em 0;
  }
  .components,
  .notice {
    font-size: 0.875em;
  }
  .report-section {
    margin-top: 0.5em;
  }
  h5 {
    font-size: 0.875em;
    margin: var(--_space) 0 0.25em;
  }
  .timeline {
    font-size: 0.875em;
    padding-inline-start: 1em;
    border-inline-start: 2px solid var(--_border);
  }
  .timeline li + li {
    margin-top: 0.5em;
  }
  .more-button {
    margin-top: var(--_space);
    font: inherit;
    padding: 0.4em 1em;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .more-button:hover {
    border-color: var(--_muted);
  }
`;
