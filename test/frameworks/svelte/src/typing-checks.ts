// Read by the type check only (the app does not import it): each marked line
// must be a type error, so typings that went lax fail the build. (Svelte
// markup has no expect-error comment: this checks the entries it reads.)
import type {SvelteHTMLElements} from 'svelte/elements';
import type {} from 'status-banner/svelte';

export const wrongAttributes: SvelteHTMLElements['status-history'][] = [
  // @ts-expect-error days is a number or a numeric string
  {days: 'abc'},
  // @ts-expect-error status-load's detail has no `error`
  {'onstatus-load': (e) => e.detail.error},
];
// @ts-expect-error not a variant
export const wrongVariant: SvelteHTMLElements['status-indicator'] = {variant: 'badg'};
