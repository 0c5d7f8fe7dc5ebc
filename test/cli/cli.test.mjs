// `status-banner validate|convert|schema`, run from the packed package (see packed.mjs):
// the seed's English and French pages merged into one feed that validate accepts, problems
// named with their line or path, errors as one line each with nothing on stdout.
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {FIXTURES, run, unpack} from './packed.mjs';

const EN = join(FIXTURES, 'markdown/psgallery_status_2016-12-16.en.md');
const FR = join(FIXTURES, 'markdown/psgallery_status.fr.md');
const JA = join(FIXTURES, 'markdown/psgallery_status_2017-04-04.ja.md');
const PRESSURESUITE = join(FIXTURES, 'markdown/pressuresuite_status_2026-04-14.md');

let bin;
let packed;
before(() => {
  packed = unpack();
  bin = packed.bin;
});
after(() => packed?.cleanup());

describe('convert', () => {
  it("merges the seed's English page and its French translation into one feed where every incident has both languages", async () => {
    const {status, stdout, stderr} = await run(bin, ['convert', EN, FR, '--lang', 'en', '--lang', 'fr']);
    assert.deepEqual(stderr, []);
    assert.equal(status, 0);
    const feed = JSON.parse(stdout);
    assert.equal(feed.version, 1);
    assert.deepEqual(feed.page, {name: {en: 'PowerShell Gallery Status', fr: 'État de PowerShell Gallery'}, lang: 'en'});
    assert.deepEqual(
      feed.incidents.map((i) => [i.started_at, i.resolved_at, i.title.en, i.title.fr]),
      [
        [
          '2016-12-13',
          '2016-12-15',
          'Unable to send emails via PowerShellGallery website',
          'Impossible d’envoyer des courriers électroniques sur le site web PowerShell Gallery',
        ],
        ['2016-08-05', '2016-08-10', 'Unable to send emails to cgadmin@microsoft.com', 'Impossible d’envoyer des e-mails à cgadmin@microsoft.com'],
        ['2016-07-11', '2016-07-13', 'Download Items Failed', 'Échec du téléchargement d’éléments'],
        ['2016-05-17', '2016-05-19', 'Download Items Failed', 'Échec du téléchargement d’éléments'],
      ],
    );
    for (const incident of feed.incidents) {
      for (const [key, text] of Object.entries(incident.report)) {
        if (key !== 'root_cause_preliminary') assert.deepEqual(Object.keys(text), ['en', 'fr'], `${incident.id} report.${key}`);
      }
    }
    const july = feed.incidents[2];
    assert.equal(july.report.root_cause_preliminary, true);
    assert.equal(july.report.mitigation.fr, 'Les ingénieurs ont désactivé Azure CDN dans PowerShell Gallery.');
    assert.match(july.report.impact.en, /```PowerShell\nPS C:\\> Install-Module xStorage/);
    assert.match(july.report.impact.fr, /Entre le 11\/07\/2016 et le 13\/07\/2016/);

    const file = join(packed.dir, 'status.json');
    writeFileSync(file, stdout);
    const validated = await run(bin, ['validate', file]);
    assert.equal(validated.status, 0, validated.stderr.join('\n'));
    assert.match(validated.stdout, /status\.json: valid native feed, 4 incidents/);
  });

  it('pairs by date when the headings have no anchors, two incidents with one title kept apart', async () => {
    // The seed without its anchors: the French page can then be paired by its dates only.
    const bare = join(packed.dir, 'seed-without-anchors.md');
    writeFileSync(bare, readFileSync(FR, 'utf8').replace(/<a name="[^"]*"><\/a>/g, ''));
    const {status, stdout, stderr} = await run(bin, ['convert', EN, bare, '--lang=en', '--lang=fr']);
    assert.equal(status, 0, stderr.join('\n'));
    assert.deepEqual(stderr, []);
    const [, , july, may] = JSON.parse(stdout).incidents;
    assert.match(july.report.impact.fr, /^Entre le 11\/07\/2016/);
    assert.match(may.report.impact.fr, /^Entre le 17\/05\/2016/);
    assert.match(may.report.impact.en, /^Between 5\/17\/2016/);
  });

  it('keeps, and warns of, an incident that only one translation has', async () => {
    const {status, stdout, stderr} = await run(bin, ['convert', JA, EN, '--lang', 'ja', '--lang', 'en']);
    assert.equal(status, 0);
    const feed = JSON.parse(stdout);
    assert.equal(feed.incidents.length, 5);
    assert.deepEqual(Object.keys(feed.incidents[0].title), ['ja']);
    assert.ok(feed.incidents.slice(1).every((i) => i.title.ja && i.title.en));
    // The English page of 2016 predates the incident of 2017/03/27.
    assert.deepEqual(stderr, [
      'warning: incident "03272017---resolved-unable-to-see-individual-module-and-script-pages" has no en translation: kept without it',
    ]);
  });

  it('reads a page from a URL, and says which URL failed', async () => {
    const server = createServer((request, response) => {
      try {
        const body = readFileSync(join(FIXTURES, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
        response.writeHead(200, {'content-type': 'text/markdown; charset=utf-8'}).end(body);
      } catch {
        response.writeHead(404).end('not found');
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${server.address().port}`;
    try {
      const ok = await run(bin, ['convert', `${base}/markdown/psgallery_status.fr.md`]);
      assert.equal(ok.status, 0, ok.stderr.join('\n'));
      const feed = JSON.parse(ok.stdout);
      assert.equal(feed.page.lang, 'fr');
      assert.equal(feed.incidents[0].title, 'Impossible d’envoyer des courriers électroniques sur le site web PowerShell Gallery');
      const missing = await run(bin, ['convert', `${base}/markdown/nothing.md`]);
      assert.equal(missing.status, 1);
      assert.equal(missing.stdout, '');
      assert.deepEqual(missing.stderr, [`${base}/markdown/nothing.md: cannot read it: ${base}/markdown/nothing.md answered HTTP 404`]);
    } finally {
      server.close();
    }
  });

  it('converts every other format it reads: a Statuspage summary', async () => {
    const {status, stdout} = await run(bin, ['convert', join(FIXTURES, 'statuspage/github_summary_2022-11-25_incident.json')]);
    assert.equal(status, 0);
    const feed = JSON.parse(stdout);
    assert.equal(feed.incidents[0].title, 'Incident with Packages and Pages');
    assert.match(feed.incidents[0].started_at, /^2022-11-\d\dT\d\d:\d\d:\d\d/);
  });
});

describe('validate', () => {
  it('names the entry of a page it cannot read, with its line, and exits 1 with nothing on stdout', async () => {
    const {status, stdout, stderr} = await run(bin, ['validate', PRESSURESUITE, JA]);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.equal(stderr.length, 1);
    assert.match(stderr[0], /pressuresuite_status_2026-04-14\.md:129: cannot read a date in the heading "2022 - 01\.December 2023"/);
  });

  it('names every bad field of a native feed with its path', async () => {
    const file = join(packed.dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        incidents: [
          {id: 'a', title: 'A', started_at: 'yesterday'},
          {title: 'B', started_at: '2026-01-01T00:00:00Z'},
        ],
      }),
    );
    const {status, stdout, stderr} = await run(bin, ['validate', file]);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.deepEqual(stderr, [
      `${file}: incidents[0].started_at: expected a date ("2016-07-11") or a date-time with its time zone ("2016-07-11T09:00:00Z"), got a string ("yesterday")`,
      `${file}: incidents[1].id: expected a non-empty string id, got nothing`,
    ]);
  });

  it('accepts every real page and feed of the fixtures it reads', async () => {
    const files = [
      EN,
      FR,
      JA,
      join(FIXTURES, 'native/psgallery.json'),
      join(FIXTURES, 'cachet/yoti_components.json'),
      join(FIXTURES, 'atom/streamyard_history.atom'),
    ];
    const {status, stdout, stderr} = await run(bin, ['validate', ...files]);
    assert.deepEqual(stderr, []);
    assert.equal(status, 0);
    assert.equal(stdout.trim().split('\n').length, files.length);
  });
});

describe('errors and schema', () => {
  it('one line per problem, exit 1, nothing on stdout', async () => {
    const missing = await run(bin, ['validate', 'no-such-file.json']);
    assert.equal(missing.status, 1);
    assert.equal(missing.stdout, '');
    assert.equal(missing.stderr.length, 1);
    assert.match(missing.stderr[0], /^no-such-file\.json: cannot read it: ENOENT/);

    const usage = await run(bin, ['convert', EN, FR, '--lang', 'en', '--format', 'yaml']);
    assert.equal(usage.status, 1);
    assert.equal(usage.stdout, '');
    assert.deepEqual(usage.stderr.slice(0, 2), [
      'unknown format "yaml": expected one of ' + usage.stderr[0].split('expected one of ')[1],
      '1 --lang for 2 inputs: give one --lang per input, in the same order',
    ]);

    const unknown = await run(bin, ['publish']);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr[0], /unknown command "publish"/);
  });

  it("prints the native feed's JSON Schema", async () => {
    const {status, stdout} = await run(bin, ['schema']);
    assert.equal(status, 0);
    const schema = JSON.parse(stdout);
    assert.equal(schema.title, 'status-banner native status feed, version 1');
    assert.deepEqual(schema, JSON.parse(readFileSync(join(FIXTURES, '../../src/feeds/status-feed.schema.json'), 'utf8')));
  });
});
