// Kept for scripts that only need Chromium (bench, screenshots): see browsers.mjs.
export {chromeArgs, findChrome, onPath} from './browsers.mjs';
