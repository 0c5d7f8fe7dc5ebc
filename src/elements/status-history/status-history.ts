import {importOnce, LazyViewElement, type LoadedView} from '../shared/lazy-view-element.js';
import {StatusElement} from '../shared/status-element.js';

/**
 * The history's rendering (history-view.ts, with its strings, formats and
 * styles), loaded when the first history connects (LazyViewElement).
 */
const loadViewModule = importOnce(() => import('./history-view.js'));

/**
 * Past and current incidents, newest first, grouped by month: each a
 * `<details>` whose summary shows its title, severity, status, dates and
 * duration, and which unfolds to the affected components, the post-incident
 * report and the update timeline. Ongoing ones are open. Each entry has the
 * id `incident-<id>` (or `maintenance-<id>`): a page URL ending in that
 * fragment opens it and scrolls to it, on load and on `hashchange`.
 *
 * @tag status-history
 *
 * @csspart history - The whole history.
 * @csspart heading - The history's heading.
 * @csspart month - A month's group.
 * @csspart month-heading - A month's heading.
 * @csspart incident - One incident or maintenance (a list item holding a `<details>`).
 * @csspart summary - Its `<summary>`: title, badges and dates, always shown.
 * @csspart incident-title - Its title.
 * @csspart severity - Its severity badge; `data-tone` is the severity or `maintenance`.
 * @csspart incident-status - Its status badge.
 * @csspart dates - Its start, end and duration.
 * @csspart components - The components it affected.
 * @csspart report - The post-incident report.
 * @csspart report-section - One section of it (impact, root cause, …); `data-section` names it.
 * @csspart updates - The update timeline.
 * @csspart update - One update in it.
 * @csspart paragraph - A paragraph of feed text.
 * @csspart code - A code block of feed text (such as the error a user saw).
 * @csspart link - A link in feed text.
 * @csspart incident-link - The link to the incident on the status page.
 * @csspart more-button - The "show more" button.
 * @csspart notice - Loading, empty, error and staleness notices.
 */
export class StatusHistory extends LazyViewElement {
  static override properties = {
    ...StatusElement.properties,
    days: {check: {min: 0, whole: true, fallback: 90}},
    limit: {check: {min: 1, whole: true, fallback: 10}},
  };

  /**
   * How many days back to show; `0` for no limit.
   * @default 90
   */
  declare days: number;

  /**
   * How many entries to show before "show more".
   * @default 10
   */
  declare limit: number;

  /** @internal */
  protected override readsHistory = true;

  protected override readonly busyPart = 'history';

  protected override async loadView(): Promise<LoadedView> {
    const {HistoryView, historyStyles} = await loadViewModule();
    return {view: new HistoryView(this.viewHost(), this), styles: historyStyles};
  }
}
