import {expect} from '@open-wc/testing';
import {isIncidentActive, overallStatus} from '../../src/model/status.js';
import {component, DAY, HOUR, incident, maintenance, NOW, resolved, snapshot} from './builders.js';

describe('overallStatus', () => {
  it('is operational for an empty snapshot', () => {
    expect(overallStatus(snapshot(), NOW)).to.equal('operational');
  });

  it('is the worst of the component statuses', () => {
    const components = [component('a'), component('b', 'partial_outage'), component('c', 'degraded')];
    expect(overallStatus(snapshot({components}), NOW)).to.equal('partial_outage');
    expect(overallStatus(snapshot({components: [...components, component('d', 'major_outage')]}), NOW)).to.equal('major_outage');
  });

  it('maps an active minor incident to degraded', () => {
    const s = snapshot({components: [component('a')], incidents: [incident({id: 'i', severity: 'minor'})]});
    expect(overallStatus(s, NOW)).to.equal('degraded');
  });

  it('maps an active major incident to partial_outage', () => {
    expect(overallStatus(snapshot({incidents: [incident({id: 'i', severity: 'major'})]}), NOW)).to.equal('partial_outage');
  });

  it('maps an active critical incident to major_outage', () => {
    expect(overallStatus(snapshot({incidents: [incident({id: 'i', severity: 'critical'})]}), NOW)).to.equal('major_outage');
  });

  it('keeps a component status worse than what the incidents imply', () => {
    const s = snapshot({components: [component('a', 'major_outage')], incidents: [incident({id: 'i', severity: 'minor'})]});
    expect(overallStatus(s, NOW)).to.equal('major_outage');
  });

  it('ignores resolved incidents, whether by status or by resolution time', () => {
    const s = snapshot({
      incidents: [
        resolved({id: 'old', severity: 'critical'}),
        incident({id: 'closed-without-status', severity: 'critical', resolvedAt: NOW - HOUR}),
        incident({id: 'status-only', severity: 'critical', status: 'resolved'}),
      ],
    });
    expect(overallStatus(s, NOW)).to.equal('operational');
  });

  it('is maintenance while a maintenance is in progress and nothing is worse', () => {
    const s = snapshot({components: [component('a')], maintenances: [maintenance({id: 'm', status: 'in_progress', startsAt: NOW - HOUR})]});
    expect(overallStatus(s, NOW)).to.equal('maintenance');
  });

  it('lets an outage win over a maintenance in progress', () => {
    const s = snapshot({
      maintenances: [maintenance({id: 'm', status: 'in_progress', startsAt: NOW - HOUR})],
      incidents: [incident({id: 'i', severity: 'minor'})],
    });
    expect(overallStatus(s, NOW)).to.equal('degraded');
  });

  it('counts a scheduled maintenance whose window has come, and only during that window', () => {
    const m = maintenance({id: 'm', status: 'scheduled', startsAt: NOW - HOUR, endsAt: NOW + HOUR});
    const s = snapshot({maintenances: [m]});
    expect(overallStatus(s, NOW)).to.equal('maintenance');
    expect(overallStatus(s, NOW - 2 * HOUR), 'before the window').to.equal('operational');
    expect(overallStatus(s, NOW + 2 * HOUR), 'after the window').to.equal('operational');
  });

  it('does not count a future or a completed maintenance', () => {
    const s = snapshot({
      maintenances: [
        maintenance({id: 'later', status: 'scheduled', startsAt: NOW + DAY}),
        maintenance({id: 'done', status: 'completed', startsAt: NOW - HOUR, endsAt: NOW + HOUR}),
      ],
    });
    expect(overallStatus(s, NOW)).to.equal('operational');
  });
});

describe('isIncidentActive', () => {
  it('is true for an open incident without a resolution time', () => {
    for (const status of ['investigating', 'identified', 'monitoring'] as const) {
      expect(isIncidentActive(incident({id: 'i', status})), status).to.equal(true);
    }
  });

  it('is false once the status is resolved', () => {
    expect(isIncidentActive(incident({id: 'i', status: 'resolved'}))).to.equal(false);
  });

  it('is false once a resolution time is given, even if the status was not updated', () => {
    expect(isIncidentActive(incident({id: 'i', status: 'monitoring', resolvedAt: NOW}))).to.equal(false);
  });
});
