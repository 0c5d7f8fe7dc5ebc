// A native feed whose components carry measured daily uptime
// (`components[].uptime`, DESIGN.md §3), for the demo's measured
// <status-uptime> and the screenshots: the last 90 UTC days up to `now`,
// the same figures for the same dates on every run (each day's figure comes
// from its date), and the incidents behind the bad days.

const DAY = 86_400_000;

/** A number from 0 to 1 that depends only on the text (FNV-1a): stable figures without a random source. */
function hash(text) {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
  // Mixed once more (MurmurHash3's finalizer): neighbouring dates must not give neighbouring figures.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32;
}

const COMPONENTS = [
  {id: 'api', name: {en: 'API', fr: 'API'}, since: 90},
  {id: 'dashboard', name: {en: 'Dashboard', fr: 'Tableau de bord'}, since: 90},
  // Monitored for a month only: the days before are not counted in its percentage (drawn from its incidents).
  {id: 'payments', name: {en: 'Payments', fr: 'Paiements'}, since: 30},
];

export function measuredUptimeFeed(now = Date.now()) {
  const today = Math.floor(now / DAY) * DAY;
  const incidents = [];
  const components = COMPONENTS.map(({id, name, since}) => {
    const uptime = [];
    for (let n = since - 1; n >= 0; n--) {
      const date = new Date(today - n * DAY).toISOString().slice(0, 10);
      const roll = hash(`${id}|${date}`);
      // About one day in twelve has some downtime, rarely much.
      const downMinutes = roll < 0.08 ? Math.round(2 + (roll / 0.08) ** 3 * 180) : 0;
      uptime.push({date, uptime: 1 - downMinutes / 1440, down_minutes: downMinutes});
      if (downMinutes > 0) {
        const start = today - n * DAY + Math.round(hash(date) * 20) * 3_600_000;
        incidents.push({
          id: `${id}-${date}`,
          title: {en: `${name.en}: elevated error rates`, fr: `${name.fr}\u00a0: taux d’erreurs élevé`},
          severity: downMinutes > 60 ? 'major' : 'minor',
          status: 'resolved',
          started_at: new Date(start).toISOString(),
          resolved_at: new Date(Math.min(start + downMinutes * 60_000, now)).toISOString(),
          components: [id],
          updates: [],
        });
      }
    }
    return {id, name, status: 'operational', uptime};
  });
  return {version: 1, page: {name: 'Acme Cloud', url: 'https://status.example.com', lang: 'en'}, components, incidents};
}
