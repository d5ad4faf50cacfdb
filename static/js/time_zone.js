/* Tell the server this browser's time zone once, so times on pages and in emails are the person's own. */
(function () {
  "use strict";
  var script = document.currentScript;
  var zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!script || !zone || zone === script.dataset.zone) return;
  var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
  var body = new URLSearchParams({ time_zone: zone });
  fetch(script.dataset.url, {
    method: "POST", credentials: "same-origin", body: body,
    headers: { "X-CSRFToken": match ? decodeURIComponent(match[1]) : "" }
  }).catch(function () { /* offline: try again on the next page */ });
  // No reload: the next page (and every email from now on) uses the zone; a reload could lose answers.
})();
