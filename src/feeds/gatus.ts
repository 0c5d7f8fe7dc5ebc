import type {Component, Snapshot} from '../model/types.js';
import {buildSnapshot, isObject} from './build-snapshot.js';
import {parseFeedDate} from './dates.js';
import {FeedError, describe} from './feed-error.js';
import {FieldReader} from './field-reader.js';
import {daysFromChecks, type Check} from './uptime-days.js';

/**
 * Reads Gatus's `/api/v1/endpoints/statuses`: an array of endpoints, each
 * `{name, group, key, results: [{success, timestamp, …}]}`, its last
 * results oldest first.
 *
 * - Each endpoint is a component (id its `key`, name its `group` and
 *   `name`), its status its latest result's: up, or a major outage.
 * - Its results measure the days they fall on (the share of them that
 *   succeeded, per UTC day). Gatus sends the last results only (about 20
 *   per endpoint by default): the days before them are not measured.
 * - Gatus keeps no incidents: the history says so.
 * - No real payload was at hand: the tests use one written from Gatus's
 *   README and its API's JSON (results with `conditionResults`, RFC 3339
 *   timestamps with nanoseconds).
 */
export function parse(value: unknown): Snapshot {
  if (!Array.isArray(value) || !value.some((endpoint) => isObject(endpoint) && 'results' in endpoint)) {
    throw new FeedError(`Not a Gatus feed: expected the array of /api/v1/endpoints/statuses ([{name, group, key, results}, …]), got ${describe(value)}`);
  }
  const r = new FieldReader();
  const components = r.each(value, '', (endpoint, path): Component | undefined => {
    const name = r.optionalString(endpoint['name'], `${path}.name`);
    const id = r.id(endpoint['key'] ?? name, `${path}.key`);
    if (!id) return undefined;
    const checks: Check[] = [];
    r.array(endpoint['results'], `${path}.results`).forEach((result, j) => {
      const o = isObject(result) ? result : {};
      const at = parseFeedDate(o['timestamp']);
      if (at === undefined || typeof o['success'] !== 'boolean') return r.problem(`${path}.results[${j}]`, 'a result {success, timestamp}', result);
      checks.push({at, status: o['success'] ? 'operational' : 'major_outage'});
    });
    // An endpoint not checked yet says nothing of its status: left out rather than claimed up.
    if (checks.length === 0) return undefined;
    checks.sort((a, b) => a.at - b.at);
    const group = r.optionalString(endpoint['group'], `${path}.group`);
    return {id, name: group ? `${group} / ${name || id}` : name || id, status: checks[checks.length - 1]!.status, uptime: daysFromChecks(checks)};
  });
  r.check('Gatus feed');
  return buildSnapshot('gatus', {}, components, [], [], 'active');
}
