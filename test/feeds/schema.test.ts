/**
 * The JSON Schema shipped for the native feed (src/feeds/status-feed.schema.json)
 * must say what DESIGN.md §3 and the parser say. No JSON Schema validator is
 * installed, so `validate` below implements the keywords the file uses, and
 * throws on any other keyword so that a constraint is never silently skipped.
 */
import {expect} from '@open-wc/testing';
import {toComponentStatus, toIncidentStatus, toMaintenanceStatus, toSeverity} from '../../src/feeds/enums.js';
import {FeedError} from '../../src/feeds/feed-error.js';
import {parseIsoDate} from '../../src/feeds/field-reader.js';
import {parseNativeFeed} from '../../src/feeds/native.js';
import type {ComponentStatus, IncidentStatus, MaintenanceStatus, Severity} from '../../src/model/types.js';

type Schema = {[keyword: string]: unknown} | boolean;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs']);
const KEYWORDS = new Set([
  'type',
  'required',
  'enum',
  'const',
  'pattern',
  'properties',
  'items',
  '$ref',
  'oneOf',
  'additionalProperties',
  'minProperties',
  'minLength',
  'minimum',
  'maximum',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function isType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** The errors of `value` against `schema`, each as `path: what is wrong`; empty when valid. */
function validate(root: Record<string, unknown>, schema: Schema, value: unknown, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: no value allowed`];
  const errors: string[] = [];
  for (const keyword of Object.keys(schema)) {
    if (!KEYWORDS.has(keyword) && !ANNOTATIONS.has(keyword)) throw new Error(`the test's checker does not know the keyword ${keyword} (at ${path})`);
  }
  if (typeof schema['$ref'] === 'string') {
    const match = /^#\/\$defs\/([\w-]+)$/.exec(schema['$ref']);
    if (!match) throw new Error(`unsupported $ref ${schema['$ref']}`);
    const target = (root['$defs'] as Record<string, Schema>)[match[1]!];
    if (target === undefined) throw new Error(`dangling $ref ${schema['$ref']}`);
    errors.push(...validate(root, target, value, path));
  }
  if ('type' in schema) {
    const types = ([] as string[]).concat(schema['type'] as string | string[]);
    if (!types.some((t) => isType(value, t))) return [...errors, `${path}: expected ${types.join(' or ')}, got ${typeOf(value)}`];
  }
  if ('const' in schema && JSON.stringify(value) !== JSON.stringify(schema['const'])) errors.push(`${path}: expected ${JSON.stringify(schema['const'])}`);
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value))
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${schema['enum'].join(', ')}`);
  if (typeof value === 'string') {
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value))
      errors.push(`${path}: ${JSON.stringify(value)} does not match the pattern`);
    if (typeof schema['minLength'] === 'number' && [...value].length < schema['minLength']) errors.push(`${path}: shorter than ${schema['minLength']}`);
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) errors.push(`${path}: less than ${schema['minimum']}`);
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) errors.push(`${path}: more than ${schema['maximum']}`);
  }
  if (Array.isArray(value) && 'items' in schema) {
    value.forEach((item, i) => errors.push(...validate(root, schema['items'] as Schema, item, `${path}[${i}]`)));
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of (schema['required'] as string[] | undefined) ?? []) if (!(key in object)) errors.push(`${path}: missing ${key}`);
    if (typeof schema['minProperties'] === 'number' && Object.keys(object).length < schema['minProperties'])
      errors.push(`${path}: fewer than ${schema['minProperties']} properties`);
    const properties = (schema['properties'] as Record<string, Schema> | undefined) ?? {};
    for (const [key, item] of Object.entries(object)) {
      if (key in properties) errors.push(...validate(root, properties[key]!, item, `${path}.${key}`));
      else if ('additionalProperties' in schema) errors.push(...validate(root, schema['additionalProperties'] as Schema, item, `${path}.${key}`));
    }
  }
  if (Array.isArray(schema['oneOf'])) {
    const passing = (schema['oneOf'] as Schema[]).filter((option) => validate(root, option, value, path).length === 0).length;
    if (passing !== 1) errors.push(`${path}: matches ${passing} of the oneOf options, expected exactly 1`);
  }
  return errors;
}

/** The model's values, one key per member of each union type: a member added to a type and not here fails to type-check. */
const MODEL_ENUMS = {
  severity: Object.keys({minor: 1, major: 1, critical: 1} satisfies Record<Severity, 1>),
  incidentStatus: Object.keys({investigating: 1, identified: 1, monitoring: 1, resolved: 1} satisfies Record<IncidentStatus, 1>),
  maintenanceStatus: Object.keys({scheduled: 1, in_progress: 1, completed: 1} satisfies Record<MaintenanceStatus, 1>),
  componentStatus: Object.keys({operational: 1, degraded: 1, partial_outage: 1, major_outage: 1, maintenance: 1} satisfies Record<ComponentStatus, 1>),
};

describe('status-feed.schema.json', () => {
  let schema: Record<string, any>;
  let psgallery: Record<string, any>;
  const check = (value: unknown) => validate(schema, schema, value);

  before(async () => {
    const response = await fetch('/src/feeds/status-feed.schema.json');
    expect(response.ok).to.equal(true);
    schema = JSON.parse(await response.text());
    psgallery = await (await fetch('/test/fixtures/native/psgallery.json')).json();
  });

  it('is a JSON Schema 2020-12 document for version 1', () => {
    expect(schema['$schema']).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema['properties'].version).to.deep.equal({const: 1});
  });

  it('requires what DESIGN.md §3 requires, and nothing more', () => {
    expect(schema['required']).to.deep.equal(['version']);
    expect(schema['properties'].incidents.items.required).to.have.members(['id', 'title', 'started_at']);
    expect(schema['properties'].incidents.items.required).to.have.length(3);
    expect(schema['properties'].maintenances.items.required).to.have.members(['id', 'title', 'starts_at']);
    expect(schema['properties'].maintenances.items.required).to.have.length(3);
  });

  it('lists exactly the model values in its enums', () => {
    const p = schema['properties'];
    expect(p.incidents.items.properties.severity.enum).to.have.members(MODEL_ENUMS.severity);
    expect(p.incidents.items.properties.severity.enum).to.have.length(MODEL_ENUMS.severity.length);
    expect(p.incidents.items.properties.status.enum).to.have.members(MODEL_ENUMS.incidentStatus);
    expect(p.incidents.items.properties.status.enum).to.have.length(MODEL_ENUMS.incidentStatus.length);
    expect(p.maintenances.items.properties.status.enum).to.have.members(MODEL_ENUMS.maintenanceStatus);
    expect(p.maintenances.items.properties.status.enum).to.have.length(MODEL_ENUMS.maintenanceStatus.length);
    expect(p.components.items.properties.status.enum).to.have.members(MODEL_ENUMS.componentStatus);
    expect(p.components.items.properties.status.enum).to.have.length(MODEL_ENUMS.componentStatus.length);
  });

  it('lists only values that the parser reads as themselves', () => {
    const p = schema['properties'];
    for (const v of p.incidents.items.properties.severity.enum) expect(toSeverity(v)).to.equal(v);
    for (const v of p.incidents.items.properties.status.enum) expect(toIncidentStatus(v, false)).to.equal(v);
    for (const v of p.maintenances.items.properties.status.enum) expect(toMaintenanceStatus(v)).to.equal(v);
    for (const v of p.components.items.properties.status.enum) expect(toComponentStatus(v)).to.equal(v);
  });

  it('accepts the PowerShell Gallery fixture', () => {
    expect(check(psgallery)).to.deep.equal([]);
  });

  it('accepts a minimal feed with numeric ids', () => {
    expect(check({version: 1})).to.deep.equal([]);
    expect(
      check({
        version: 1,
        incidents: [{id: 42, title: 'x', started_at: '2016-07-11'}],
        maintenances: [{id: 'm', title: {fr: 'y'}, starts_at: '2016-07-11T22:00:00+02:00'}],
      }),
    ).to.deep.equal([]);
  });

  it('rejects broken feeds, naming the field (so that the checks above are not vacuous)', () => {
    const incident = psgallery['incidents'][0];
    const withIncident = (changes: Record<string, unknown>, remove?: string) => {
      const copy: Record<string, unknown> = {...incident, ...changes};
      if (remove) delete copy[remove];
      return {...psgallery, incidents: [copy]};
    };
    expect(check(withIncident({}, 'started_at'))).to.deep.equal(['$.incidents[0]: missing started_at']);
    expect(check(withIncident({started_at: 'yesterday'}))).to.deep.equal(['$.incidents[0].started_at: "yesterday" does not match the pattern']);
    expect(check(withIncident({severity: 'catastrophic'}))).to.have.length(1);
    expect(check(withIncident({title: 42}))).to.deep.equal(['$.incidents[0].title: matches 0 of the oneOf options, expected exactly 1']);
    expect(check(withIncident({title: {}}))).to.have.length(1);
    expect(check(withIncident({title: {en: 1}}))).to.have.length(1);
    expect(check(withIncident({url: 'javascript:alert(1)'}))).to.have.length(1);
    expect(check(withIncident({id: ''}))).to.have.length(1);
    expect(check({...psgallery, version: 2})).to.deep.equal(['$.version: expected 1']);
    expect(check({...psgallery, incidents: 'none'})).to.deep.equal(['$.incidents: expected array, got string']);
    expect(check({...psgallery, maintenances: [{id: 'm', title: 't'}]})).to.deep.equal(['$.maintenances[0]: missing starts_at']);
    expect(check({...psgallery, components: [{name: 'x'}]})).to.deep.equal(['$.components[0]: missing id']);
  });

  it('documents components[].uptime as the parser reads it', () => {
    const withUptime = (uptime: unknown) => check({version: 1, components: [{id: 'api', uptime}]});
    expect(withUptime([{date: '2026-11-25', uptime: 0.9986, down_minutes: 2}])).to.deep.equal([]);
    expect(withUptime([{date: '2026-11-25', uptime: 99.86}])).to.deep.equal(['$.components[0].uptime[0].uptime: more than 1']);
    expect(withUptime([{date: '2026-11-25T00:00:00Z', uptime: 1}])).to.have.length(1);
    expect(withUptime([{uptime: 1}])).to.deep.equal(['$.components[0].uptime[0]: missing date']);
  });

  it('accepts the dates the native reader reads, and refuses those it refuses', () => {
    const pattern = new RegExp(schema['$defs'].date.pattern, 'u');
    const read = (date: string) => parseNativeFeed({version: 1, incidents: [{id: 'i', title: 't', started_at: date}]}).incidents[0]!;
    // A calendar date (DESIGN.md §3), and date-times with their zone.
    const wellFormed = [
      '2016-07-11',
      '2016-07-11T09:30:00Z',
      '2016-07-11 09:30Z',
      '2016-07-11T09:30:00.123+02:00',
      '2016-07-11T09:30:00-0500',
      '2016-07-11T09:30:00z',
    ];
    // Date-times without a zone, which other formats write (Cachet) but a native feed may not: each reader would see another instant.
    const zoneless = ['2016-07-11T09:30:00', '2016-07-11 09:30', '2016-07-11T09:30:00.123'];
    const malformed = ['yesterday', '07/11/2016', '2016-7-11', '2016-07-11T9:30', '2016-07-11T09:30:00+2', ''];
    for (const date of wellFormed) {
      expect(pattern.test(date), date).to.equal(true);
      expect(read(date).startedAt, date).to.be.a('number');
    }
    expect(read('2016-07-11').calendarDates).to.deep.equal(['startedAt']);
    for (const date of [...zoneless, ...malformed]) {
      expect(pattern.test(date), date).to.equal(false);
      expect(() => read(date), date).to.throw(FeedError, 'incidents[0].started_at');
    }
    for (const date of zoneless) expect(parseIsoDate(date), `${date}, as other formats read it`).to.be.a('number');
    for (const date of malformed) expect(parseIsoDate(date), date).to.equal(undefined);
  });
});
