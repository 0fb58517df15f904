// Search with the edition's Pagefind index (written by plugins/search at <prefix>search/pagefind/).
// The query is folded first (search/fold.js: lower case, Cyrillic letters to Latin), because
// both Serbian editions index Latin text. Results show the title and date as the edition writes
// them (meta ct, date) and an excerpt with the matches marked: Pagefind's own for Latin text,
// rebuilt from the Cyrillic text (meta ctext) at Pagefind's word locations for the Cyrillic
// edition. Everything is written as DOM text nodes; Pagefind's excerpt is kept to <mark> only.
// On pages other than the results page this module only loads the index code ahead of use.
const box = document.querySelector('form.site-search');
const page = document.getElementById('search-page');
const PER_PAGE = 10;
const EXCERPT_WORDS = 30;
const DEBOUNCE_MS = 250;

const fromPage = (url) => new URL(url, document.baseURI).href;

let engine = null;
function loadEngine() {
  engine ??= (async () => {
    const [pagefind, folding] = await Promise.all([
      import(fromPage(box.dataset.pagefind)), import(fromPage(box.dataset.fold))]);
    // ct and ctext repeat the page in another script for display: not for ranking.
    // Result URLs are the pages' addresses from the site's root (made absolute below).
    await pagefind.options({
      baseUrl: '/', excerptLength: EXCERPT_WORDS, ranking: { metaWeights: { ct: 0, ctext: 0 } } });
    return { pagefind, fold: folding.fold };
  })();
  return engine;
}

// A window of the Cyrillic text's words around the most matches, the matched words marked.
function cyrillicExcerpt(target, text, locations) {
  const words = text.split(' ');
  const hits = [...new Set(locations)].filter((n) => n < words.length).sort((a, b) => a - b);
  let start = 0;
  let best = -1;
  for (const hit of hits) {
    const from = Math.max(0, Math.min(hit - 3, words.length - EXCERPT_WORDS));
    const count = hits.filter((n) => n >= from && n < from + EXCERPT_WORDS).length;
    if (count > best) { best = count; start = from; }
  }
  const end = Math.min(words.length, start + EXCERPT_WORDS);
  const marked = new Set(hits);
  if (start > 0) target.append('… ');
  for (let i = start; i < end; i++) {
    if (i > start) target.append(' ');
    if (marked.has(i)) {
      const mark = document.createElement('mark');
      mark.textContent = words[i];
      target.append(mark);
    } else {
      target.append(words[i]);
    }
  }
  if (end < words.length) target.append(' …');
}

// Pagefind's excerpt is HTML: keep its text and its <mark> elements, nothing else.
function pagefindExcerpt(target, html) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(node.textContent);
    }
  }
}

function resultItem(data) {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = new URL(data.url.replace(/^\//, ''), fromPage(box.dataset.root)).href;
  link.textContent = data.meta.ct || data.meta.title || data.url;
  heading.append(link);
  item.append(heading);
  if (data.meta.date) {
    const date = document.createElement('p');
    date.className = 'meta';
    date.textContent = data.meta.date;
    item.append(date);
  }
  const excerpt = document.createElement('p');
  if (data.meta.ctext) cyrillicExcerpt(excerpt, data.meta.ctext, data.locations);
  else pagefindExcerpt(excerpt, data.excerpt);
  item.append(excerpt);
  return item;
}

function resultsPage() {
  const form = page.querySelector('form');
  const input = page.querySelector('#search-q');
  const status = page.querySelector('#search-status');
  const list = page.querySelector('#search-results');
  const more = page.querySelector('#search-more');
  const unavailable = page.querySelector('#search-unavailable');
  const label = page.dataset;
  let run = 0;
  let found = [];
  let shown = 0;
  let timer = null;

  function fail() {
    unavailable.hidden = false;
    status.textContent = '';
    list.replaceChildren();
    more.hidden = true;
  }

  async function showMore(mine) {
    const next = found.slice(shown, shown + PER_PAGE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (mine !== run) return;
    list.append(...data.map(resultItem));
    shown += next.length;
    more.hidden = shown >= found.length;
  }

  async function search(query) {
    const mine = ++run;
    const term = query.trim();
    const address = new URL(location.href);
    if (term) address.searchParams.set('q', term); else address.searchParams.delete('q');
    history.replaceState(null, '', address);
    list.replaceChildren();
    more.hidden = true;
    found = [];
    shown = 0;
    if (!term) { status.textContent = ''; return; }
    status.textContent = label.labelSearching;
    try {
      const { pagefind, fold } = await loadEngine();
      const answer = await pagefind.search(fold(term));
      if (mine !== run) return;
      found = answer.results;
      await showMore(mine);
      if (mine !== run) return;
      status.textContent = found.length
        ? label.labelFound.replace('{count}', found.length) : label.labelNone;
    } catch (error) {
      if (mine === run) fail();
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(input.value), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    search(input.value);
  });
  more.addEventListener('click', () => showMore(run).catch(fail));
  const query = new URLSearchParams(location.search).get('q') || '';
  input.value = query;
  if (query) search(query);
}

if (box && page) resultsPage();
else if (box) loadEngine().catch(() => {});
