// Types for React 19 JSX: `import type {} from 'status-banner/react'` once in
// an app (or list it in tsconfig "types") and <status-banner>, <status-history>
// and <status-indicator> are typed, their events included. A separate entry
// point, so that users without React get no React types. Types only.
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {StatusElementTypes, WithStatusProps} from './element-props.js';

/**
 * The props of one element in JSX: React's own (`ref`, `key`, `className`,
 * `style`, `id`…), the element's attributes and properties (React 19 sets a
 * prop as a property when the element has one, else as an attribute), and
 * its events.
 */
export type ReactElementProps<Tag extends keyof StatusElementTypes> = WithStatusProps<
  DetailedHTMLProps<HTMLAttributes<StatusElementTypes[Tag]['element']>, StatusElementTypes[Tag]['element']>,
  Tag
>;

/** Every element, by tag (one line in StatusElementTypes adds an element here). */
type ReactTags = {[Tag in keyof StatusElementTypes]: ReactElementProps<Tag>};

declare module 'react' {
  // React declares its JSX types in this namespace: merging into it is the only way in.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // Declaration merging: the interface adds our members to the library's own.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends ReactTags {}
  }
}
