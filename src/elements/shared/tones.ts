import type {OverallStatus} from '../../model/types.js';

/**
 * The accent of each status, a `data-tone` of theme.styles.ts: the severity
 * whose colors it shares, so that a degraded component, a minor incident and
 * its badge read alike in every element.
 */
export const TONES = {
  operational: 'operational',
  degraded: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
  maintenance: 'maintenance',
  unknown: 'unknown',
} as const satisfies Record<OverallStatus, string>;

export type Tone = (typeof TONES)[OverallStatus];
