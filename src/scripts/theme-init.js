(() => {
  const root = document.documentElement;
  root.classList.add('js');
  try {
    const theme = localStorage.getItem('warm-open:theme');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  } catch {}
})();
