/* The demo page's first script, in its head (scripts/build-embed puts it there). The page holds
 * the build's first view of the plain page (no state in the URL) on a phone; for any other URL
 * or screen that view must not paint even once (styles/demo.css hides it), and demo.js, at the
 * end of the page so that the view arrives and paints before it, fetches the right one. */
if (location.hash.slice(1) || location.search.slice(1) || innerWidth > 600) {
  document.documentElement.setAttribute('data-qe-first-off', '');
}
