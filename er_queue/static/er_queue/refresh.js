// Staff board and "now calling" screen: re-fetch the server-rendered fragment every few
// seconds and swap it in, without a reload. A swap waits while a control inside has focus.
"use strict";
(function () {
  document.querySelectorAll("[data-refresh-url]").forEach((box) => {
    const url = box.dataset.refreshUrl;
    const every = Math.min(Number(box.dataset.pollSeconds) || 5, 10) * 1000;
    const status = document.getElementById(box.dataset.statusId || "");
    async function refresh() {
      const focused = document.activeElement;
      const busy = focused && box.contains(focused) && ["SELECT", "INPUT", "TEXTAREA"].includes(focused.tagName);
      if (!busy) {
        try {
          const response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
          if (response.ok) {
            box.innerHTML = await response.text();
            if (status) status.textContent = interpolate(gettext("Updated at %(time)s"), { time: new Date().toLocaleTimeString([], { hour12: false }) }, true);
          } else if (status) {
            status.textContent = interpolate(gettext("Could not refresh (%(status)s); retrying."), { status: response.status }, true);
          }
        } catch (error) {
          if (status) status.textContent = gettext("Offline; retrying.");
        }
      }
      setTimeout(refresh, every);
    }
    setTimeout(refresh, every);
  });
})();
