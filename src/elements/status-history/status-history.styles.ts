import {css} from 'lit';

export const historyStyles = css`
  :host {
    display: block;
    font-size: 0.9375rem;
  }
  .history {
    background: var(--_surface);
    color: var(--_text);
  }
  h2 {
    font-size: 1.25em;
    margin: 0 0 var(--_space);
  }
  h3 {
    font-size: 0.8125em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.5);
    padding-bottom: 0.25em;
    border-bottom: 1px solid var(--_border);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .entry {
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_border);
  }
  .entry:last-child {
    border-bottom: 0;
  }
  h4 {
    font-size: 1.0625em;
    margin: 0 0 0.25em;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 0.5em;
    font-size: 0.8125em;
  }
  .severity,
  .state {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.05em 0.6em;
    border-radius: 999px;
    font-weight: 600;
  }
  .severity {
    color: var(--_text);
    background: var(--_tone-bg);
    border: 1px solid var(--_tone);
  }
  .severity svg {
    color: var(--_tone);
  }
  .state {
    border: 1px solid var(--_border);
    color: var(--_muted);
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0 0 0.5em;
    font-size: 0.875em;
  }
  .dates div {
    display: flex;
    gap: 0.35em;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .components {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .section-label {
    font-weight: 600;
  }
  .report {
    margin-top: 0.5em;
  }
  .report-section + .report-section {
    margin-top: 0.5em;
  }
  details {
    margin-top: 0.5em;
    font-size: 0.875em;
  }
  summary {
    cursor: pointer;
    color: var(--_link);
    width: fit-content;
  }
  .timeline {
    margin: 0.5em 0 0;
    padding-inline-start: 1em;
    border-inline-start: 2px solid var(--_border);
  }
  .timeline li + li {
    margin-top: 0.5em;
  }
  .timeline time {
    color: var(--_muted);
  }
  .notice {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .more-button {
    margin-top: var(--_space);
    font: inherit;
    padding: 0.4em 1em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .more-button:hover {
    border-color: var(--_muted);
  }
`;
