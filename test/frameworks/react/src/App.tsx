// The README's React example, as an app: attributes, properties (a `data`
// object; `days="0"`, which React 19 sets as the string property), event
// props, and a ref with addEventListener. No `as CustomEvent` anywhere: the
// typings come from the package (status-banner/react).
import {useLayoutEffect, useRef, useState} from 'react';
import 'status-banner/define';
import type {} from 'status-banner/react';
import {activeFeed, resolvedFeed} from '../../app-feed.js';

export function App() {
  const [feed, setFeed] = useState<object>(activeFeed);
  const [loaded, setLoaded] = useState('');
  const [historyLoaded, setHistoryLoaded] = useState('');
  const [changed, setChanged] = useState('');
  const [failure, setFailure] = useState('');
  const history = useRef<HTMLElementTagNameMap['status-history']>(null);

  // A layout effect runs as soon as the element is in the page, before the
  // element reads its `data`: a plain effect could come after its first status-load.
  useLayoutEffect(() => {
    const el = history.current!;
    const onLoad = (e: HTMLElementEventMap['status-load']) => setHistoryLoaded(`${e.detail.snapshot.incidents.length} incidents`);
    el.addEventListener('status-load', onLoad);
    return () => el.removeEventListener('status-load', onLoad);
  }, []);

  return (
    <main>
      <h1>Example app (React)</h1>
      <status-banner data={feed} lang="en" dismissible="false" onstatus-load={(e) => setLoaded(`${e.detail.snapshot.incidents.length} incidents`)} />
      <status-indicator data={feed} variant="badge" onstatus-change={(e) => setChanged(`${e.detail.previous} → ${e.detail.current}`)} />
      <status-history ref={history} data={feed} days="0" />
      <h2>Partner service</h2>
      <status-indicator src="/feed/echo?status=503&key=framework-react" refresh="0" variant="text" onstatus-error={(e) => setFailure(e.detail.error.message)} />
      <button type="button" onClick={() => setFeed(resolvedFeed)}>
        Resolve the incident
      </button>
      <dl>
        <dt>Banner loaded</dt>
        <dd id="loaded">{loaded}</dd>
        <dt>History loaded</dt>
        <dd id="history-loaded">{historyLoaded}</dd>
        <dt>Status changed</dt>
        <dd id="changed">{changed}</dd>
        <dt>Partner feed error</dt>
        <dd id="error">{failure}</dd>
      </dl>
    </main>
  );
}
