// The trap and the inspector catch what they are there to catch: without
// this, a corpus that "never ran" could mean a blind trap.
import {expect} from '@open-wc/testing';
import {elementProblems, findEscapes, isSafeHref, watchShadowRoot} from './inspect.js';
import {installTrap, type Trap} from './trap.js';
import {guardHostPage} from '../helpers/guard.js';

describe('the XSS trap and the shadow-root inspector', () => {
  guardHostPage();
  let trap: Trap;
  beforeEach(() => {
    trap = installTrap();
  });
  afterEach(() => trap.restore());

  it('sees a payload run, and the element it came in', async () => {
    const div = document.createElement('div');
    document.body.append(div);
    try {
      const errored = new Promise((resolve) => div.addEventListener('error', resolve, true));
      div.innerHTML = '<img src="data:image/png;base64,AAAA" onerror="__xss.push(\'control\')">';
      await errored;
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(trap.findings()).to.include('payload control ran');
      expect(trap.findings().some((f) => f.startsWith('a <img> appeared in the document'))).to.equal(true);
    } finally {
      div.remove();
    }
  });

  it('sees dialogs and a clobbered trap', () => {
    window.alert('x');
    (window as unknown as {__xss: unknown}).__xss = document.createElement('form');
    expect(trap.findings()).to.include('window.alert(x) was called');
    expect(trap.findings().some((f) => f.startsWith('window.__xss was replaced'))).to.equal(true);
  });

  it('finds handlers, styles, foreign elements and unsafe links in a shadow root', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({mode: 'open'});
    root.innerHTML =
      '<p onclick="x()">a</p><span style="color:red">b</span><iframe></iframe>' +
      '<a href="javascript:x()">c</a><a href="https://ok.example/" target="_blank">d</a><a href="mailto:a@b.example">e</a>';
    expect(findEscapes(host)).to.deep.equal([
      'event handler attribute onclick="x()" on <p>',
      'style attribute on <span>',
      'unexpected element <iframe>',
      'link to "javascript:x()"',
      'target=_blank without rel=noopener on <a>',
    ]);
  });

  it('sees an element that is added and removed before anyone looks', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({mode: 'open'});
    const problems: string[] = [];
    const observer = watchShadowRoot(root, problems);
    const script = document.createElement('script');
    root.append(script);
    script.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    expect(problems).to.deep.equal(['unexpected element <script>']);
  });

  it('tells safe links from the rest', () => {
    for (const href of ['https://example.com/', 'http://example.com/x?y#z', 'mailto:a@example.com']) expect(isSafeHref(href), href).to.equal(true);
    for (const href of ['javascript:alert(1)', ' https://example.com/', 'data:text/html,x', '//example.com/', '/relative', 'HTTPS:example.com', 'vbscript:x']) {
      expect(isSafeHref(href), href).to.equal(false);
    }
    expect(elementProblems(Object.assign(document.createElement('a'), {href: 'https://example.com/'}))).to.deep.equal([]);
  });
});
