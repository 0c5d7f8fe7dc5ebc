import {css} from 'lit';

export const bannerStyles = css`
  :host {
    display: block;
  }
  .banner {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.25);
    background: var(--_tone-bg);
    color: var(--_text);
    border: 1px solid var(--_tone);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    font-size: 0.9375rem;
  }
  .icon {
    color: var(--_tone);
    flex: none;
    display: flex;
    padding-top: 0.2em;
  }
  .icon svg {
    width: 1.125em;
    height: 1.125em;
  }
  .content {
    flex: 1;
    min-width: 0;
  }
  .heading {
    margin: 0;
  }
  .label {
    font-weight: 600;
  }
  .title {
    font-weight: 600;
  }
  .more {
    color: var(--_muted);
    white-space: nowrap;
  }
  .message {
    margin: 0.125em 0 0;
  }
  .heading .stale {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta > * + *::before {
    content: '·';
    /* Inline-block: a link's underline does not reach into it. */
    display: inline-block;
    margin-inline: 0.5em;
    color: var(--_muted);
  }
  .dismiss {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2rem;
    height: 2rem;
    margin: -0.25rem -0.5rem -0.25rem 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    cursor: pointer;
  }
  .dismiss:hover {
    background: color-mix(in srgb, var(--_tone) 15%, transparent);
  }
  @media (prefers-reduced-motion: no-preference) {
    .banner {
      animation: status-banner-in 0.2s ease-out;
    }
    @keyframes status-banner-in {
      from { opacity: 0; transform: translateY(-0.25rem); }
    }
  }
  @media (forced-colors: active) {
    .banner { border-color: CanvasText; }
  }
`;
