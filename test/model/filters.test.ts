import {expect} from '@open-wc/testing';
import {filterByComponents, parseComponentList} from '../../src/model/filters.js';
import {historyIncidents, historyMaintenances} from '../../src/model/history-window.js';
import {component, DAY, HOUR, incident, maintenance, NOW, resolved, snapshot} from './builders.js';

const ids = (items: readonly {id: string}[]) => items.map((i) => i.id);

describe('filterByComponents', () => {
  const feed = snapshot({
    components: [
      component('downloads', 'operational', {en: 'Package downloads', fr: 'Téléchargement des packages'}),
      component('search', 'degraded', {en: 'Search', fr: 'Recherche'}),
      component('email', 'operational', 'E-mail'),
    ],
    incidents: [
      incident({id: 'downloads-down', components: ['downloads']}),
      incident({id: 'search-slow', components: ['search']}),
      incident({id: 'everything', components: []}),
    ],
    maintenances: [maintenance({id: 'db', components: ['search', 'email']}), maintenance({id: 'cdn', components: ['downloads']})],
  });

  it('keeps the components named by id, and the items that touch them', () => {
    const filtered = filterByComponents(feed, ['downloads']);
    expect(ids(filtered.components)).to.deep.equal(['downloads']);
    expect(ids(filtered.incidents)).to.deep.equal(['downloads-down', 'everything']);
    expect(ids(filtered.maintenances)).to.deep.equal(['cdn']);
  });

  it('matches ids case-insensitively and ignores blanks around them', () => {
    const filtered = filterByComponents(feed, ['  DownLoads ']);
    expect(ids(filtered.components)).to.deep.equal(['downloads']);
  });

  it('matches a bilingual name in any of its languages, case-insensitively', () => {
    expect(ids(filterByComponents(feed, ['package downloads']).components)).to.deep.equal(['downloads']);
    expect(ids(filterByComponents(feed, ['TÉLÉCHARGEMENT DES PACKAGES']).components)).to.deep.equal(['downloads']);
    expect(ids(filterByComponents(feed, ['recherche']).incidents)).to.deep.equal(['search-slow', 'everything']);
  });

  it('matches a plain-string name', () => {
    const filtered = filterByComponents(feed, ['e-mail']);
    expect(ids(filtered.components)).to.deep.equal(['email']);
    expect(ids(filtered.maintenances)).to.deep.equal(['db']);
  });

  it('keeps several components given together', () => {
    const filtered = filterByComponents(feed, ['downloads', 'Search']);
    expect(ids(filtered.components)).to.deep.equal(['downloads', 'search']);
    expect(ids(filtered.incidents)).to.deep.equal(['downloads-down', 'search-slow', 'everything']);
  });

  it('keeps items that name no component: they are about the whole service', () => {
    const filtered = filterByComponents(feed, ['no-such-component']);
    expect(filtered.components).to.deep.equal([]);
    expect(ids(filtered.incidents)).to.deep.equal(['everything']);
    expect(filtered.maintenances).to.deep.equal([]);
  });

  it('selects items by an id the feed does not list as a component', () => {
    const s = snapshot({incidents: [incident({id: 'cdn-issue', components: ['cdn']}), incident({id: 'other', components: ['db']})]});
    expect(ids(filterByComponents(s, ['cdn']).incidents)).to.deep.equal(['cdn-issue']);
  });

  it('keeps everything for an empty or absent list', () => {
    expect(filterByComponents(feed, [])).to.equal(feed);
    expect(filterByComponents(feed, undefined)).to.equal(feed);
    expect(filterByComponents(feed, ['', '  '])).to.equal(feed);
  });
});

describe('parseComponentList', () => {
  it('splits on commas, trims, and drops empty entries', () => {
    expect(parseComponentList(' downloads, Package search ,,')).to.deep.equal(['downloads', 'Package search']);
    expect(parseComponentList(null)).to.deep.equal([]);
    expect(parseComponentList('')).to.deep.equal([]);
  });
});

describe('historyIncidents', () => {
  const feed = snapshot({
    incidents: [
      resolved({id: 'last-week', startedAt: NOW - 7 * DAY}),
      resolved({id: 'last-year', startedAt: NOW - 365 * DAY}),
      incident({id: 'ongoing-for-months', startedAt: NOW - 200 * DAY}),
      resolved({id: 'yesterday', startedAt: NOW - DAY}),
      // Started long ago, resolved recently: it ended inside the window.
      resolved({id: 'long', startedAt: NOW - 120 * DAY, resolvedAt: NOW - 10 * DAY}),
    ],
  });

  it('keeps what started or ended within the window, newest first', () => {
    expect(ids(historyIncidents(feed, 90, NOW))).to.deep.equal(['yesterday', 'last-week', 'long', 'ongoing-for-months']);
  });

  it('always keeps active incidents, however long ago they started', () => {
    // A 1-day window: only yesterday's incident ended in it, but the active one stays.
    expect(ids(historyIncidents(feed, 1, NOW))).to.deep.equal(['yesterday', 'ongoing-for-months']);
  });

  it('has no limit with 0 days', () => {
    expect(ids(historyIncidents(feed, 0, NOW))).to.deep.equal(['yesterday', 'last-week', 'long', 'ongoing-for-months', 'last-year']);
  });

  it('uses the last update as the end of a resolved incident without a resolution time', () => {
    const s = snapshot({
      incidents: [
        incident({id: 'closed', status: 'resolved', startedAt: NOW - 40 * DAY, updates: [{id: 'u', at: NOW - 5 * DAY}]}),
        incident({id: 'closed-long-ago', status: 'resolved', startedAt: NOW - 40 * DAY, updates: [{id: 'u', at: NOW - 35 * DAY}]}),
      ],
    });
    expect(ids(historyIncidents(s, 30, NOW))).to.deep.equal(['closed']);
  });
});

describe('historyMaintenances', () => {
  const feed = snapshot({
    maintenances: [
      maintenance({id: 'tomorrow', startsAt: NOW + DAY}),
      maintenance({id: 'last-month', status: 'completed', startsAt: NOW - 30 * DAY, endsAt: NOW - 30 * DAY + HOUR}),
      maintenance({id: 'now', status: 'in_progress', startsAt: NOW - HOUR}),
      maintenance({id: 'last-year', status: 'completed', startsAt: NOW - 365 * DAY, endsAt: NOW - 365 * DAY + HOUR}),
    ],
  });

  it('keeps maintenances that began within the window, newest first, and none still to come', () => {
    expect(ids(historyMaintenances(feed, 90, NOW))).to.deep.equal(['now', 'last-month']);
  });

  it('has no limit with 0 days', () => {
    expect(ids(historyMaintenances(feed, 0, NOW))).to.deep.equal(['now', 'last-month', 'last-year']);
  });
});
