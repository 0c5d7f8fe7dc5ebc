// Types for Vue 3 templates: `import type {} from 'status-banner/vue'` once in
// an app (or list it in tsconfig "types") and vue-tsc checks the attributes,
// properties and `@status-*` listeners of <status-banner>, <status-history>
// and <status-indicator>. A separate entry point, so that users without Vue
// get no Vue types. Types only.
import type {EmitFn, HTMLAttributes, PublicProps} from 'vue';
import type {StatusElementTypes} from './element-props.js';

/**
 * One element as Vue's type checker sees a component: `$props` for what a
 * template may bind, `$emit` for the events `@status-load` and the others
 * listen to (the pattern Vue's guide gives for custom elements not built with
 * Vue). Both are for templates only: a template ref is the element itself.
 */
export type VueElementType<Tag extends keyof StatusElementTypes> = new () => StatusElementTypes[Tag]['element'] & {
  /** @deprecated For template type checking only: not a property of the element. */
  $props: Omit<HTMLAttributes, keyof StatusElementTypes[Tag]['props']> & StatusElementTypes[Tag]['props'] & PublicProps;
  /** @deprecated For template type checking only: not a method of the element. */
  $emit: EmitFn<{[Name in keyof StatusElementTypes[Tag]['events']]: (event: StatusElementTypes[Tag]['events'][Name]) => void}>;
};

/** Every element, by tag (one line in StatusElementTypes adds an element here). */
type VueTags = {[Tag in keyof StatusElementTypes]: VueElementType<Tag>};

declare module 'vue' {
  // Declaration merging: the interface adds our members to the library's own.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends VueTags {}
}
