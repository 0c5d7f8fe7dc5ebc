import {css} from 'lit';

/**
 * The uptime bars. Status is never told by colour alone: a bar's height
 * says how bad the day was (a full bar is a day up), and its fill says where
 * the figure comes from: solid when measured, hatched when derived from
 * incidents, an empty dashed outline when there is no data.
 */
export const uptimeStyles = css`
  :host {
    display: block;
  }
  .uptime {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  h2 {
    font-size: 1.1em;
    margin: 0 0 calc(var(--_space) / 2);
  }
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .row-header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
  }
  [part~='name'] {
    font-weight: 600;
  }
  [part~='percent'] {
    font-variant-numeric: tabular-nums;
  }
  [part~='percent'][data-measured='false'],
  [part~='coverage'],
  .legend,
  [part~='notice'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .days {
    display: grid;
    /* One column per day, however narrow the screen: 90 days fit a 320 px phone at 2 px or more each. */
    grid-template-columns: repeat(var(--days, 90), minmax(0, 1fr));
    gap: clamp(1px, 0.3vw, 3px);
    align-items: end;
    height: 2.25rem;
    margin-top: 0.25rem;
  }
  [part~='day'],
  .swatch {
    --_height: 100%;
    box-sizing: border-box;
    display: block;
    height: var(--_height);
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 1px;
    background: var(--_tone);
    color: var(--_tone);
    cursor: pointer;
    font: inherit;
  }
  [data-status='maintenance'] {
    --_height: 85%;
  }
  [data-status='degraded'] {
    --_height: 70%;
  }
  [data-status='partial_outage'] {
    --_height: 50%;
  }
  [data-status='major_outage'] {
    --_height: 30%;
  }
  [data-kind='derived'] {
    background: repeating-linear-gradient(135deg, var(--_tone) 0 2px, transparent 2px 4px);
    box-shadow: inset 0 0 0 1px var(--_tone);
  }
  [data-kind='none'] {
    --_height: 100%;
    background: transparent;
    border: 1px dashed var(--_unknown);
  }
  [part~='day']:hover,
  [part~='day-chosen'] {
    outline: 2px solid var(--_text);
    outline-offset: 1px;
  }
  [part~='day']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .details {
    margin-top: 0.5rem;
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 3px solid var(--_border);
    font-size: 0.875em;
  }
  .details[hidden] {
    display: none;
  }
  .details ul {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
  }
  [part~='details-heading'] {
    font-weight: 600;
  }
  .legend {
    margin-top: var(--_space);
  }
  .legend ul {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.25em 0;
    padding: 0;
  }
  .legend li {
    display: flex;
    align-items: flex-end;
    gap: 0.35em;
  }
  .legend-title {
    font-weight: 600;
  }
  .swatch {
    width: 0.6em;
    height: calc(1.1em * var(--_scale, 1));
    cursor: default;
  }
  .swatch[data-status='maintenance'] { --_scale: 0.85; }
  .swatch[data-status='degraded'] { --_scale: 0.7; }
  .swatch[data-status='partial_outage'] { --_scale: 0.5; }
  .swatch[data-status='major_outage'] { --_scale: 0.3; }

  /* Windows high contrast: system colours, with the shapes (heights, hatching, dashes) telling the rest. */
  @media (forced-colors: active) {
    [part~='day'],
    .swatch {
      forced-color-adjust: none;
      background: CanvasText;
      color: CanvasText;
    }
    [data-kind='derived'] {
      background: repeating-linear-gradient(135deg, CanvasText 0 2px, Canvas 2px 4px);
      box-shadow: inset 0 0 0 1px CanvasText;
    }
    [data-kind='none'] {
      background: Canvas;
      border-color: GrayText;
    }
    [part~='day-chosen'],
    [part~='day']:hover {
      outline-color: Highlight;
    }
  }
`;
