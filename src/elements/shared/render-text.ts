import {html, nothing, type TemplateResult} from 'lit';
import {parseRichText, type Block, type Inline} from '../../model/rich-text.js';

/**
 * Renders feed text (paragraphs, kept line breaks, links, code blocks) as Lit
 * templates: every piece of feed text lands in a text node or an attribute
 * Lit escapes, never in markup.
 */
export function renderText(text: string, leading?: TemplateResult): TemplateResult | typeof nothing {
  if (!text && !leading) return nothing;
  const blocks = parseRichText(text);
  // A label such as "Root cause:" runs into the first paragraph, as the seed writes it.
  if (leading && blocks[0]?.type !== 'paragraph') blocks.unshift({type: 'paragraph', lines: []});
  return html`${blocks.map((block, i) => renderBlock(block, i === 0 ? leading : undefined))}`;
}

function renderBlock(block: Block, leading: TemplateResult | undefined): TemplateResult {
  if (block.type === 'code') {
    return html`<pre part="code" data-lang=${block.lang || nothing}><code>${block.code}</code></pre>`;
  }
  // The space after the label is a value, not template text: the build's
  // minifier trims white space at the edges of templates.
  return html`<p part="paragraph">${leading ? [leading, ' '] : nothing}${block.lines.map(
    (line, i) => html`${i > 0 ? html`<br />` : nothing}${line.map(renderInline)}`,
  )}</p>`;
}

function renderInline(inline: Inline): TemplateResult | string {
  if (inline.type === 'text') return inline.text;
  return html`<a part="link" href=${inline.href} rel="noopener noreferrer" target="_blank">${inline.text}</a>`;
}
