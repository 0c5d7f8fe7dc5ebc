/**
 * The fields of a Snapshot that carry feed content to the reader: every
 * human text (each language of a per-language text apart) and every link,
 * each with its path, so that a check can say which field went wrong.
 */
import type {Snapshot, Text, Update} from '../../src/model/types.js';

export interface Field {
  readonly path: string;
  readonly value: string;
}

/** A text: one field, or one per language tag. */
function* textFields(text: Text | undefined, path: string): Generator<Field> {
  if (text === undefined) return;
  if (typeof text === 'string') yield {path, value: text};
  else for (const [tag, value] of Object.entries(text)) yield {path: `${path}[${JSON.stringify(tag)}]`, value};
}

function* updateTexts(updates: readonly Update[], path: string): Generator<Field> {
  for (const [i, update] of updates.entries()) yield* textFields(update.text, `${path}[${i}].text`);
}

/** Every human text of a Snapshot. */
export function* snapshotTexts(snapshot: Snapshot): Generator<Field> {
  yield* textFields(snapshot.page.name, 'page.name');
  for (const [i, component] of snapshot.components.entries()) yield* textFields(component.name, `components[${i}].name`);
  for (const [i, incident] of snapshot.incidents.entries()) {
    const path = `incidents[${i}]`;
    yield* textFields(incident.title, `${path}.title`);
    yield* updateTexts(incident.updates, `${path}.updates`);
    const report = incident.report ?? {};
    for (const section of ['impact', 'rootCause', 'resolution', 'mitigation', 'nextSteps'] as const)
      yield* textFields(report[section], `${path}.report.${section}`);
  }
  for (const [i, maintenance] of snapshot.maintenances.entries()) {
    const path = `maintenances[${i}]`;
    yield* textFields(maintenance.title, `${path}.title`);
    yield* textFields(maintenance.text, `${path}.text`);
    yield* updateTexts(maintenance.updates, `${path}.updates`);
  }
}

/** Every URL field of a Snapshot (the page's, each incident's and maintenance's). */
export function* snapshotUrls(snapshot: Snapshot): Generator<Field> {
  if (snapshot.page.url !== undefined) yield {path: 'page.url', value: snapshot.page.url};
  for (const [i, incident] of snapshot.incidents.entries()) if (incident.url !== undefined) yield {path: `incidents[${i}].url`, value: incident.url};
  for (const [i, maintenance] of snapshot.maintenances.entries())
    if (maintenance.url !== undefined) yield {path: `maintenances[${i}].url`, value: maintenance.url};
}
