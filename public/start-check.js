// The page's safety net, a classic script outside the bundle: if a file the page needs to start (its start code, a
// chunk it preloads, its style sheet) fails to load before the app has drawn anything, it says so and offers a Retry,
// instead of a blank page. External, not inline, so that the page's Content-Security-Policy allows it.
(function () {
  var shown = false;
  function started() {
    var root = document.getElementById('root');
    return !!(root && root.hasChildNodes());
  }
  function fileOf(el) {
    var url = el.src || el.href || '';
    return url.slice(url.lastIndexOf('/') + 1) || 'a file';
  }
  // a failed chunk the app managed without (it asked again, or reported it in its own panel): once the app is ready,
  // this message is moot; a missing style sheet is not, and its message stays
  function dismissWhenReady(box) {
    var root = document.getElementById('root');
    if (!root) return;
    var watch = new MutationObserver(function () {
      if (root.getAttribute('data-ready') !== 'true') return;
      watch.disconnect();
      box.remove();
      shown = false;
    });
    watch.observe(root, { attributes: true, attributeFilter: ['data-ready'] });
  }
  function show(what, sticky) {
    if (shown) return;
    shown = true;
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'start-failure');
    // styled from script (the style sheet may be the file that failed); the CSSOM is allowed by the policy
    var s = box.style;
    s.position = 'fixed';
    s.left = '50%';
    s.top = '30%';
    s.transform = 'translateX(-50%)';
    s.zIndex = '100';
    s.maxWidth = '32em';
    s.padding = '16px 20px';
    s.background = '#fff';
    s.color = '#111';
    s.border = '2px solid #b00020';
    s.font = '16px system-ui, sans-serif';
    var p = document.createElement('p');
    p.textContent =
      'PointAtlas could not start: part of the page (' +
      what +
      ') did not load. Check the connection, then try again.';
    var retry = document.createElement('button');
    retry.type = 'button';
    retry.textContent = 'Retry';
    retry.style.font = 'inherit';
    retry.addEventListener('click', function () {
      location.reload();
    });
    box.appendChild(p);
    box.appendChild(retry);
    (document.body || document.documentElement).appendChild(box);
    if (!sticky) dismissWhenReady(box);
  }
  window.addEventListener(
    'error',
    function (e) {
      var el = e.target;
      if (!el || (el.tagName !== 'SCRIPT' && el.tagName !== 'LINK')) return;
      // a chunk or style sheet of the page itself; once the app runs, it reports its own failures
      if (el.tagName === 'LINK' && !/stylesheet|modulepreload/.test(el.rel)) return;
      if (el.tagName === 'SCRIPT' || el.rel === 'stylesheet' || !started()) show(fileOf(el), el.rel === 'stylesheet');
    },
    true,
  );
  window.addEventListener('pointatlas:start-failed', function () {
    show('its start code');
  });
})();
