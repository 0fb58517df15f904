// Photo viewer for the galleries: PhotoSwipe 5 (MIT, from npm, copied into theme/vendor/ by
// the build; see plugins/gallery/viewer.py for why it and not code of our own). Without this
// module every thumbnail is a plain link to the largest image, so nothing depends on it.
// Labels are not written here: the page renders them from the gettext catalogs into the
// grid's data-label-* attributes, in the page's language.
import PhotoSwipeLightbox from '../vendor/photoswipe/photoswipe-lightbox.esm.min.js';

const vendor = new URL('../vendor/photoswipe/', import.meta.url);

// PhotoSwipe's own stylesheet, only on pages that have a gallery (a <link> keeps CSP simple).
const style = document.createElement('link');
style.rel = 'stylesheet';
style.href = new URL('photoswipe.css', vendor).href;
document.head.append(style);

function setUp(grid) {
  const label = grid.dataset;
  const links = [...grid.querySelectorAll('a[data-pswp-width]')];
  const lightbox = new PhotoSwipeLightbox({
    gallery: grid,
    children: 'a[data-pswp-width]',
    pswpModule: () => import(new URL('photoswipe.esm.min.js', vendor).href), // core on first open
    closeTitle: label.labelClose,
    zoomTitle: label.labelZoom,
    arrowPrevTitle: label.labelPrevious,
    arrowNextTitle: label.labelNext,
    errorMsg: label.labelError,
    returnFocus: false, // done below, for pointer opens too
  });

  lightbox.on('uiRegister', () => {
    const pswp = lightbox.pswp;
    // A modal dialog named in the page's language; PhotoSwipe's built-in English role
    // descriptions ("carousel", "slide") go, the roles stay.
    pswp.element.setAttribute('aria-modal', 'true');
    pswp.element.setAttribute('aria-label', label.labelDialog);
    pswp.scrollWrap.removeAttribute('aria-roledescription');
    pswp.mainScroll.itemHolders.forEach((holder) => holder.el.removeAttribute('aria-roledescription'));
    pswp.ui.registerElement({
      name: 'caption',
      order: 9,
      isButton: false,
      appendTo: 'root',
      onInit: (element) => {
        element.setAttribute('aria-live', 'polite');
        const position = document.createElement('span');
        position.className = 'visually-hidden';
        const text = document.createElement('span');
        element.append(position, text);
        pswp.on('change', () => {
          const link = links[pswp.currIndex];
          position.textContent = label.labelPosition
            .replace('{num}', String(pswp.currIndex + 1))
            .replace('{count}', String(pswp.getNumItems())) + ' ';
          text.textContent = (link && link.dataset.caption) || ''; // text, never HTML
          element.classList.toggle('pswp__caption--empty', !text.textContent);
        });
      },
    });
  });

  // Tab and Shift+Tab go round the viewer's visible buttons: PhotoSwipe only pulls focus
  // back in when it lands elsewhere on the page, not when it leaves the page.
  lightbox.on('keydown', (event) => {
    const key = event.originalEvent;
    if (key.key !== 'Tab') return;
    const stops = [...lightbox.pswp.element.querySelectorAll('button')]
      .filter((button) => !button.disabled && button.offsetParent !== null);
    if (!stops.length) return;
    const at = stops.indexOf(document.activeElement);
    const next = key.shiftKey ? (at <= 0 ? stops.length - 1 : at - 1) : (at + 1) % stops.length;
    key.preventDefault();
    event.preventDefault();
    stops[next].focus();
  });

  // Keep keyboard focus inside the viewer from the start, however it was opened...
  lightbox.on('openingAnimationEnd', () => {
    const root = lightbox.pswp.element;
    if (!root.contains(document.activeElement)) root.focus();
  });
  // ...and give it back to the thumbnail of the photo shown last.
  let shownLast = null;
  lightbox.on('close', () => { shownLast = links[lightbox.pswp.currIndex]; });
  lightbox.on('destroy', () => shownLast && shownLast.focus({ preventScroll: true }));
  lightbox.init();
}

document.querySelectorAll('[data-gallery]').forEach(setUp);
