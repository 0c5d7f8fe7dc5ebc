/**
 * WCAG 2.2 contrast, measured on colors as Chromium computed them
 * (`getComputedStyle`), through shadow roots and half-transparent layers.
 */
type RGBA = [number, number, number, number];

/** `rgb(…)`, `rgba(…)` or `color(srgb …)` (what color-mix() computes to) as 0–255 channels and alpha. */
export function parseColor(value: string): RGBA {
  const n = (value.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number);
  if (value.startsWith('color(srgb ')) return [n[0]! * 255, n[1]! * 255, n[2]! * 255, n[3] ?? 1];
  if (value.startsWith('rgb')) return [n[0]!, n[1]!, n[2]!, n[3] ?? 1];
  throw new Error(`a color format this test does not read: ${value}`);
}

function over(top: RGBA, bottom: RGBA): RGBA {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as RGBA;
}

function luminance([r, g, b]: RGBA): number {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The parent in the flattened tree: out of a shadow root to its host. */
function parentOf(node: Element): Element | null {
  return node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;
}

/** The opaque color behind `el`: its own background and its ancestors', composed, over white. */
export function backgroundOf(el: Element): RGBA {
  const layers: RGBA[] = [];
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] === 1) break;
  }
  return layers.reduceRight<RGBA>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** The contrast ratio of a color (as computed, possibly translucent) on a background. */
export function contrast(color: string | RGBA, background: RGBA): number {
  const fg = over(typeof color === 'string' ? parseColor(color) : color, background);
  const [a, b] = [luminance(fg), luminance(background)].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}

/** The contrast of an element's text color on what is behind it. */
export function textContrast(el: Element): number {
  return contrast(getComputedStyle(el).color, backgroundOf(el));
}
