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
    /* The gaps between days follow the element's width (cqi), not the window's. */
    container-type: inline-size;
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
    display: flex;
    gap: clamp(1px, 0.3cqi, 3px);
    align-items: flex-end;
    height: 2.25rem;
    margin-top: 0.25rem;
  }
  /*
   * A day's bar: its colour and height are given here for each status, not
   * through the theme's custom properties (data-tone): 1,800 bars each
   * declaring their own made the style of the first frame twice as long.
   * One flex line of equal bars: 90 days fit a 320 px phone at 2 px or more each.
   */
  .days > * {
    flex: 1 1 0;
    box-sizing: border-box;
    display: block;
    height: 100%;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 1px;
    color: var(--_operational);
    background: currentColor;
    cursor: pointer;
    font: inherit;
  }
  .days > [data-status='maintenance'] {
    height: 85%;
    color: var(--_maintenance);
  }
  .days > [data-status='degraded'] {
    height: 70%;
    color: var(--_minor);
  }
  .days > [data-status='partial_outage'] {
    height: 50%;
    color: var(--_major);
  }
  .days > [data-status='major_outage'] {
    height: 30%;
    color: var(--_critical);
  }
  .days > [data-kind='derived'],
  .swatch[data-kind='derived'] {
    background: repeating-linear-gradient(135deg, currentColor 0 2px, transparent 2px 4px);
    box-shadow: inset 0 0 0 1px currentColor;
  }
  .days > [data-kind='none'],
  .swatch[data-kind='none'] {
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
  /* The legend's swatches: a bar of each kind and status, in the theme's tones. */
  .swatch {
    box-sizing: border-box;
    display: block;
    width: 0.6em;
    height: calc(1.1em * var(--_scale, 1));
    border-radius: 1px;
    color: var(--_tone);
    background: currentColor;
  }
  .swatch[data-status='maintenance'] { --_scale: 0.85; }
  .swatch[data-status='degraded'] { --_scale: 0.7; }
  .swatch[data-status='partial_outage'] { --_scale: 0.5; }
  .swatch[data-status='major_outage'] { --_scale: 0.3; }

  /* Windows high contrast: system colours, with the shapes (heights, hatching, dashes) telling the rest. */
  @media (forced-colors: active) {
    .days > *,
    .days > [data-status],
    .swatch {
      forced-color-adjust: none;
      color: CanvasText;
    }
    .days > [data-kind='derived'],
    .swatch[data-kind='derived'] {
      background: repeating-linear-gradient(135deg, CanvasText 0 2px, Canvas 2px 4px);
    }
    .days > [data-kind='none'],
    .swatch[data-kind='none'] {
      background: Canvas;
      border-color: GrayText;
    }
    [part~='day-chosen'],
    [part~='day']:hover {
      outline-color: Highlight;
    }
  }
`;
