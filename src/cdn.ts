// The CDN build: one module that registers the elements. It exports nothing,
// so that everything the elements do not use is left out of it; apps that
// want the classes or the headless API import the npm package instead.
import './define.js';
