/**
 * The SCORM build is made under a stand-in base path, /<PACKAGE_BASE_NAME>/,
 * which scripts/scorm/build.mjs then rewrites: to relative URLs in HTML and
 * CSS (an LMS serves the package under a path nobody knows at build time),
 * and to the package root found at run time in scripts. Only the bare name is
 * exported: the slashed form written in a script would itself be rewritten.
 */
export const PACKAGE_BASE_NAME = '__warm_open_package__';

/** On each page's <html>: the way back to the package root ("../../"), from which scripts find it. */
export const ROOT_ATTRIBUTE = 'data-package-root';
