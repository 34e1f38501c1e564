/**
 * Media emulation (print, colour scheme, reduced motion, forced colours) goes through the Chrome
 * DevTools Protocol, which only Chromium offers here: those tests run in Chromium only.
 */
export const canEmulateMedia = /Chrome\//.test(navigator.userAgent);
