// Development only (`make devserver`): reload this page when a new build is published.
// The build writes a new random id into build-id.txt next to this file each time it
// succeeds; we ask for it a few times a second and reload when it differs from the id
// seen first. A failed build writes nothing, so the page stays as it was.
(() => {
  const url = new URL('build-id.txt', document.currentScript.src);
  const every = 300; // milliseconds: fast enough to feel immediate, cheap on 127.0.0.1
  let first = null;

  async function check() {
    try {
      const response = await fetch(url, { cache: 'no-store' });
      if (response.ok) {
        const id = (await response.text()).trim();
        if (first === null) {
          first = id;
        } else if (id !== first) {
          // Refresh the browser's copy first: the development server answers "not
          // modified" by file times in whole seconds, so a page rebuilt within the
          // second it was loaded would otherwise come back from the cache unchanged.
          await fetch(window.location.href, { cache: 'reload' }).catch(() => {});
          window.location.reload();
          return;
        }
      }
    } catch (error) {
      // The server is restarting (the settings changed): keep asking.
    }
    window.setTimeout(check, every);
  }

  check();
})();
