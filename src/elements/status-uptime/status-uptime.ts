import {importOnce, LazyViewElement, type LoadedView} from '../shared/lazy-view-element.js';
import {StatusElement} from '../shared/status-element.js';

/** The uptime's rendering (uptime-view.ts, with its strings and styles), loaded when the first uptime connects. */
const loadViewModule = importOnce(() => import('./uptime-view.js'));

/**
 * The uptime of each component (or of the `components` given) over the last
 * `days` days: one bar per UTC day, its height and colour the worst status
 * of that day, its fill where the figure comes from (solid: measured by the
 * feed; hatched: derived from the incidents that touched the component;
 * dashed outline: no data, never drawn as up), and the uptime percentage of
 * the measured days only. Hover, focus or tap a day for its details: date,
 * uptime, downtime, and its incidents, linking into `<status-history>`
 * (`#incident-<id>`). The bars of a row are one tab stop: the arrow keys,
 * Home and End move between days.
 *
 * @tag status-uptime
 *
 * @attr days - Days shown, up to today: a whole number from 1 to 365; default 90.
 *
 * @csspart uptime - The whole element.
 * @csspart heading - Its heading.
 * @csspart row - One component's row.
 * @csspart name - The component's name.
 * @csspart percent - The uptime over the period, or "Not measured" / "No data".
 * @csspart coverage - How many days of the period were measured, when not all.
 * @csspart days - The row's bars.
 * @csspart day - One day's bar (a button); `data-kind` is `measured`, `derived` or `none`, `data-status` the worst status.
 * @csspart day-chosen - The day whose details are shown (also part `day`).
 * @csspart details - The chosen day's details.
 * @csspart details-date - Its date, kind and status.
 * @csspart details-figures - Its uptime, downtime and checks.
 * @csspart details-heading - The heading of its incidents or maintenances.
 * @csspart details-empty - "No incidents".
 * @csspart incidents - The list of its incidents or maintenances.
 * @csspart incident-link - A link to an incident in the history.
 * @csspart legend - The legend of fills and statuses.
 * @csspart notice - Loading, empty, error and staleness notices.
 *
 * @cssprop --status-surface - Background.
 * @cssprop --status-text - Text color, and the outline of the chosen day.
 * @cssprop --status-muted - Secondary text: the legend, "Not measured".
 * @cssprop --status-border - Outline of the element and of the details.
 * @cssprop --status-link - Link color.
 * @cssprop --status-focus - Focus ring color.
 * @cssprop --status-font - Font family.
 * @cssprop --status-radius - Corner radius.
 * @cssprop --status-spacing - Base spacing.
 * @cssprop --status-operational - Bars of days up.
 * @cssprop --status-maintenance - Bars of days with maintenance.
 * @cssprop --status-minor - Bars of days with degraded performance.
 * @cssprop --status-major - Bars of days with a partial outage.
 * @cssprop --status-critical - Bars of days with a major outage.
 * @cssprop --status-unknown - Outline of days without data.
 */
export class StatusUptime extends LazyViewElement {
  static override properties = {
    ...StatusElement.properties,
    // A year at most: more bars than that are no longer one per day on any screen.
    days: {check: {min: 1, max: 365, whole: true, fallback: 90}},
  };

  /**
   * How many days to show, up to today: a whole number from 1 to 365 (a
   * string such as `"30"` too); another value keeps 90, and says so once.
   * @default 90
   */
  declare days: number;

  /** Past incidents derive the days the feed does not measure: from a page URL, the history endpoints are read too. */
  protected override readsHistory = true;

  protected override readonly busyPart = 'uptime';

  protected override async loadView(): Promise<LoadedView> {
    const {UptimeView, uptimeStyles} = await loadViewModule();
    return {view: new UptimeView(this.viewHost(), this), styles: uptimeStyles};
  }
}
