// Inline at the top of <body> (BaseLayout.astro), before anything paints: marks
// <html> with .js (its only class) and applies the stored theme, so it never
// flashes. A block, not a module: it must run before the rest is parsed.
{
  const root = document.documentElement;
  let theme;
  root.className = 'js';
  try {
    theme = localStorage['warm-open:theme'];
  } catch {
    // Storage blocked: the system theme.
  }
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
}
