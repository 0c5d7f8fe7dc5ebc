/**
 * The UI strings every element may use, in the languages the bundle carries
 * (en, fr): in the CDN's first script. Each element that needs more brings
 * them with its own code (history-strings.ts, uptime-strings.ts).
 *
 * The same strings as locales/en.json and locales/fr.json, which users
 * import for custom builds: test/i18n/locales.test.ts checks that these
 * modules together hold exactly what those files hold.
 */
export const commonStrings = {
  en: {
    label: '{{label}}:',
    status: {
      operational: 'All systems operational',
      degraded: 'Degraded performance',
      partial_outage: 'Partial outage',
      major_outage: 'Major outage',
      maintenance: 'Under maintenance',
      unknown: 'Status unknown',
      loading: 'Checking status…',
      unavailable: 'Status unavailable',
    },
    severity: {
      minor: 'Minor incident',
      major: 'Major incident',
      critical: 'Critical incident',
    },
    incidentStatus: {
      investigating: 'Investigating',
      identified: 'Identified',
      monitoring: 'Monitoring',
      resolved: 'Resolved',
    },
    banner: {
      region: 'Service status',
      maintenance: 'Maintenance in progress',
      upcoming: 'Scheduled maintenance',
      startsAt: 'Starts {{time}}',
      endsAt: 'Until {{time}}',
      updated: 'Updated {{ago}}',
      updatedNow: 'Updated just now',
      details: 'Details',
      dismiss: 'Dismiss',
      more_one: '+{{count}} more',
      more_other: '+{{count}} more',
      dismissed: 'Banner dismissed.',
      resolved: 'Resolved:',
    },
    stale: {
      since: 'Could not be updated since {{time}}.',
      checked: 'Last checked {{ago}}.',
      checkedNow: 'Last checked just now.',
    },
  },
  fr: {
    label: '{{label}} :',
    status: {
      operational: 'Tous les systèmes sont opérationnels',
      degraded: 'Performances dégradées',
      partial_outage: 'Panne partielle',
      major_outage: 'Panne majeure',
      maintenance: 'En maintenance',
      unknown: 'État inconnu',
      loading: 'Vérification de l’état…',
      unavailable: 'État indisponible',
    },
    severity: {
      minor: 'Incident mineur',
      major: 'Incident majeur',
      critical: 'Incident critique',
    },
    incidentStatus: {
      investigating: 'Analyse en cours',
      identified: 'Cause identifiée',
      monitoring: 'Sous surveillance',
      resolved: 'Résolu',
    },
    banner: {
      region: 'État du service',
      maintenance: 'Maintenance en cours',
      upcoming: 'Maintenance planifiée',
      startsAt: 'Début prévu le {{time}}',
      endsAt: 'Fin prévue le {{time}}',
      updated: 'Mis à jour {{ago}}',
      updatedNow: 'Mis à jour à l’instant',
      details: 'Détails',
      dismiss: 'Masquer',
      more_one: '+{{count}} autre',
      more_other: '+{{count}} autres',
      more_many: '+{{count}} autres',
      dismissed: 'Bandeau masqué.',
      resolved: 'Résolu :',
    },
    stale: {
      since: 'Mise à jour impossible depuis le {{time}}.',
      checked: 'Dernière vérification {{ago}}.',
      checkedNow: 'Dernière vérification à l’instant.',
    },
  },
};
