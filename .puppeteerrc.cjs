// Chromium comes from the system (Debian's package, or an installed Chrome/Edge):
// the registry is the only network we have, so puppeteer must not download a browser.
module.exports = { skipDownload: true };
