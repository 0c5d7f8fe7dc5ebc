import type {ComponentStatus, IncidentStatus, MaintenanceStatus, Severity} from '../model/types.js';

/**
 * Maps the enum words that feeds use onto the model's, tolerantly: case,
 * spaces, hyphens and underscores do not matter (Statuspage writes
 * `degraded_performance`, Instatus `DEGRADEDPERFORMANCE`, Uptime Kuma
 * `under-maintenance`), common synonyms from other status pages are
 * understood, and an unknown word maps to the nearest safe value instead of
 * failing (DESIGN.md §3).
 *
 * Each table is written `value: synonym synonym …; value: …` (the value is
 * its own synonym): half the bytes of an object literal in the CDN build.
 */
function table<T extends string>(spec: string): (word: unknown) => T | undefined {
  const map = new Map<string, T>();
  for (const entry of spec.split(';')) {
    const [value, synonyms = ''] = entry.split(':') as [T, string?];
    for (const word of [value, ...synonyms.split(' ')]) if (word) map.set(word.replace(/_/g, ''), value);
  }
  return (word) => map.get(typeof word === 'string' ? word.toLowerCase().replace(/[\s_-]+/g, '') : '');
}

export const severityWord = table<Severity>(
  'minor:low none info notice degraded degraded_performance minor_outage maintenance;major:medium partial_outage partial;critical:high severe major_outage outage',
);
export const incidentStatusWord = table<IncidentStatus>(
  'investigating:open new;identified;monitoring:watching verifying;resolved:fixed closed completed postmortem',
);
export const maintenanceStatusWord = table<MaintenanceStatus>(
  'scheduled:planned upcoming not_started_yet;in_progress:active ongoing verifying under_maintenance;completed:complete done finished ended resolved',
);
export const componentStatusWord = table<ComponentStatus>(
  'operational:up ok online;degraded:degraded_performance performance_issues slow;partial_outage:partial minor_outage;major_outage:outage down offline;maintenance:under_maintenance',
);

/** An unknown or missing severity counts as `major` (DESIGN.md §3). */
export function toSeverity(value: unknown): Severity {
  return severityWord(value) ?? 'major';
}

/** An unknown status reads as still open unless the incident says when it was resolved. */
export function toIncidentStatus(value: unknown, resolved: boolean): IncidentStatus {
  return incidentStatusWord(value) ?? (resolved ? 'resolved' : 'investigating');
}

export function toMaintenanceStatus(value: unknown): MaintenanceStatus {
  return maintenanceStatusWord(value) ?? 'scheduled';
}

/** An unknown component status is not claimed to be operational: it reads as degraded. */
export function toComponentStatus(value: unknown): ComponentStatus {
  return componentStatusWord(value) ?? 'degraded';
}
