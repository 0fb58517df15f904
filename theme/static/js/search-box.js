// The header's search box, on every page. Without this script the box leads to the archives.
// On the first focus it points the form at this edition's results page and loads the search
// module (theme/static/js/search.js), which fetches the edition's index code; a visitor who
// never touches the box loads nothing more than this file.
const form = document.querySelector('form.site-search');

function upgrade() {
  form.action = form.dataset.results;
  // import() resolves against this module's address; the data-* URLs are the page's.
  // If it fails, the results page says why and leads to the archives and tags.
  import(new URL(form.dataset.module, document.baseURI).href).catch(() => {});
}

if (form) form.addEventListener('focusin', upgrade, { once: true });
