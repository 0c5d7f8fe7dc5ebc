// Types for Svelte 5 markup: `import type {} from 'status-banner/svelte'` once
// in an app (or list it in tsconfig "types") and svelte-check checks the
// attributes, properties and `onstatus-*` handlers of <status-banner>,
// <status-history> and <status-indicator>. A separate entry point, so that
// users without Svelte get no Svelte types. Types only.
import type {HTMLAttributes} from 'svelte/elements';
import type {StatusElementTypes, WithStatusProps} from './element-props.js';

/** The attributes of one element in Svelte markup (Svelte 5 sets one as a property when the element has it). */
export type SvelteElementAttributes<Tag extends keyof StatusElementTypes> = WithStatusProps<HTMLAttributes<StatusElementTypes[Tag]['element']>, Tag>;

/** Every element, by tag (one line in StatusElementTypes adds an element here). */
type SvelteTags = {[Tag in keyof StatusElementTypes]: SvelteElementAttributes<Tag>};

declare module 'svelte/elements' {
  // Declaration merging: the interface adds our members to the library's own.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends SvelteTags {}
}
