import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import type {StatusBanner, StatusHistory, StatusIndicator, StatusUptime} from '../../src/index.js';
import {registerLocale} from '../../src/index.js';
import {bannerStyles} from '../../src/elements/status-banner/status-banner.styles.js';
import {historyStyles} from '../../src/elements/status-history/history-view.js';
import {indicatorStyles} from '../../src/elements/status-indicator/status-indicator.styles.js';
import {uptimeStyles} from '../../src/elements/status-uptime/uptime-view.js';
import {themeStyles} from '../../src/elements/shared/theme.styles.js';
import {activeIncident, nativeFeed, resolvedIncident} from '../helpers/feeds.js';
import {finishAnimations, normalize, part, parts} from '../helpers/dom.js';
import {waitUntil} from '../helpers/wait-until.js';

/**
 * Right-to-left pages (issue 13). A language with strings that is written
 * right to left (here Arabic, registered) mirrors the UI: logical CSS
 * properties only, the icon and accent edge at the line's start (right),
 * the dismiss button and the chevron's way at its end, the days of the
 * uptime running right to left, with the arrow keys following them. A
 * right-to-left language without strings reads English, left to right,
 * inside the right-to-left page: never English words laid out mirrored.
 */

const box = (el: Element) => el.getBoundingClientRect();

const feed = () =>
  nativeFeed({
    incidents: [
      activeIncident({title: {en: 'Downloads fail', ar: 'فشل التنزيلات'}}),
      activeIncident({id: 'b', severity: 'minor', title: 'Search is slow'}),
      activeIncident({id: 'c', severity: 'minor', title: 'Webhooks are late'}),
      resolvedIncident(),
    ],
  });

describe('right to left', () => {
  it('has no physical left or right in any element’s styles: logical properties only', () => {
    const styles = [themeStyles, bannerStyles, historyStyles, indicatorStyles, uptimeStyles]
      .map((s) => s.cssText)
      .join('\n')
      .replace(/\/\*[^]*?\*\//g, '');
    expect(
      styles.match(/(?:^|[\s;{-])(?:left|right)\s*:|-(?:left|right)\b|text-align\s*:\s*(?:left|right)|\b(?:float|clear)\s*:\s*(?:left|right)/gm) ?? [],
    ).to.deep.equal([]);
    // Four-value margin or padding shorthands with different sides: physical too.
    const uneven = [...styles.matchAll(/\b(?:margin|padding)\s*:\s*([^;{}]+);/g)]
      .map((m) => m[1]!.trim().split(/\s+(?![^(]*\))/))
      .filter((v) => v.length === 4 && v[1] !== v[3]);
    expect(uneven).to.deep.equal([]);
  });

  describe('in a right-to-left language with strings (Arabic registered)', () => {
    before(() =>
      registerLocale('ar', {
        severity: {major: 'حادث كبير', minor: 'حادث بسيط'},
        banner: {
          more_zero: '+{{count}} أخرى',
          more_one: '+{{count}} آخر',
          more_two: '+{{count}} آخران',
          more_few: '+{{count}} أخرى',
          more_many: '+{{count}} أخرى',
          more_other: '+{{count}} أخرى',
        },
      }),
    );

    it('mirrors the banner: icon and accent edge on the right, dismiss button on the left', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl" style="width: 640px"><status-banner .data=${feed()}></status-banner></div>`);
      const el = wrap.querySelector<StatusBanner>('status-banner')!;
      await el.updateComplete;
      finishAnimations(el);
      const bar = el.shadowRoot!.querySelector('.bar')!;
      expect([bar.getAttribute('lang'), bar.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
      const banner = part(el, 'banner')!;
      const content = el.shadowRoot!.querySelector('.content')!;
      expect(box(part(el, 'icon')!).left, 'the icon, right of the text').to.be.greaterThan(box(content).right - 1);
      expect(box(part(el, 'dismiss')!).right, 'the dismiss button, left of the text').to.be.lessThan(box(content).left + 1);
      expect(getComputedStyle(banner).borderRightWidth).to.equal('4px');
      expect(getComputedStyle(banner).borderLeftWidth).to.equal('1px');
      // The title picked in Arabic, the UI's language: no mark of its own.
      expect(normalize(part(el, 'title')!.textContent)).to.equal('فشل التنزيلات');
      expect(part(el, 'title')!.hasAttribute('lang')).to.equal(false);
      // "+2 more" in Arabic: the number first in reading order, the plus sign beside it.
      const more = part(el, 'more')!;
      expect(normalize(more.textContent)).to.equal('+2 آخران');
      expect(getComputedStyle(more).direction).to.equal('rtl');
      // An English title in the Arabic UI: its own language, its own direction.
      more.click();
      await el.updateComplete;
      const other = parts(el, 'other')[0]!;
      expect([other.getAttribute('lang'), other.getAttribute('dir')]).to.deep.equal(['en', 'auto']);
      expect(getComputedStyle(other).direction).to.equal('ltr');
      await expect(el).to.be.accessible();
    });

    it('mirrors the history: padding and chevron at the start of the line, on the right', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div lang="ar" dir="rtl" style="width: 640px"><status-history days="0" .data=${feed()}></status-history></div>`,
      );
      const el = wrap.querySelector<StatusHistory>('status-history')!;
      await el.updateComplete;
      // Measured once the UI speaks the Arabic registered (before, the title is marked as its own language, dir="auto")
      // and the page's fonts are in.
      await waitUntil(() => part(el, 'history')?.getAttribute('lang') === 'ar', 'the history never spoke Arabic');
      await el.updateComplete;
      await document.fonts.ready;
      const summary = part(el, 'summary')!;
      const style = getComputedStyle(summary);
      expect(parseFloat(style.paddingRight)).to.be.greaterThan(parseFloat(style.paddingLeft));
      const chevron = getComputedStyle(summary, '::before');
      expect(chevron.right).not.to.equal('auto');
      const title = part(el, 'incident-title')!;
      expect(box(title).right).to.be.closeTo(box(summary).right - parseFloat(style.paddingRight), 1);
    });

    it('runs the uptime days right to left, oldest on the right, and the arrow keys with them', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div lang="ar" dir="rtl" style="width: 640px"><status-uptime days="7" .data=${feed()}></status-uptime></div>`,
      );
      const el = wrap.querySelector<StatusUptime>('status-uptime')!;
      await el.updateComplete;
      const days = parts(el, 'day').slice(0, 7);
      expect(box(days[0]!).left, 'the oldest day, rightmost').to.be.greaterThan(box(days[6]!).left);
      days[6]!.focus();
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, 'ArrowRight: the day before, on its right').to.equal(days[5]);
      await sendKeys({press: 'ArrowLeft'});
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, 'ArrowLeft: the next day').to.equal(days[6]);
    });
  });

  describe('in a right-to-left language without strings (Hebrew)', () => {
    it('reads English, left to right, inside the right-to-left page, in every element', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="he" dir="rtl" style="width: 640px">
        <status-banner .data=${feed()}></status-banner>
        <status-indicator variant="badge" .data=${feed()}></status-indicator>
        <status-history days="0" .data=${feed()}></status-history>
        <status-uptime days="7" .data=${feed()}></status-uptime>
      </div>`);
      const elements = [...wrap.children] as (StatusBanner | StatusIndicator | StatusHistory | StatusUptime)[];
      for (const el of elements) {
        await el.updateComplete;
        finishAnimations(el);
        const root = el.shadowRoot!.querySelector('[lang]')!;
        expect([root.getAttribute('lang'), root.getAttribute('dir')], el.localName).to.deep.equal(['en', 'ltr']);
        expect(getComputedStyle(root).direction, el.localName).to.equal('ltr');
      }
      const banner = elements[0] as StatusBanner;
      const content = banner.shadowRoot!.querySelector('.content')!;
      expect(box(part(banner, 'icon')!).right, 'English reads left to right: the icon on the left').to.be.lessThan(box(content).left + 1);
      for (const el of elements) await expect(el).to.be.accessible();
    });
  });
});
