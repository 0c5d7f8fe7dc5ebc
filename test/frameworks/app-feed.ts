// The status every framework app gives its elements through `data`, and the
// same feed once its incident is resolved (the apps' "Resolve" button swaps
// one for the other). frameworks.test.ts reads its expectations from here.
// Three incidents are years old: the history shows them only with days="0".

const downloads = {id: 'downloads', name: 'Package downloads'};

const pastIncidents = [
  {
    id: 'past-3',
    title: 'Search returned no results',
    severity: 'minor',
    status: 'resolved',
    started_at: '2016-12-13T08:00:00Z',
    resolved_at: '2016-12-15T18:00:00Z',
  },
  {
    id: 'past-2',
    title: 'Download items failed',
    severity: 'major',
    status: 'resolved',
    started_at: '2016-07-11T00:00:00Z',
    resolved_at: '2016-07-13T00:00:00Z',
    components: ['downloads'],
  },
  {id: 'past-1', title: 'Publishing was slow', severity: 'minor', status: 'resolved', started_at: '2016-03-02T10:00:00Z', resolved_at: '2016-03-02T14:30:00Z'},
];

export const ACTIVE_TITLE = 'Package downloads are failing';

export const activeFeed = {
  version: 1,
  page: {name: 'Example Gallery', url: 'https://status.example.com', lang: 'en'},
  components: [{...downloads, status: 'major_outage'}],
  incidents: [
    {
      id: 'now',
      title: ACTIVE_TITLE,
      severity: 'major',
      status: 'investigating',
      started_at: '2026-11-20T09:00:00Z',
      components: ['downloads'],
      updates: [{id: 'u1', at: '2026-11-20T09:05:00Z', status: 'investigating', text: 'We are looking into failed downloads.'}],
    },
    ...pastIncidents,
  ],
};

export const resolvedFeed = {
  ...activeFeed,
  components: [{...downloads, status: 'operational'}],
  incidents: [{...activeFeed.incidents[0], status: 'resolved', resolved_at: '2026-11-20T11:00:00Z'}, ...pastIncidents],
};
