import {expect} from '@open-wc/testing';
import {chooseBanner, latestUpdateId} from '../../src/model/banner.js';
import {DAY, HOUR, incident, maintenance, NOW, resolved, snapshot} from './builders.js';

describe('chooseBanner', () => {
  it('shows the worst active incident, even when a milder one is newer', () => {
    const critical = incident({id: 'critical', severity: 'critical', startedAt: NOW - 5 * HOUR});
    const minor = incident({id: 'minor', severity: 'minor', startedAt: NOW - HOUR});
    const choice = chooseBanner(snapshot({incidents: [minor, critical]}), NOW);
    expect(choice.kind).to.equal('incident');
    if (choice.kind !== 'incident') return;
    expect(choice.incident.id).to.equal('critical');
    expect(choice.others.map((i) => i.id)).to.deep.equal(['minor']);
  });

  it('shows the most recent among incidents of the same severity', () => {
    const older = incident({id: 'older', severity: 'major', startedAt: NOW - 3 * HOUR});
    const newer = incident({id: 'newer', severity: 'major', startedAt: NOW - HOUR});
    const choice = chooseBanner(snapshot({incidents: [older, newer]}), NOW);
    expect(choice.kind === 'incident' && choice.incident.id).to.equal('newer');
  });

  it('counts the other active incidents, and leaves resolved ones out', () => {
    const choice = chooseBanner(
      snapshot({
        incidents: [
          incident({id: 'a', severity: 'major'}),
          incident({id: 'b', severity: 'minor'}),
          incident({id: 'c', severity: 'minor', startedAt: NOW - 2 * HOUR}),
          resolved({id: 'past', severity: 'critical'}),
        ],
      }),
      NOW,
    );
    expect(choice.kind).to.equal('incident');
    if (choice.kind !== 'incident') return;
    expect(choice.incident.id).to.equal('a');
    expect(choice.others.map((i) => i.id)).to.deep.equal(['b', 'c']);
  });

  it('prefers any active incident over a maintenance in progress', () => {
    const choice = chooseBanner(
      snapshot({
        incidents: [incident({id: 'i', severity: 'minor'})],
        maintenances: [maintenance({id: 'm', status: 'in_progress', startsAt: NOW - HOUR})],
      }),
      NOW,
    );
    expect(choice.kind).to.equal('incident');
  });

  it('shows a maintenance in progress when no incident is active', () => {
    const choice = chooseBanner(
      snapshot({
        incidents: [resolved({id: 'past'})],
        maintenances: [
          maintenance({id: 'soon', status: 'scheduled', startsAt: NOW + HOUR}),
          maintenance({id: 'now', status: 'in_progress', startsAt: NOW - HOUR}),
        ],
      }),
      NOW,
    );
    expect(choice.kind).to.equal('maintenance');
    expect(choice.kind === 'maintenance' && choice.maintenance.id).to.equal('now');
  });

  it('shows a scheduled maintenance whose window has come as in progress', () => {
    const m = maintenance({id: 'window', status: 'scheduled', startsAt: NOW - HOUR, endsAt: NOW + HOUR});
    const choice = chooseBanner(snapshot({maintenances: [m]}), NOW);
    expect(choice.kind).to.equal('maintenance');
  });

  it('announces the soonest maintenance due within the upcoming window', () => {
    const choice = chooseBanner(
      snapshot({
        maintenances: [maintenance({id: 'in-20h', startsAt: NOW + 20 * HOUR}), maintenance({id: 'in-3h', startsAt: NOW + 3 * HOUR})],
      }),
      NOW,
      24,
    );
    expect(choice.kind).to.equal('upcoming');
    if (choice.kind !== 'upcoming') return;
    expect(choice.maintenance.id).to.equal('in-3h');
    expect(choice.others.map((m) => m.id)).to.deep.equal(['in-20h']);
  });

  it('does not announce a maintenance beyond the upcoming window', () => {
    const s = snapshot({maintenances: [maintenance({id: 'in-30h', startsAt: NOW + 30 * HOUR})]});
    expect(chooseBanner(s, NOW, 24).kind).to.equal('none');
    expect(chooseBanner(s, NOW, 48).kind, 'with a 48-hour window').to.equal('upcoming');
  });

  it('uses a 24-hour upcoming window by default', () => {
    expect(chooseBanner(snapshot({maintenances: [maintenance({id: 'm', startsAt: NOW + 23 * HOUR})]}), NOW).kind).to.equal('upcoming');
    expect(chooseBanner(snapshot({maintenances: [maintenance({id: 'm', startsAt: NOW + 25 * HOUR})]}), NOW).kind).to.equal('none');
  });

  it('does not announce a completed maintenance, even one that is due', () => {
    const s = snapshot({maintenances: [maintenance({id: 'm', status: 'completed', startsAt: NOW + HOUR})]});
    expect(chooseBanner(s, NOW).kind).to.equal('none');
  });

  it('chooses nothing when all is well', () => {
    const s = snapshot({
      incidents: [resolved({id: 'past', startedAt: NOW - 3 * DAY})],
      maintenances: [maintenance({id: 'done', status: 'completed', startsAt: NOW - DAY, endsAt: NOW - DAY + HOUR})],
    });
    expect(chooseBanner(s, NOW)).to.deep.equal({kind: 'none'});
  });
});

describe('latestUpdateId', () => {
  it('is the id of the newest update (updates are newest first)', () => {
    const i = incident({
      id: 'incident-1',
      updates: [
        {id: 'u2', at: NOW},
        {id: 'u1', at: NOW - HOUR},
      ],
    });
    expect(latestUpdateId(i)).to.equal('u2');
  });

  it('is the item id when there is no update', () => {
    expect(latestUpdateId(incident({id: 'incident-1'}))).to.equal('incident-1');
    expect(latestUpdateId(maintenance({id: 'm-1'}))).to.equal('m-1');
  });
});
