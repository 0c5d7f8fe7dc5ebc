import {html, nothing, type TemplateResult} from 'lit';
import {parseRichText, type Block, type Inline} from '../../model/rich-text.js';

/**
 * Renders feed text (paragraphs, kept line breaks, links, code blocks) as Lit
 * templates: every piece of feed text lands in a text node or an attribute
 * Lit escapes, never in markup.
 */
export function renderText(text: string, leading?: TemplateResult, lang?: string): TemplateResult | typeof nothing {
  if (!text && !leading) return nothing;
  const blocks = parseRichText(text);
  // A label such as "Root cause:" runs into the first paragraph, as the seed writes it.
  if (leading && blocks[0]?.type !== 'paragraph') blocks.unshift({type: 'paragraph', lines: []});
  return html`${blocks.map((block, i) => renderBlock(block, i === 0 ? leading : undefined, lang))}`;
}

/**
 * A block of feed text; `lang`, the language it was picked in when not the
 * UI's, goes on what holds the feed's words (not on the UI's label).
 */
function renderBlock(block: Block, leading: TemplateResult | undefined, lang: string | undefined): TemplateResult {
  const dir = lang ? 'auto' : nothing;
  if (block.type === 'code') {
    return html`<pre part="code" data-lang=${block.lang || nothing}><code>${block.code}</code></pre>`;
  }
  const lines = block.lines.map((line, i) => html`${i > 0 ? html`<br />` : nothing}${line.map(renderInline)}`);
  // The space after the label is a value, not template text: the build's
  // minifier trims white space at the edges of templates.
  return leading
    ? html`<p part="paragraph">${[leading, ' ']}<span lang=${lang ?? nothing} dir=${dir}>${lines}</span></p>`
    : html`<p part="paragraph" lang=${lang ?? nothing} dir=${dir}>${lines}</p>`;
}

function renderInline(inline: Inline): TemplateResult | string {
  if (inline.type === 'text') return inline.text;
  return html`<a part="link" href=${inline.href} rel="noopener noreferrer" target="_blank">${inline.text}</a>`;
}
