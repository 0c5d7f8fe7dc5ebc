// Puppeteer drives Debian's Firefox for the tests (test/tools/browsers.mjs):
// its own browser download is never used, and fails on a closed network.
module.exports = {skipDownload: true};
