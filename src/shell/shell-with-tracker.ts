// The shell plus the progress tracker, inline on pages without questions.
// Pages that show questions (BaseLayout.astro looks for them in what the page
// renders) get the shell alone: the tracker comes with their recorder after
// paint (ProgressTracker.astro), one copy of the store code for both, and
// never twice on one page.
//
// Measured at issue 17 (brotli 11; gzip for the progress allowance):
// - this script is 2,269 B (5,620 raw), 1,421 B more than the shell alone;
//   plain pages carry 2,375 B of JavaScript with theme-init.js
//   (BUDGETS.plainPageJs, as scripts/quality/budgets.mjs measures it);
// - the tracker inline on quiz pages too (one script for all pages) cost them
//   the store code twice, the tracker's and the recorder's: 4,665 B gzip of
//   progress code on a lesson (3,784 B this way), over its 4 KB allowance
//   (tests/e2e/progress.spec.ts), about 500 B more over the wire, and 1.4 KB
//   more to parse before the first paint;
// - the tracker after paint on every page: Rolldown split it into four
//   requests (an entry facade, the tracker, two chunks it shares with the
//   progress pages), and the count and Resume would change after the paint.
import './shell';
import '../progress/browser/tracker';
