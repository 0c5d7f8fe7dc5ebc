/** Reading what a user sees in an element's shadow DOM. */
import {waitUntil} from '@open-wc/testing';

/** Collapses every run of white space (new lines, no-break spaces kept apart) to one space. */
export function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/[ \t\n\r\f\v]+/g, ' ').trim();
}

/** The text of an element's shadow root, white space normalized. */
export function shadowText(el: Element): string {
  return normalize(el.shadowRoot!.textContent);
}

/** Every element of the shadow root that has the part `name`. */
export function parts(el: Element, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** The first element of the shadow root with part `name`, or null. */
export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The normalized texts of every element with part `name`. */
export function partTexts(el: Element, name: string): string[] {
  return parts(el, name).map((p) => normalize(p.textContent));
}

/** Waits until the shadow root's text includes `text` (the element renders asynchronously). */
export async function waitForText(el: Element, text: string, message?: string): Promise<void> {
  await waitUntil(() => shadowText(el).includes(text), message ?? `"${text}" never appeared; shown: ${shadowText(el).slice(0, 300)}`, {timeout: 5000});
}

/** Collects every event of `type` an element fires. */
export function recordEvents<T = unknown>(target: EventTarget, type: string): CustomEvent<T>[] {
  const events: CustomEvent<T>[] = [];
  target.addEventListener(type, (e) => events.push(e as CustomEvent<T>));
  return events;
}

/** Lets pending microtasks, a macrotask and Lit's update run. */
export async function settle(el?: {updateComplete: Promise<unknown>}): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (el) await el.updateComplete;
}

/**
 * Ends the element's finite animations (the banner fades in): axe would
 * otherwise measure the contrast of half-transparent text, and how far the
 * fade has gone depends on the machine's load.
 */
export function finishAnimations(el: Element): void {
  for (const animation of el.shadowRoot?.getAnimations() ?? []) {
    // A looping one (the indicator's pulse) has no end to go to.
    if (animation.effect?.getComputedTiming().endTime !== Infinity) animation.finish();
  }
}
