/* The result page while the answers are worked out (no inline script: the Content-Security-Policy forbids it). */
// Poll the record every 2 s; reload into the result once the state settles.
(function () {
  var box = document.getElementById("progress");
  if (!box) return;
  var url = box.dataset.pollUrl, last = box.dataset.state, delay = 2000;
  var order = ["requested", "recorded", "calculating", "completed"];
  // Whole sentences, one per state, so each language can word (and agree) them its own way.
  var sentences = {
    requested: gettext("Your answers are requested. This page updates by itself."),
    recorded: gettext("Your answers are recorded. This page updates by itself."),
    calculating: gettext("Your answers are calculating. This page updates by itself."),
    completed: gettext("Your answers are completed. This page updates by itself.")
  };
  // The step names are the server's (already in the page's language): keep them, only move the tick.
  box.querySelectorAll("[data-step]").forEach(function (li) {
    li.dataset.label = li.textContent.replace(/^\u2713\s*/, "");
  });
  function mark(state) {
    var reached = order.indexOf(state);
    box.querySelectorAll("[data-step]").forEach(function (li, i) {
      li.textContent = (i <= reached ? "\u2713 " : "") + li.dataset.label;
      if (i === reached) li.setAttribute("aria-current", "step"); else li.removeAttribute("aria-current");
    });
    document.getElementById("progress-status").textContent = sentences[state] || gettext("This page updates by itself.");
  }
  function poll() {
    fetch(url, {headers: {"Accept": "application/json"}, credentials: "same-origin"})
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (record) {
        if (record.state !== last) { last = record.state; mark(last); }
        if (["completed", "failed", "cancelled"].indexOf(last) >= 0) { window.location.reload(); return; }
        setTimeout(poll, delay);
      })
      .catch(function () { delay = Math.min(delay * 2, 15000); setTimeout(poll, delay); });
  }
  setTimeout(poll, 1000);
})();
