// Read by the type check only (the app does not import it): each marked line
// must be a type error, so typings that went lax (`any`, a lost
// augmentation) fail the build instead of passing everything.
import 'status-banner/define';
import type {} from 'status-banner/react';

export const wrongProps = [
  // @ts-expect-error days is a number or a numeric string
  <status-history days="abc" />,
  // @ts-expect-error not a variant
  <status-indicator variant="badg" />,
  // @ts-expect-error status-load's detail has no `error`
  <status-banner onstatus-load={(e) => e.detail.error} />,
];

document.createElement('status-banner').addEventListener('status-error', (e) => {
  // @ts-expect-error status-error's detail has no snapshot
  void e.detail.snapshot;
});
