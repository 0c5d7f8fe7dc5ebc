/**
 * The XSS corpus: strings a hostile (or compromised, or proxied) feed may
 * carry in any field. Each payload that would run code calls
 * `__xss.push(<its id>)` (or `parent.__xss.push(…)` from a frame), so the
 * trap (trap.ts) says which one ran; none may.
 *
 * Kinds:
 * - `html`: markup, event handlers, SVG, MathML, mutation-XSS and parser tricks;
 * - `url`: `javascript:`, `data:`, `vbscript:` and other schemes with every
 *   encoding trick (case, entities, percent-encoding, white space and control
 *   characters before and inside the scheme), meant for URL fields but placed
 *   everywhere;
 * - `css`: style sheets, style attributes, `expression()`, `url(javascript:)`;
 * - `template`: template literals, Lit markers, Angular/Vue/Handlebars
 *   expressions, i18next interpolation (`{{…}}`) and nesting (`$t(…)`),
 *   `String.prototype.replace` patterns (`$&`), prototype keys;
 * - `text`: plain-text oddities a renderer must keep as written (bidi
 *   overrides, zero-width and control characters, lone surrogates, huge strings).
 *
 * Every payload is non-blank: it also serves as an id, and a blank id makes
 * a feed invalid (tested elsewhere), not a page to inspect.
 */
export type PayloadKind = 'html' | 'url' | 'css' | 'template' | 'text';

export interface Payload {
  readonly id: number;
  readonly kind: PayloadKind;
  readonly name: string;
  readonly text: string;
}

const corpus: Payload[] = [];

/** `make` gets the JavaScript that records execution, e.g. `__xss.push(12)`. */
function add(kind: PayloadKind, name: string, make: (hit: string) => string): void {
  const id = corpus.length + 1;
  corpus.push({id, kind, name, text: make(`__xss.push(${id})`)});
}

const b64 = (s: string) => btoa(s);
const pct = (s: string) => [...s].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).join('');
const decEntities = (s: string) => [...s].map((c) => `&#${c.charCodeAt(0)};`).join('');
const hexEntitiesNoSemicolon = (s: string) => [...s].map((c) => `&#x${c.charCodeAt(0).toString(16)}`).join('');

// --- markup ----------------------------------------------------------------
add('html', 'script element', (h) => `<script>${h}</script>`);
add('html', 'script with data: src', (h) => `<SCRIPT SRC=data:text/javascript,${h}></SCRIPT>`);
add('html', 'script src percent-encoded', (h) => `<script src="data:text/javascript,${encodeURIComponent(h)}"></script>`);
add('html', 'img onerror', (h) => `<img src=x onerror=${h}>`);
add('html', 'img onerror quoted, self-closed', (h) => `<img src="x" onerror="${h}" />`);
add('html', 'img onmouseover upper case', (h) => `<IMG SRC=# onmouseover="${h}">`);
add('html', 'img onerror entity-encoded handler', (h) => `<img src=x:x onerror=${decEntities(h)}>`);
add('html', 'img onerror base64 eval', (h) => `<img src=x onerror=eval(atob('${b64(h)}'))>`);
add('html', 'svg onload', (h) => `<svg onload=${h}>`);
add('html', 'svg/onload without space', (h) => `<svg/onload=${h}>`);
add('html', 'script inside svg', (h) => `<svg><script>${h}</script></svg>`);
add('html', 'svg script href', (h) => `<svg><script href="data:text/javascript,${h}"/></svg>`);
add('html', 'svg a xlink:href javascript', (h) => `<svg><a xlink:href="javascript:${h}"><text x="20" y="20">click</text></a></svg>`);
add('html', 'svg animate onbegin', (h) => `<svg><animate onbegin=${h} attributeName=x dur=1s>`);
add('html', 'svg animate sets href to javascript', (h) => `<svg><a><animate attributeName=href values=javascript:${h} /><text x=20 y=20>x</text></a></svg>`);
add('html', 'svg foreignObject', (h) => `<svg><foreignObject><iframe srcdoc="<script>parent.${h}</script>"></iframe></foreignObject></svg>`);
add('html', 'mathml mutation XSS', (h) => `<math><mtext><table><mglyph><style><img src=x onerror=${h}>`);
add('html', 'mathml style/img namespace confusion', (h) => `<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=${h} src=1>">`);
add('html', 'iframe javascript: src', (h) => `<iframe src="javascript:parent.${h}"></iframe>`);
add('html', 'iframe srcdoc', (h) => `<iframe srcdoc="<script>parent.${h}</script>"></iframe>`);
add('html', 'object data javascript:', (h) => `<object data="javascript:parent.${h}"></object>`);
add('html', 'embed data: html', (h) => `<embed src="data:text/html,<script>parent.${h}</script>">`);
add('html', 'body onload', (h) => `<body onload=${h}>`);
add('html', 'details ontoggle', (h) => `<details open ontoggle=${h}>`);
add('html', 'input autofocus onfocus', (h) => `<input autofocus onfocus=${h}>`);
add('html', 'video source onerror', (h) => `<video><source onerror=${h}></video>`);
add('html', 'audio onerror', (h) => `<audio src=x onerror=${h}>`);
add('html', 'marquee onstart', (h) => `<marquee onstart=${h}>x</marquee>`);
add('html', 'a href javascript:', (h) => `<a href="javascript:${h}">click</a>`);
add('html', 'form action javascript:', (h) => `<form action="javascript:${h}"><button>go</button></form>`);
add('html', 'button formaction', (h) => `<button formaction="javascript:${h}">x</button>`);
add('html', 'meta refresh', (h) => `<meta http-equiv="refresh" content="0;url=javascript:${h}">`);
add('html', 'base href', (h) => `<base href="javascript:${h}//">`);
add('html', 'link import', (h) => `<link rel="import" href="data:text/html,<script>${h}</script>">`);
add('html', 'attribute breakout then script', (h) => `"><script>${h}</script>`);
add('html', 'single-quote breakout then img', (h) => `'><img src=x onerror=${h}>`);
add('html', 'event attribute injection (double quotes)', (h) => `" onmouseover="${h}" x="`);
add('html', 'event attribute injection (single quotes)', (h) => `' onfocus='${h}' autofocus '`);
add('html', 'closing raw-text elements', (h) => `</textarea></title></style></script><script>${h}</script>`);
add('html', 'comment confusion', (h) => `<!--<img src="--><img src=x onerror=${h}//">`);
add('html', 'CDATA section', (h) => `<![CDATA[<script>${h}</script>]]>`);
add('html', 'noscript parsing differential', (h) => `<noscript><p title="</noscript><img src=x onerror=${h}>">`);
add('html', 'template content', (h) => `<template><script>${h}</script></template>`);
add('html', 'nested tag splitting', (h) => `<scr<script>ipt>${h}</scr</script>ipt>`);
add('html', 'NUL inside tag name', (h) => `<scr\0ipt>${h}</scr\0ipt>`);
add('html', 'NUL inside attribute name', (h) => `<img src=x onerror\0=${h}>`);
add('html', 'tab and newline inside tag', (h) => `<img\tsrc=x\nonerror=${h}>`);
add('html', 'HTML entities (named)', (h) => `&lt;script&gt;${h}&lt;/script&gt;`);
add('html', 'HTML entities (decimal)', (h) => `&#60;img src=x onerror=${h}&#62;`);
add('html', 'HTML entities (hex)', (h) => `&#x3C;svg onload=${h}&#x3E;`);
add('html', 'JavaScript escapes as text', (h) => `\\u003cscript\\u003e${h}\\u003c/script\\u003e`);
add('html', 'fullwidth angle brackets', (h) => `＜script＞${h}＜/script＞`);
add('html', 'percent-encoded markup', (h) => `%3Cscript%3E${h}%3C%2Fscript%3E`);
add('html', 'custom element with handler', (h) => `<status-banner onmouseover=${h} src="javascript:${h}"></status-banner>`);
add('html', 'slot with handler', (h) => `<slot onslotchange=${h}></slot>`);
add('html', 'DOM clobbering of the trap', () => `<form id=__xss><input name=push></form><img name=__xss>`);
add('html', 'DOM clobbering of document', () => `<img name=getElementById><form name=body></form>`);
add(
  'html',
  'polyglot',
  (h) => `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=${h} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\x3csVg/<sVg/oNloAd=${h}//>\x3e`,
);
add('html', 'XML processing instruction', (h) => `<?xml-stylesheet type="text/xsl" href="data:,${h}"?>`);
add('html', 'XHTML namespace script', (h) => `<html:script xmlns:html="http://www.w3.org/1999/xhtml">${h}</html:script>`);

// --- URLs -------------------------------------------------------------------
add('url', 'javascript:', (h) => `javascript:${h}`);
add('url', 'javascript: mixed case', (h) => `JaVaScRiPt:${h}`);
add('url', 'javascript: upper case', (h) => `JAVASCRIPT:${h}`);
add('url', 'javascript: with comment and newline', (h) => `javascript://example.com/%0A${h}`);
add('url', 'javascript: with raw newline after comment', (h) => `javascript://example.com/\n${h}`);
for (const [name, prefix] of [
  ['leading space', ' '],
  ['leading NUL', '\0'],
  ['leading \\x01', '\x01'],
  ['leading backspace', '\b'],
  ['leading tab', '\t'],
  ['leading newline', '\n'],
  ['leading vertical tab', '\v'],
  ['leading form feed', '\f'],
  ['leading carriage return', '\r'],
  ['leading \\x1f', '\x1f'],
  ['leading no-break space', '\u00a0'],
  ['leading byte order mark', '\ufeff'],
  ['leading control characters mix', '\x01\x02\x03\x1f \t'],
] as const) {
  add('url', `javascript: ${name}`, (h) => `${prefix}javascript:${h}`);
}
for (const [name, inside] of [
  ['tab', '\t'],
  ['newline', '\n'],
  ['carriage return', '\r'],
  ['CRLF', '\r\n'],
  ['NUL', '\0'],
  ['zero-width space', '\u200b'],
  ['soft hyphen', '\u00ad'],
] as const) {
  add('url', `java${name}script:`, (h) => `java${inside}script:${h}`);
}
add('url', 'javascript: decimal entity j', (h) => `&#106;avascript:${h}`);
add('url', 'javascript: hex entity j', (h) => `&#x6A;avascript:${h}`);
add('url', 'javascript: zero-padded entity', (h) => `&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058${h}`);
add('url', 'javascript: all hex entities without semicolons', (h) => `${hexEntitiesNoSemicolon('javascript:')}${h}`);
add('url', 'javascript&colon;', (h) => `javascript&colon;${h}`);
add('url', 'javascript&#58;', (h) => `javascript&#58;${h}`);
add('url', 'jav&#x09;ascript:', (h) => `jav&#x09;ascript:${h}`);
add('url', 'jav&Tab;ascript: and &NewLine;', (h) => `jav&Tab;ascript&NewLine;:${h}`);
add('url', 'javascript: percent-encoded scheme', (h) => `${pct('javascript')}:${h}`);
add('url', 'javascript%3A', (h) => `javascript%3A${h}`);
add('url', 'javascript: percent-encoded leading space', (h) => `%20javascript:${h}`);
add('url', 'javascript: backslash-u escapes', (h) => `\\u006A\\u0061vascript:${h}`);
add('url', 'javascript: fullwidth', (h) => `ｊａｖａｓｃｒｉｐｔ：${h}`);
add('url', 'javascript: in a markdown link', (h) => `[click](javascript:${h})`);
add('url', 'javascript: in a markdown image', (h) => `![x](javascript:${h})`);
add('url', 'javascript: in angle brackets', (h) => `<javascript:${h}>`);
add('url', 'vbscript:', () => `vbscript:msgbox("xss")`);
add('url', 'vbscript: upper case', () => `VBSCRIPT:MsgBox(1)`);
add('url', 'vbscript&colon;', () => `vbscript&colon;msgbox(1)`);
add('url', 'livescript:', (h) => `livescript:${h}`);
add('url', 'mocha:', (h) => `mocha:${h}`);
add('url', 'data: text/html', (h) => `data:text/html,<script>parent.${h}</script>`);
add('url', 'data: text/html base64', (h) => `data:text/html;base64,${b64(`<script>parent.${h}</script>`)}`);
add('url', 'data: mixed case', (h) => `DaTa:text/html,<script>parent.${h}</script>`);
add('url', 'data: leading space', (h) => ` data:text/html,<script>parent.${h}</script>`);
add('url', 'data: svg', (h) => `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${h}"/>`);
add('url', 'data: svg base64', (h) => `data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${h}"/>`)}`);
add('url', 'data: javascript', (h) => `data:text/javascript,${h}`);
add('url', 'data: application/javascript', (h) => `data:application/javascript,${h}`);
add('url', 'blob:', () => `blob:https://example.com/550e8400-e29b-41d4-a716-446655440000`);
add('url', 'file:', () => `file:///etc/passwd`);
add('url', 'filesystem:', () => `filesystem:https://example.com/temporary/x`);
add('url', 'about:', () => `about:blank`);
add('url', 'view-source:', () => `view-source:https://example.com/`);
add('url', 'chrome:', () => `chrome://settings`);
add('url', 'ftp:', () => `ftp://example.com/file`);
add('url', 'ws:', () => `ws://example.com/socket`);
add('url', 'mailto: with markup', (h) => `mailto:x@example.com?body=<script>${h}</script>`);
add('url', 'tel:', () => `tel:+33100000000`);
add('url', 'protocol-relative', () => `//evil.example/x`);
add('url', 'backslash host', () => `/\\evil.example/x`);
add('url', 'https: with backslashes', () => `https:\\\\evil.example\\x`);
add('url', 'https: without slashes', () => `https:evil.example`);
add('url', 'https with credentials', () => `https://user:pass@evil.example/`);
add('url', 'https with attribute breakout', (h) => `https://example.com/"><img src=x onerror=${h}>`);
add('url', 'https with markup in the query', (h) => `https://example.com/?q=<svg/onload=${h}>`);
add('url', 'https with javascript: in the path', (h) => `https://example.com/javascript:${h}`);
add('url', 'https with backtick', (h) => `https://example.com/\`${h}\``);
add('url', 'link then javascript: in the same text', (h) => `see https://example.com/ then javascript:${h}`);
add('url', 'https: scheme then javascript host', (h) => `https:javascript:${h}`);
add('url', 'e-mail around markup', (h) => `"><script>${h}</script>"@example.com`);
add('url', 'e-mail then markup', (h) => `x@example.com<script>${h}</script>`);
add('url', 'e-mail local part after javascript:', (h) => `javascript:${h}//@example.com`);

// --- CSS ----------------------------------------------------------------------
add('css', 'style element with javascript: url', (h) => `<style>*{background-image:url("javascript:${h}")}</style>`);
add('css', 'style element @import', (h) => `<style>@import 'data:text/css,*{x:expression(${h})}';</style>`);
add('css', 'style attribute url(javascript:)', (h) => `<div style="background:url(javascript:${h})">x</div>`);
add('css', 'style attribute expression()', (h) => `<div style="width:expression(${h})">x</div>`);
add('css', 'closing style then script', (h) => `</style><script>${h}</script>`);
add('css', 'stylesheet link javascript:', (h) => `<link rel=stylesheet href="javascript:${h}">`);
add('css', 'CSS rule breakout', (h) => `x{}</style><img src=x onerror=${h}>`);
add('css', 'custom property breakout', (h) => `red; } :host { background: url(javascript:${h}); } x {`);
add('css', '-moz-binding', () => `<div style="-moz-binding:url(http://evil.example/xss.xml#x)">x</div>`);
add('css', 'CSS escapes', (h) => `<div style="background:\\75\\72\\6c(javascript:${h})">x</div>`);

// --- templates and interpolation ------------------------------------------------
add('template', 'template literal', (h) => `\${${h}}`);
add('template', 'template literal in backticks', (h) => `\`\${${h}}\``);
add('template', 'Angular expression', (h) => `{{constructor.constructor('${h}')()}}`);
add('template', 'AngularJS $on', (h) => `{{$on.constructor('${h}')()}}`);
add('template', 'arithmetic in mustaches', () => `{{7*7}} \${7*7} <%= 7*7 %> #{7*7} [[7*7]]`);
add('template', 'ERB / JSP', (h) => `<%= ${h} %>`);
add('template', 'Ruby / Pug interpolation', (h) => `#{${h}}`);
add('template', 'Lit marker (processing instruction)', (h) => `<?lit$123456789$>${h}`);
add('template', 'Lit marker (comment)', () => `<!--?lit$123456789$-->lit$123456789$ $lit$`);
add('template', 'i18next {{title}}', () => `{{title}}`);
add('template', 'i18next unescaped {{- title}}', () => `{{- title}}`);
add('template', 'i18next other variables', () => `{{label}} {{count}} {{ago}} {{time}} {{duration}}`);
add('template', 'i18next nesting $t(…)', () => `$t(status.operational)`);
add('template', 'i18next nesting with options', (h) => `$t(banner.detailsLabel, {"title": "<img src=x onerror=${h}>"})`);
add('template', 'i18next nested nesting', () => `$t(label, {"label": "$t(severity.critical)"})`);
add('template', 'i18next nesting that switches language', () => `$t(banner.details, {"lng": "fr"})`);
add('template', 'i18next nesting and interpolation mixed', () => `$t(status.operational) {{title}} $t(x`);
add('template', 'i18next formatter', () => `{{title, uppercase}} {{title, number(minimumFractionDigits: 2)}}`);
add('template', 'i18next prototype keys', () => `{{__proto__}} $t(__proto__) {{constructor}}`);
add('template', 'String.replace patterns', () => `$& $\` $' $$ $1 $<name>`);
add('template', 'console format directives', () => `%s %d %o %c`);
add('template', 'ICU message syntax', (h) => `{count, plural, one {#} other {# ${h}}} {0} {1}`);
add('template', '__proto__', () => `__proto__`);
add('template', 'constructor', () => `constructor`);
add('template', 'prototype', () => `prototype`);
add('template', 'toString', () => `toString`);
add('template', 'hasOwnProperty', () => `hasOwnProperty`);
add('template', 'valueOf', () => `valueOf`);

// --- plain-text oddities ----------------------------------------------------------
add('text', 'right-to-left override', () => `\u202Egnp.exe\u202C invoice`);
add('text', 'zero-width characters', () => `a\u200Bb\u200Cc\u200Dd\uFEFFe\u2060f`);
add('text', 'lone surrogates', () => `x\uD800y\uDFFFz\uD83D`);
add('text', 'emoji sequences', () => `👩‍💻🏳️‍🌈 🇫🇷`);
add('text', 'combining characters', () => `Z̷̢͈a̴l̸g̶o̴`);
add('text', 'NUL and C0 controls', () => `a\0b\x07c\x08d\x1b[31me\x7f`);
add('text', 'line and paragraph separators', () => `one\u2028two\u2029three`);
add('text', 'fenced code with a script', (h) => '```html\n<script>' + h + '</script>\n```');
add('text', 'fence whose language breaks out', (h) => '```"><img src=x onerror=' + h + '>\nx\n```');
add('text', 'many lines of markup', (h) => `<b>\n<i>\n\n<img src=x\nonerror=${h}>\n`);
add('text', 'a long run of markup', (h) => `<img src=x onerror=${h}>`.repeat(500));
add('text', 'a 64 KB string', () => `<`.repeat(32 * 1024) + `>`.repeat(32 * 1024));

export const PAYLOADS: readonly Payload[] = corpus;
