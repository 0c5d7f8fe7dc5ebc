// Native feeds (DESIGN.md §3) for the benchmark, built relative to `now`.
// Plain JavaScript with no imports: the bench's Node server serves them and
// its pages import this same file to make their `data`.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const iso = (ms) => new Date(ms).toISOString();

const COMPONENTS = [
  {id: 'api', name: {en: 'API', fr: 'API'}, status: 'operational'},
  {id: 'downloads', name: {en: 'Package downloads', fr: 'Téléchargement des packages'}, status: 'operational'},
  {id: 'search', name: {en: 'Search', fr: 'Recherche'}, status: 'operational'},
];

const SEVERITIES = ['minor', 'major', 'critical'];

/**
 * A resolved incident as a real history holds them: two languages, three
 * updates, and every other one with a post-incident report whose impact
 * quotes the error a user saw in a code block.
 */
export function pastIncident(i, startedAt) {
  const resolvedAt = startedAt + (1 + (i % 5)) * HOUR;
  const incident = {
    id: `inc-${i}`,
    title: {en: `Package downloads failed (${i})`, fr: `Échec du téléchargement des packages (${i})`},
    severity: SEVERITIES[i % 3],
    status: 'resolved',
    started_at: iso(startedAt),
    resolved_at: iso(resolvedAt),
    components: i % 4 === 0 ? ['api', 'downloads'] : ['downloads'],
    url: `https://status.example.com/incidents/${i}`,
    updates: [
      {id: 'u3', at: iso(resolvedAt), status: 'resolved', text: {en: 'Downloads work again.', fr: 'Les téléchargements fonctionnent de nouveau.'}},
      {
        id: 'u2',
        at: iso(startedAt + 30 * MINUTE),
        status: 'identified',
        text: {
          en: 'The CDN returns corrupt packages; see https://status.example.com/cdn.',
          fr: 'Le CDN renvoie des packages corrompus ; voir https://status.example.com/cdn.',
        },
      },
      {id: 'u1', at: iso(startedAt + 5 * MINUTE), status: 'investigating', text: {en: 'We are investigating.', fr: 'Nous analysons le problème.'}},
    ],
  };
  if (i % 2 === 0) {
    incident.report = {
      impact: {
        en: 'Customers could not install modules.\n\n```PowerShell\nPS C:\\> Install-Module xStorage\nInstall-Package : Package hash validation failed.\n```',
        fr: 'Les clients ne pouvaient pas installer de modules.\n\n```PowerShell\nPS C:\\> Install-Module xStorage\nInstall-Package : Package hash validation failed.\n```',
      },
      root_cause: {en: 'A CDN node served stale content.', fr: 'Un nœud du CDN servait un contenu périmé.'},
      root_cause_preliminary: i % 4 === 0,
      mitigation: {en: 'Engineers disabled the CDN.', fr: 'Les ingénieurs ont désactivé le CDN.'},
      next_steps: {en: 'Add hash checks at the edge.', fr: 'Ajouter des contrôles d’empreinte en périphérie.'},
    };
  }
  return incident;
}

/** An incident going on now: what the banner shows. */
export function activeIncident(now, {id = 'now-1', updateId = 'u2', updateText} = {}) {
  return {
    id,
    title: {en: 'Package downloads are failing', fr: 'Les téléchargements de packages échouent'},
    severity: 'major',
    status: 'identified',
    started_at: iso(now - 30 * MINUTE),
    components: ['downloads'],
    url: 'https://status.example.com/incidents/now-1',
    updates: [
      {
        id: updateId,
        at: iso(now - 5 * MINUTE),
        status: 'identified',
        text: updateText ?? {
          en: 'The CDN is returning corrupt packages; we are disabling it.',
          fr: 'Le CDN renvoie des packages corrompus ; nous le désactivons.',
        },
      },
      {
        id: 'u1',
        at: iso(now - 30 * MINUTE),
        status: 'investigating',
        text: {en: 'We are investigating failed downloads.', fr: 'Nous analysons les échecs de téléchargement.'},
      },
    ],
  };
}

/**
 * A feed with `count` past incidents, newest six hours ago and then one every
 * six hours before it (10,000 of them span about seven years), plus, with
 * `active`, one incident going on now.
 */
export function historyFeed(count, now = Date.now(), {active = false} = {}) {
  const incidents = [];
  if (active) incidents.push(activeIncident(now));
  for (let i = 0; i < count; i++) incidents.push(pastIncident(i, now - (i + 1) * 6 * HOUR));
  return {
    version: 1,
    page: {name: 'Example', url: 'https://status.example.com/', lang: 'en'},
    components: COMPONENTS,
    incidents,
    maintenances: [],
  };
}

/** The banner's feed: one incident going on now and a short history. */
export function bannerFeed(now = Date.now(), options = {}) {
  const feed = historyFeed(20, now);
  feed.incidents.unshift(activeIncident(now, options));
  return feed;
}

/**
 * A native feed of `components` components, each measured on each of the last
 * `days` UTC days (`components[].uptime`, one bad day in seven), and one
 * resolved incident a week per component: what `<status-uptime>` draws.
 */
export function uptimeFeed(components = 20, days = 90, now = Date.now()) {
  const DAY = 24 * HOUR;
  const today = Math.floor(now / DAY) * DAY;
  const list = [];
  const incidents = [];
  for (let c = 0; c < components; c++) {
    const uptime = [];
    for (let d = days - 1; d >= 0; d--) {
      const bad = (d + c) % 7 === 0;
      uptime.push({date: iso(today - d * DAY).slice(0, 10), uptime: bad ? 0.98 - (c % 3) * 0.02 : 1, ...(bad && {down_minutes: 29 + (c % 3) * 29})});
      if (bad) incidents.push(pastIncident(incidents.length, today - d * DAY + 3 * HOUR));
      if (bad) incidents[incidents.length - 1].components = [`service-${c}`];
    }
    list.push({id: `service-${c}`, name: {en: `Service ${c + 1}`, fr: `Service ${c + 1}`}, status: 'operational', uptime});
  }
  return {version: 1, page: {name: 'Bench', url: 'https://status.example.com/'}, components: list, incidents};
}

// ---------------------------------------------------------------- big feeds of every format read in slices (bench: long tasks)

const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Statuspage's way of dating an update in its HTML: `Jan <var data-var='date'> 8</var>, <var data-var='time'>09:00</var> UTC`. */
const statuspageWhen = (ms) => {
  const d = new Date(ms);
  const hm = d.toISOString().slice(11, 16);
  return `${MONTHS[d.getUTCMonth()]} <var data-var='date'>${String(d.getUTCDate()).padStart(2, ' ')}</var>, <var data-var='time'>${hm}</var> UTC`;
};
/** An incident's updates as Statuspage's history feeds write them (HTML). */
const historyHtml = (i, startedAt, resolvedAt) =>
  [
    [resolvedAt, 'Resolved', `Downloads work again (${i}). Thanks for your patience.`],
    [startedAt + 30 * MINUTE, 'Identified', 'The CDN returns corrupt packages; see https://status.example.com/cdn.'],
    [startedAt + 5 * MINUTE, 'Investigating', 'We are investigating failed package downloads from the gallery.'],
  ]
    .map(([at, word, text]) => `<p><small>${statuspageWhen(at)}</small><br><strong>${word}</strong> - ${text}</p>`)
    .join('');

/** Statuspage's `incidents.json` with `count` resolved incidents, one every six hours back from six hours ago. */
export function statuspageIncidents(count, now = Date.now()) {
  const page = {id: 'pg1', name: 'Example', url: 'https://status.example.com', time_zone: 'Etc/UTC', updated_at: iso(now)};
  const component = (id, name) => ({
    id,
    name,
    status: 'operational',
    created_at: iso(now - 1000 * HOUR),
    updated_at: iso(now),
    position: 1,
    description: null,
    showcase: true,
    group_id: null,
    page_id: 'pg1',
    group: false,
    only_show_if_degraded: false,
  });
  const incidents = [];
  for (let i = 0; i < count; i++) {
    const startedAt = now - (i + 1) * 6 * HOUR;
    const resolvedAt = startedAt + (1 + (i % 5)) * HOUR;
    const update = (n, status, at, body) => ({
      id: `u${i}-${n}`,
      status,
      body,
      incident_id: `inc${i}`,
      created_at: iso(at),
      updated_at: iso(at),
      display_at: iso(at),
      affected_components: [{code: 'downloads', name: 'Package downloads', old_status: 'operational', new_status: 'major_outage'}],
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null,
    });
    incidents.push({
      id: `inc${i}`,
      name: `Package downloads failed (${i})`,
      status: 'resolved',
      created_at: iso(startedAt),
      updated_at: iso(resolvedAt),
      monitoring_at: null,
      resolved_at: iso(resolvedAt),
      impact: SEVERITIES[i % 3],
      shortlink: `https://stspg.io/${i.toString(36)}`,
      started_at: iso(startedAt),
      page_id: 'pg1',
      incident_updates: [
        update(3, 'resolved', resolvedAt, `Downloads work again (${i}).`),
        update(2, 'identified', startedAt + 30 * MINUTE, 'The CDN returns corrupt packages; we are disabling it.'),
        update(1, 'investigating', startedAt + 5 * MINUTE, 'We are investigating failed package downloads.'),
      ],
      components: [component('downloads', 'Package downloads')],
    });
  }
  return {page, incidents};
}

/** Statuspage's `history.atom` with `count` incidents. */
export function atomHistory(count, now = Date.now()) {
  const entries = [];
  for (let i = 0; i < count; i++) {
    const startedAt = now - (i + 1) * 6 * HOUR;
    const resolvedAt = startedAt + (1 + (i % 5)) * HOUR;
    entries.push(`  <entry>
    <id>tag:status.example.com,2005:Incident/${i}</id>
    <published>${iso(startedAt)}</published>
    <updated>${iso(resolvedAt)}</updated>
    <link rel="alternate" type="text/html" href="https://status.example.com/incidents/${i}"/>
    <title>Package downloads failed (${i})</title>
    <content type="html">${xml(historyHtml(i, startedAt, resolvedAt))}</content>
  </entry>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xml:lang="en-US" xmlns="http://www.w3.org/2005/Atom">
  <id>tag:status.example.com,2005:/history</id>
  <link rel="alternate" type="text/html" href="https://status.example.com"/>
  <title>Example Status - Incident History</title>
  <updated>${iso(now)}</updated>
${entries.join('\n')}
</feed>`;
}

/** Statuspage's `history.rss` with `count` incidents. */
export function rssHistory(count, now = Date.now()) {
  const rfc822 = (ms) => new Date(ms).toUTCString().replace('GMT', '+0000');
  const items = [];
  for (let i = 0; i < count; i++) {
    const startedAt = now - (i + 1) * 6 * HOUR;
    const resolvedAt = startedAt + (1 + (i % 5)) * HOUR;
    items.push(`    <item>
      <title>Package downloads failed (${i})</title>
      <description>${xml(historyHtml(i, startedAt, resolvedAt))}</description>
      <pubDate>${rfc822(resolvedAt)}</pubDate>
      <link>https://status.example.com/incidents/${i}</link>
      <guid>https://status.example.com/incidents/${i}</guid>
    </item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Example Status - Incident History</title>
    <link>https://status.example.com</link>
    <description>Statuspage</description>
    <pubDate>${rfc822(now)}</pubDate>
${items.join('\n')}
  </channel>
</rss>`;
}

/**
 * A body of each format just under `bytes` (a feed may weigh 5 MiB,
 * 5,242,880 B): as many incidents as fit, counted from a sample's size.
 */
export function bigFeeds(bytes = 4_900_000, now = Date.now()) {
  const makers = {
    native: (n) => JSON.stringify(historyFeed(n, now)),
    statuspage: (n) => JSON.stringify(statuspageIncidents(n, now)),
    atom: (n) => atomHistory(n, now),
    rss: (n) => rssHistory(n, now),
  };
  const feeds = {};
  for (const [format, make] of Object.entries(makers)) {
    const perItem = (make(200).length - make(100).length) / 100;
    let count = Math.floor((bytes - make(0).length) / perItem);
    let body = make(count);
    while (body.length > bytes) body = make((count -= 10));
    feeds[format] = {count, body};
  }
  return feeds;
}
