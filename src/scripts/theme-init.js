// Runs inline first thing in <body>, before first paint, so a stored theme never flashes.
// Its SHA-256 is added to the CSP in astro.config.mjs; edit freely, the hash follows.
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var theme = localStorage.getItem('warm-open:theme');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  } catch (e) {
    /* storage blocked: follow the system theme */
  }
})();
