/* The advice page's next-step links (no inline script: the Content-Security-Policy forbids it). */
// An emergency call is never held up by a form: the link dials at once, and the response
// is recorded in the background when the browser allows it.
(function () {
  var nav = document.querySelector(".next-actions");
  if (!nav) return;
  nav.querySelectorAll("a[data-accept-url]").forEach(function (link) {
    link.addEventListener("click", function () {
      try {
        fetch(link.dataset.acceptUrl, {method: "POST", credentials: "same-origin", keepalive: true,
          redirect: "manual", headers: {"X-CSRFToken": nav.dataset.csrf}}).catch(function () {});
      } catch (e) { /* never block the call */ }
    });
  });
})();
