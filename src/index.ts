// The package's side-effect-free entry: classes, types and the headless API.
// Importing it registers no element; `status-banner/define` does.
export {StatusBanner, type StatusDismissDetail} from './elements/status-banner/status-banner.js';
export {StatusHistory} from './elements/status-history/status-history.js';
export {StatusIndicator} from './elements/status-indicator/status-indicator.js';
export {StatusUptime} from './elements/status-uptime/status-uptime.js';
export {StatusElement, type StatusLoadDetail, type StatusChangeDetail, type StatusErrorDetail} from './elements/shared/status-element.js';
export {loadStatus, deriveStatus, type LoadStatusOptions, type DerivedStatus} from './headless.js';
export {parseFeed, parseFeedText, isSnapshot, type FormatOption} from './feeds/parse-feed.js';
export {FeedError} from './feeds/feed-error.js';
export {FetchError} from './client/fetch-feed.js';
export {overallStatus} from './model/status.js';
export {chooseBanner, type BannerChoice} from './model/banner.js';
export {pickText, pickTextIn} from './model/text.js';
export {registerLocale} from './i18n/register-locale.js';
export {uptimeRows, type UptimeRow, type UptimeDayView, type DayKind} from './model/uptime.js';
export type * from './model/types.js';
// Also declares the `status-*` events in the DOM's event maps, so that
// addEventListener('status-load', …) is typed without a cast.
export type * from './frameworks/element-props.js';
