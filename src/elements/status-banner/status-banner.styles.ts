import {css} from 'lit';

export const bannerStyles = css`
  :host {
    display: block;
  }
  /* position="top|bottom": fixed to the viewport; the spacer after it keeps its height in the flow. */
  [data-pos] {
    position: fixed;
    inset-inline: 0;
    z-index: var(--status-z-index, 1000);
  }
  [data-pos='top'] {
    top: 0;
  }
  [data-pos='bottom'] {
    bottom: 0;
  }
  .bar:not([data-pos]) + * {
    display: none;
  }
  [data-pos] .banner {
    border-radius: 0;
    border-width: 0 0 1px;
    padding-inline: max(var(--_space), 50% - 36rem);
  }
  [data-pos='bottom'] .banner {
    border-width: 1px 0 0;
  }
  .banner {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.25);
    background: var(--_tone-bg);
    border: 1px solid var(--_tone);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    font-size: 0.9375rem;
  }
  .icon {
    color: var(--_tone);
    display: flex;
    padding-top: 0.15em;
  }
  .icon svg {
    width: 1.25em;
    height: 1.25em;
  }
  .content {
    flex: 1;
    min-width: 0;
  }
  .label,
  .title {
    font-weight: 600;
  }
  .label + .stale {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta {
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
  .others {
    font-size: 0.875em;
  }
  summary {
    cursor: pointer;
    width: fit-content;
    font-weight: 600;
  }
  ul {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
  }
  .dismiss {
    display: flex;
    padding: 0.375rem;
    /* Logical sides: at the end of the line, whichever way it runs. */
    margin-block: -0.25rem;
    margin-inline: 0 -0.5rem;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    cursor: pointer;
  }
  .dismiss:hover {
    background: color-mix(in srgb,var(--_tone) 15%,transparent);
  }
  @media (prefers-reduced-motion: no-preference) {
    .banner {
      animation: status-banner-in 0.2s ease-out;
    }
    @keyframes status-banner-in {
      from {
        opacity: 0;
        transform: translateY(-0.25rem);
      }
    }
  }
`;
