import {adoptStyles, html, type CSSResult, type PropertyValues, type TemplateResult} from 'lit';
import type {TFunction} from 'i18next';
import type {Snapshot, Text} from '../../model/types.js';
import type {StatusErrorDetail} from './events.js';
import type {FeedState} from './feed-controller.js';
import {StatusElement} from './status-element.js';
import {themeStyles} from './theme.styles.js';

/**
 * What a view reads of its element, live: the element's own (protected)
 * state it renders from, and a render when the view's own state changes.
 * The element makes it (LazyViewElement.viewHost()): no cast, no member made
 * public for the view's sake. What is public already (the element's
 * attributes, `renderRoot`, `updateComplete`) the view reads from the
 * element itself, passed beside.
 */
export interface ViewHost {
  readonly t: TFunction;
  readonly language: string;
  readonly uiDir: string;
  /** The `time-zone` to read times of day in; undefined for the reader's own. */
  readonly zone: string | undefined;
  readonly feed: FeedState;
  readonly view: Snapshot | undefined;
  readonly staleNote: string;
  text(text: Text | undefined): string;
  textLang(text: Text | undefined): string | undefined;
  requestUpdate(): void;
}

/** What an element shows once its rendering code has loaded. */
export interface ElementView {
  render(): TemplateResult;
  /** Starts following the page (a URL fragment…); returns what stops it. */
  connect?(): () => void;
  updated?(): void;
  /** Work of the view's that updateComplete waits for (a render it put off), while there is some. */
  pending?(): Promise<unknown> | undefined;
}

/** A view, and the styles that come with its code. */
export interface LoadedView {
  view: ElementView;
  styles: CSSResult;
}

/**
 * An element whose rendering (its view, with its strings, formats and
 * styles) is a module of its own, loaded when the first such element
 * connects: most pages show only a banner or an indicator, and never
 * download it (in the CDN build, a chunk). The feed is fetched meanwhile,
 * so the reader does not wait for the two one after the other.
 */
export abstract class LazyViewElement extends StatusElement {
  static override styles = themeStyles;

  /** The view's module, imported (once per page: the subclass keeps the promise), and a view made for this element. */
  protected abstract loadView(): Promise<LoadedView>;

  /** The part of the empty section shown while the view loads. */
  protected abstract readonly busyPart: string;

  #view?: ElementView;
  /** Why the view could not be loaded (a CSP, a CDN copy without its chunks). */
  #viewError?: Error;
  /** The view's loading, while it goes on (it never rejects). */
  #loading?: Promise<void>;
  #stop?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#view) this.#stop = this.#view.connect?.();
    else
      this.#loading ??= this.loadView()
        .then(
          ({view, styles}) => {
            this.#view = view;
            adoptStyles(this.renderRoot as ShadowRoot, [themeStyles, styles]);
            if (this.isConnected) this.#stop = view.connect?.();
          },
          (error: unknown) => {
            this.#viewError = error instanceof Error ? error : new Error(String(error));
            this.emit<StatusErrorDetail>('status-error', {error: this.#viewError});
          },
        )
        .finally(() => {
          this.#loading = undefined;
          this.requestUpdate();
        });
  }

  /** updateComplete also waits for the view, and the render that shows it, then for what the view put off. */
  protected override pending(): Promise<unknown> | undefined {
    return this.#loading ?? super.pending() ?? this.#view?.pending?.();
  }

  /** What the view reads of this element (see ViewHost): getters, so that it reads the state of the render under way. */
  protected viewHost(): ViewHost {
    // Named: inside the getters, `this` is the host object.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const el = this;
    return {
      get t() {
        return el.t;
      },
      get language() {
        return el.language;
      },
      get uiDir() {
        return el.uiDir;
      },
      get feed() {
        return el.feed.state;
      },
      get view() {
        return el.view;
      },
      get staleNote() {
        return el.staleNote;
      },
      get zone() {
        return el.zone;
      },
      text: (text) => el.text(text),
      textLang: (text) => el.textLang(text),
      requestUpdate: () => el.requestUpdate(),
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop?.();
    this.#stop = undefined;
  }

  override render(): TemplateResult {
    if (this.#view) return this.#view.render();
    // Before its view arrives, an empty section that says it is busy; if it cannot arrive, an honest word.
    return this.#viewError
      ? html`<p part="notice" lang=${this.language} dir=${this.uiDir}>${this.t('status.unavailable')}</p>`
      : html`<section part=${this.busyPart} aria-busy="true"></section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#view?.updated?.();
  }
}

/**
 * Imports a view's module once per page; a failed import is forgotten, so
 * that an element added later tries again.
 */
export function importOnce<M>(load: () => Promise<M>): () => Promise<M> {
  let module: Promise<M> | undefined;
  return () =>
    (module ??= load().catch((error: unknown) => {
      module = undefined;
      throw error;
    }));
}
