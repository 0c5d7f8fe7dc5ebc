/**
 * The anchor GitHub and Microsoft Docs give a heading: lowercase, punctuation
 * dropped, each space a hyphen ("12/15/2016 - Unable to send emails" →
 * "12152016---unable-to-send-emails"). A Markdown page's incident without an
 * anchor gets this id, so that it pairs with a translation that kept the
 * original's anchors; cState's system names become component ids the same way.
 */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}
