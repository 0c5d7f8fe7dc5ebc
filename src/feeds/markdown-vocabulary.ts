/**
 * The words of hand-written Markdown status pages, as data: one table per
 * language. A page in another language is read by adding its table here;
 * the reader (markdown-page.ts) has no word of any language in it.
 *
 * Labels are written as the pages write them, lowercased; the reader
 * compares them with the page's bold labels lowercased, their colons and
 * parentheses dropped, and typographic apostrophes made straight.
 */

/** What a bold-labelled section of an entry is. */
export type SectionMeaning =
  | 'impact'
  | 'rootCause'
  /** A root cause the page calls preliminary: shown as such. */
  | 'preliminaryRootCause'
  | 'resolution'
  | 'mitigation'
  | 'nextSteps'
  /** The entry is planned work, not an incident: it becomes a maintenance. */
  | 'maintenance'
  /** Dated updates, one per `[UPDATE] <date>: text` paragraph. */
  | 'updates';

export interface PageVocabulary {
  /** The BCP 47 tag of the page's text. */
  readonly lang: string;
  readonly labels: Readonly<Record<string, SectionMeaning>>;
  /** Title prefixes that say the incident is over ("Resolved:" …). */
  readonly resolved: readonly string[];
  /** The order of an all-numeric date written with slashes: 7/13/2016 (en), 13/07/2016 (fr). */
  readonly slashDates: 'mdy' | 'dmy';
  /** Month names and abbreviations, January first. */
  readonly months: readonly (readonly string[])[];
  /** "Between X and Y" in an impact summary: the two dates, as written, in groups 1 and 2. */
  readonly between: RegExp;
  /** Words that join the dates of a heading ("from", "to", "at"): read as nothing. */
  readonly connectors: readonly string[];
}

export const ENGLISH: PageVocabulary = {
  lang: 'en',
  labels: {
    'summary of impact': 'impact',
    'impact summary': 'impact',
    impact: 'impact',
    effects: 'impact',
    // Azure's post-incident review headings, which some pages copy.
    'what happened?': 'impact',
    'what went wrong and why?': 'rootCause',
    'how did we respond?': 'mitigation',
    'how are we making incidents like this less likely or less impactful?': 'nextSteps',
    'root cause': 'rootCause',
    'preliminary root cause': 'preliminaryRootCause',
    'root cause preliminary': 'preliminaryRootCause',
    resolution: 'resolution',
    mitigation: 'mitigation',
    workaround: 'mitigation',
    'next steps': 'nextSteps',
    'planned work': 'maintenance',
    'planned maintenance': 'maintenance',
    'planned maintenance window': 'maintenance',
    'update history for this incident': 'updates',
    'update history': 'updates',
    updates: 'updates',
  },
  resolved: ['resolved'],
  slashDates: 'mdy',
  months: [
    // The German spellings are there because English pages by German-speaking
    // teams write them (PressureSuite: "29.Okt.2019", MEZ).
    ['january', 'jan', 'januar', 'jän'],
    ['february', 'feb', 'februar'],
    ['march', 'mar', 'märz', 'mär'],
    ['april', 'apr'],
    ['may', 'mai'],
    ['june', 'jun', 'juni'],
    ['july', 'jul', 'juli'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct', 'oktober', 'okt'],
    ['november', 'nov'],
    ['december', 'dec', 'dezember', 'dez'],
  ],
  between: /\bbetween\s+(.{1,60}?)\s+and\s+(.{1,60}?)(?=[,.;]\s|[,.;]?$)/i,
  connectors: ['from', 'to', 'at', 'until', 'on', 'since'],
};

export const FRENCH: PageVocabulary = {
  lang: 'fr',
  labels: {
    "résumé de l'impact": 'impact',
    "résumé de l'incident": 'impact',
    impact: 'impact',
    'cause racine': 'rootCause',
    'cause première': 'rootCause',
    'cause racine préliminaire': 'preliminaryRootCause',
    'cause première préliminaire': 'preliminaryRootCause',
    résolution: 'resolution',
    // The seed translates the English "Mitigation" as "Prévention".
    prévention: 'mitigation',
    atténuation: 'mitigation',
    'solution de contournement': 'mitigation',
    étapes: 'nextSteps',
    'étapes suivantes': 'nextSteps',
    'prochaines étapes': 'nextSteps',
    'travaux planifiés': 'maintenance',
    'maintenance planifiée': 'maintenance',
    'mises à jour': 'updates',
  },
  resolved: ['résolu', 'resolu'],
  slashDates: 'dmy',
  months: [
    ['janvier', 'janv'],
    ['février', 'févr', 'fevrier'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['août', 'aout'],
    ['septembre', 'sept'],
    ['octobre', 'oct'],
    ['novembre', 'nov'],
    ['décembre', 'déc', 'decembre'],
  ],
  between: /\bentre\s+(?:le\s+)?(.{1,60}?)\s+et\s+(?:le\s+)?(.{1,60}?)(?=[,.;]\s|[,.;]?$)/i,
  connectors: ['du', 'au', 'de', 'à', 'le', 'depuis', "jusqu'au"],
};

export const JAPANESE: PageVocabulary = {
  lang: 'ja',
  labels: {
    影響の概要: 'impact',
    根本的な原因: 'rootCause',
    根本原因: 'rootCause',
    暫定的な根本原因: 'preliminaryRootCause',
    解決策: 'resolution',
    解決: 'resolution',
    対応策: 'mitigation',
    軽減策: 'mitigation',
    次の手順: 'nextSteps',
    次のステップ: 'nextSteps',
    計画メンテナンス: 'maintenance',
  },
  resolved: ['解決済み', '解決'],
  slashDates: 'mdy',
  months: [],
  between: /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:から|と)\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/,
  connectors: ['から', 'まで'],
};

/** Every language a page can be read in; the first is the default. */
export const VOCABULARIES: readonly PageVocabulary[] = [ENGLISH, FRENCH, JAPANESE];

/** A page label as the tables write it: lowercased, without colons, parentheses or emphasis, apostrophes straight. */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[():：]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
