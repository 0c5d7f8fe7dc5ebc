import {expect, fixture, html} from '@open-wc/testing';
import {waitUntil} from '../helpers/wait-until.js';
import {emulateMedia, executeServerCommand} from '@web/test-runner-commands';
import '../../src/define.js';
import {StatusBanner, StatusHistory, StatusIndicator} from '../../src/index.js';
import {activeIncident, loadPsgallery, maintenanceInProgress, nativeFeed, upcomingMaintenance} from '../helpers/feeds.js';
import {finishAnimations, normalize, part, parts} from '../helpers/dom.js';
import {guardHostPage} from '../helpers/guard.js';
import {backgroundOf, contrast, textContrast} from './color.js';
import {describeOnlyIn} from '../helpers/engine.js';

/**
 * The palettes, measured: WCAG 2.2 AA asks 4.5:1 for text and 3:1 for icons
 * and the graphics a status is read from, in both themes, for every tone.
 * Colors are read from getComputedStyle in Chromium, so what is measured is
 * what a reader sees, whatever light-dark() and color-mix() made of the tokens.
 */

/** The page behind elements without a background of their own, per theme. */
const PAGE = {light: '#ffffff', dark: '#0d1117'} as const;

const visible = (el: Element) => el.checkVisibility() && !el.closest('.visually-hidden');

/** Every visible piece of text in the shadow root whose contrast is under `min`, and how many were measured. */
function lowTextContrast(el: Element, min = 4.5): {measured: number; low: string[]} {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const low: string[] = [];
  let measured = 0;
  while (walker.nextNode()) {
    const text = normalize(walker.currentNode.textContent);
    const parent = walker.currentNode.parentElement!;
    if (!text || !visible(parent)) continue;
    measured++;
    const ratio = textContrast(parent);
    if (ratio < min) low.push(`"${text.slice(0, 40)}" (${parent.getAttribute('part') ?? parent.localName}): ${ratio.toFixed(2)}`);
  }
  return {measured, low};
}

/** Every visible icon whose stroke is under 3:1 on what is behind it. */
function lowIconContrast(el: Element): {measured: number; low: string[]} {
  const icons = [...el.shadowRoot!.querySelectorAll('svg')].filter(visible);
  const low = icons
    .map((svg) => ({svg, ratio: contrast(getComputedStyle(svg).color, backgroundOf(svg))}))
    .filter(({ratio}) => ratio < 3)
    .map(({svg, ratio}) => `${svg.parentElement!.getAttribute('part') ?? svg.parentElement!.className}: ${ratio.toFixed(2)}`);
  return {measured: icons.length, low};
}

const BANNER_CASES = {
  minor: () => nativeFeed({incidents: [activeIncident({severity: 'minor'})]}),
  major: () =>
    nativeFeed({incidents: [activeIncident({severity: 'major'}), activeIncident({id: 'b', severity: 'minor', url: 'https://status.example.com/b'})]}),
  critical: () => nativeFeed({incidents: [activeIncident({severity: 'critical'})]}),
  maintenance: () => nativeFeed({maintenances: [maintenanceInProgress()]}),
  upcoming: () => nativeFeed({maintenances: [upcomingMaintenance()]}),
  operational: () => nativeFeed(),
};

describe('theme', () => {
  guardHostPage();

  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} palette`, () => {
      it('banner: text at 4.5:1 and icons at 3:1 on every tone', async () => {
        const tones: string[] = [];
        const check = async (el: StatusBanner) => {
          finishAnimations(el);
          const banner = part(el, 'banner')!;
          tones.push(banner.dataset['tone']!);
          const text = lowTextContrast(el);
          const icons = lowIconContrast(el);
          expect(text.low, `${theme} ${banner.dataset['tone']} text`).to.deep.equal([]);
          expect(icons.low, `${theme} ${banner.dataset['tone']} icons`).to.deep.equal([]);
          expect(text.measured).to.be.at.least(1);
          expect(icons.measured).to.be.at.least(1);
          // The accent that marks the banner's edge is a boundary a reader sees the tone by.
          expect(contrast(getComputedStyle(banner).borderLeftColor, backgroundOf(el.parentElement!)), `${theme} ${banner.dataset['tone']} edge`).to.be.at.least(
            3,
          );
        };
        for (const [name, data] of Object.entries(BANNER_CASES)) {
          const el = await fixture<StatusBanner>(html`<status-banner lang="en" theme=${theme} show-operational .data=${data()}></status-banner>`);
          el.parentElement!.style.background = PAGE[theme];
          if (name === 'major') {
            part(el, 'more')!.click();
            await waitUntil(() => part(el, 'others')!.hasAttribute('open'));
          }
          await check(el);
        }
        // Unknown: the snapshot went past max-age.
        const unknown = await fixture<StatusBanner>(
          html`<status-banner lang="en" theme=${theme} show-operational max-age="0.001" .data=${nativeFeed()}></status-banner>`,
        );
        unknown.parentElement!.style.background = PAGE[theme];
        await waitUntil(() => part(unknown, 'banner')?.dataset['tone'] === 'unknown', 'never went unknown');
        await check(unknown);
        expect(tones).to.deep.equal(['minor', 'major', 'critical', 'maintenance', 'maintenance', 'operational', 'unknown']);
      });

      it('history: every text at 4.5:1, badge icons at 3:1', async () => {
        const feed = await loadPsgallery();
        feed.incidents.push(activeIncident({id: 'c', severity: 'critical'}) as never);
        const el = await fixture<StatusHistory>(html`<status-history lang="en" theme=${theme} days="0" limit="6" .data=${feed}></status-history>`);
        for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
        await el.updateComplete;
        const text = lowTextContrast(el);
        expect(text.low).to.deep.equal([]);
        expect(text.measured).to.be.greaterThan(100);
        const icons = lowIconContrast(el);
        expect(icons.low).to.deep.equal([]);
        const tones = new Set(parts(el, 'severity').map((badge) => badge.dataset['tone']));
        expect([...tones].sort()).to.deep.equal(['critical', 'maintenance', 'major', 'minor']);
        // Each badge's outline tells its tone too.
        for (const badge of parts(el, 'severity'))
          expect(contrast(getComputedStyle(badge).borderTopColor, backgroundOf(badge.parentElement!))).to.be.at.least(3);
        // The empty state and the "show more" button.
        const few = await fixture<StatusHistory>(html`<status-history lang="fr" theme=${theme} days="0" limit="1" .data=${feed}></status-history>`);
        expect(lowTextContrast(few).low).to.deep.equal([]);
        const none = await fixture<StatusHistory>(html`<status-history lang="fr" theme=${theme} .data=${feed}></status-history>`);
        expect(lowTextContrast(none).low).to.deep.equal([]);
      });

      it('indicator: text at 4.5:1, the dot at 3:1 on the page and on its badge', async () => {
        const cases = [
          nativeFeed(),
          ...Object.values(BANNER_CASES)
            .slice(0, 4)
            .map((make) => make()),
        ];
        for (const variant of ['dot', 'badge', 'text']) {
          for (const data of [...cases, undefined]) {
            const el = await fixture<StatusIndicator>(html`<status-indicator lang="en" theme=${theme} variant=${variant} .data=${data}></status-indicator>`);
            el.parentElement!.style.background = PAGE[theme];
            finishAnimations(el);
            const status = part(el, 'indicator')!.dataset['status'];
            expect(lowTextContrast(el).low, `${variant} ${status}`).to.deep.equal([]);
            const dot = part(el, 'dot');
            if (dot) expect(contrast(getComputedStyle(dot).backgroundColor, backgroundOf(dot.parentElement!)), `${variant} ${status} dot`).to.be.at.least(3);
          }
        }
      });
    });
  }

  describe('theme="auto", as the engine reports the reader’s scheme', () => {
    it('matches light or dark, whichever prefers-color-scheme says', async () => {
      const background = async (theme: string) => {
        const el = await fixture<StatusBanner>(html`<status-banner lang="en" theme=${theme} .data=${BANNER_CASES.critical()}></status-banner>`);
        finishAnimations(el);
        return getComputedStyle(part(el, 'banner')!).backgroundColor;
      };
      const [light, dark] = [await background('light'), await background('dark')];
      expect(light).to.not.equal(dark);
      expect(await background('auto')).to.equal(matchMedia('(prefers-color-scheme: dark)').matches ? dark : light);
    });
  });

  describeOnlyIn(['chromium'], 'media emulation needs the DevTools protocol')('theme="auto", emulated', () => {
    after(() => emulateMedia({colorScheme: 'light'}));

    it('follows the reader’s color scheme; light and dark hold whatever it is', async () => {
      const background = async (theme: string) => {
        const el = await fixture<StatusBanner>(html`<status-banner lang="en" theme=${theme} .data=${BANNER_CASES.critical()}></status-banner>`);
        finishAnimations(el);
        return getComputedStyle(part(el, 'banner')!).backgroundColor;
      };
      await emulateMedia({colorScheme: 'light'});
      const [light, dark] = [await background('light'), await background('dark')];
      expect(light).to.not.equal(dark);
      expect(await background('auto')).to.equal(light);
      await emulateMedia({colorScheme: 'dark'});
      expect(await background('auto')).to.equal(dark);
      expect(await background('light')).to.equal(light);
      expect(await background('dark')).to.equal(dark);
    });
  });

  describeOnlyIn(['chromium'], 'forced colors are emulated through the DevTools protocol')('forced colors (Windows high contrast)', () => {
    before(() => executeServerCommand('emulate-forced-colors', 'active'));
    after(() => executeServerCommand('emulate-forced-colors', 'none'));

    it('keeps every boundary, icon and dot visible in system colors', async () => {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colors emulated').to.equal(true);
      const banner = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${BANNER_CASES.critical()}></status-banner>`);
      finishAnimations(banner);
      const box = part(banner, 'banner')!;
      const bg = backgroundOf(box);
      expect(contrast(getComputedStyle(box).borderTopColor, bg), 'banner border').to.be.at.least(3);
      expect(lowIconContrast(banner).low).to.deep.equal([]);
      expect(lowTextContrast(banner).low).to.deep.equal([]);

      const probe = await fixture<HTMLSpanElement>(html`<span style="color: CanvasText">probe</span>`);
      const canvasText = getComputedStyle(probe).color;
      for (const variant of ['dot', 'badge']) {
        const indicator = await fixture<StatusIndicator>(
          html`<status-indicator lang="en" variant=${variant} .data=${BANNER_CASES.major()}></status-indicator>`,
        );
        const dot = part(indicator, 'dot')!;
        // No author color left: the dot takes the system's text color.
        expect(getComputedStyle(dot).backgroundColor, `${variant} dot color`).to.equal(canvasText);
        expect(indicator.shadowRoot!.getAnimations(), 'no pulse').to.deep.equal([]);
        expect(contrast(getComputedStyle(dot).backgroundColor, backgroundOf(dot.parentElement!)), `${variant} dot`).to.be.at.least(3);
        expect(lowTextContrast(indicator).low).to.deep.equal([]);
      }

      const history = await fixture<StatusHistory>(html`<status-history lang="en" days="0" .data=${BANNER_CASES.major()}></status-history>`);
      const badge = part(history, 'severity')!;
      expect(contrast(getComputedStyle(badge).borderTopColor, backgroundOf(badge)), 'severity badge outline').to.be.at.least(3);
      expect(lowIconContrast(history).low).to.deep.equal([]);
      await expect(banner).to.be.accessible();
    });
  });

  describe('parts and custom properties', () => {
    /** Each element in states that show all its pieces. */
    async function rendered(): Promise<Element[]> {
      const banner = await fixture<StatusBanner>(html`<status-banner lang="en" .data=${BANNER_CASES.major()}></status-banner>`);
      part(banner, 'more')!.click();
      await waitUntil(() => part(banner, 'others')!.hasAttribute('open'));
      const feed = await loadPsgallery();
      feed.incidents.push(activeIncident({id: 'now'}) as never);
      const history = await fixture<StatusHistory>(html`<status-history lang="en" days="0" limit="2" .data=${feed}></status-history>`);
      for (const details of history.shadowRoot!.querySelectorAll('details')) details.open = true;
      const stale = await fixture<StatusHistory>(html`<status-history lang="en" .data=${feed}></status-history>`);
      const badge = await fixture<StatusIndicator>(html`<status-indicator lang="en" variant="badge" .data=${nativeFeed()}></status-indicator>`);
      return [banner, history, stale, badge];
    }

    it('puts every visible piece in a ::part()', async () => {
      for (const el of await rendered()) {
        const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
        const loose: string[] = [];
        while (walker.nextNode()) {
          const parent = walker.currentNode.parentElement!;
          if (normalize(walker.currentNode.textContent) && visible(parent) && !parent.closest('[part]'))
            loose.push(`${el.localName}: "${normalize(walker.currentNode.textContent)}"`);
        }
        for (const svg of el.shadowRoot!.querySelectorAll('svg')) if (visible(svg) && !svg.closest('[part]')) loose.push(`${el.localName}: an icon`);
        expect(loose).to.deep.equal([]);
      }
    });

    it('documents every part and custom property in custom-elements.json and the README', async () => {
      const response = await fetch('/custom-elements.json', {cache: 'no-store'});
      expect(response.ok, 'custom-elements.json is missing: run `npm run build`').to.equal(true);
      const manifest = (await response.json()) as {
        modules: {declarations?: {tagName?: string; cssParts?: {name: string}[]; cssProperties?: {name: string}[]}[]}[];
      };
      const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
      const readme = await (await fetch('/README.md', {cache: 'no-store'})).text();
      const used = new Map<string, Set<string>>();
      for (const el of await rendered()) {
        const names = used.get(el.localName) ?? new Set();
        for (const node of el.shadowRoot!.querySelectorAll('[part]')) for (const name of node.getAttribute('part')!.split(/\s+/)) names.add(name);
        used.set(el.localName, names);
      }
      const classes = {'status-banner': StatusBanner, 'status-history': StatusHistory, 'status-indicator': StatusIndicator};
      for (const [tag, element] of Object.entries(classes)) {
        const declaration = declarations.find((d) => d.tagName === tag)!;
        const documentedParts = new Set(declaration.cssParts?.map((p) => p.name));
        const undocumented = [...used.get(tag)!].filter((name) => !documentedParts.has(name));
        expect(undocumented, `${tag} parts missing from its JSDoc @csspart`).to.deep.equal([]);
        expect(
          [...documentedParts].filter((name) => !readme.includes(`\`${name}\``)),
          `${tag} parts missing from the README`,
        ).to.deep.equal([]);
        const css = [element.styles]
          .flat(Infinity)
          .map((s) => (s as {cssText: string}).cssText)
          .join('\n');
        const properties = new Set(css.match(/--status-[a-z-]+/g));
        const documented = new Set(declaration.cssProperties?.map((p) => p.name));
        expect(
          [...properties].filter((p) => !documented.has(p)),
          `${tag} custom properties missing from its JSDoc @cssprop`,
        ).to.deep.equal([]);
        expect(
          [...properties].filter((p) => !readme.includes(`\`${p}\``)),
          `${tag} custom properties missing from the README`,
        ).to.deep.equal([]);
      }
    });
  });
});
