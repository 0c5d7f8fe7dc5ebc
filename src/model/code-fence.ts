/**
 * A line that opens or closes fenced code (DESIGN.md §3: three backticks,
 * an optional language), matched against the trimmed line.
 *
 * Trimmed lines, with trimEnd() rather than /\s+$/ elsewhere: white space
 * around a pattern makes V8 backtrack, and a line of a million spaces ending
 * in any other character took hours to scan (feed text is untrusted). trim()
 * and trimEnd() strip exactly what \s matches.
 */
export const CODE_FENCE = /^```\s*([\w+#.-]*)$/;
