// Staff board and "now calling" screen: re-fetch the server-rendered fragment and swap it in, without a
// reload. A swap waits while a control inside has focus.
//
// A box with data-live-url follows its room's queue through server-sent events: each `queue` event
// re-fetches the fragment once (events that come while a fetch is in flight give one more fetch after it),
// and the status says "Live". While the stream is not open (before it opens, while the browser reconnects
// by itself, or after it was refused, e.g. a 503 under a plain WSGI server, when a new one is tried after
// 60 s) the box polls every few seconds as before. Without EventSource or data-live-url it only polls.
// The box's data-live says which: "open" or "polling".
"use strict";
(function () {
  const retryStreamAfter = 60 * 1000;
  document.querySelectorAll("[data-refresh-url]").forEach((box) => {
    const url = box.dataset.refreshUrl;
    const liveUrl = window.EventSource ? box.dataset.liveUrl : "";
    const every = Math.min(Number(box.dataset.pollSeconds) || 5, 10) * 1000;
    const status = document.getElementById(box.dataset.statusId || "");
    const pollingText = status ? status.textContent : ""; // "Refreshes every N seconds", from the server
    let source = null;
    let streaming = false; // from the stream's `open` until its `error`: no polling meanwhile
    let timer = null; // the next poll
    let retry = null; // the next new EventSource after one was closed
    let fetching = false;
    let again = false; // a change came while fetching, or while a control had focus: fetch once more

    function say(text) {
      if (status && status.textContent !== text) status.textContent = text;
    }

    async function refresh() {
      if (fetching) {
        again = true;
        return;
      }
      const focused = document.activeElement;
      const busy = focused && box.contains(focused) && ["SELECT", "INPUT", "TEXTAREA"].includes(focused.tagName);
      if (busy) {
        again = true; // swapped when the focus leaves the box (or at the next poll)
        return;
      }
      again = false;
      fetching = true;
      try {
        const response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
        if (response.ok) {
          box.innerHTML = await response.text();
          if (streaming) say(gettext("Live"));
          else say(interpolate(gettext("Updated at %(time)s"), { time: new Date().toLocaleTimeString([], { hour12: false }) }, true));
        } else {
          say(interpolate(gettext("Could not refresh (%(status)s); retrying."), { status: response.status }, true));
        }
      } catch (error) {
        say(gettext("Offline; retrying."));
      } finally {
        fetching = false;
      }
      if (again) refresh();
    }

    function schedule() {
      clearTimeout(timer);
      timer = streaming ? null : setTimeout(tick, every);
    }

    async function tick() {
      timer = null;
      if (streaming) return;
      await refresh();
      schedule();
    }

    function connect() {
      clearTimeout(retry);
      retry = null;
      if (source) source.close();
      source = new EventSource(liveUrl);
      const mine = source;
      source.addEventListener("open", () => {
        if (mine !== source) return;
        streaming = true;
        box.dataset.live = "open";
        clearTimeout(timer);
        timer = null;
        say(gettext("Live"));
      });
      source.addEventListener("queue", () => {
        if (mine === source) refresh();
      });
      source.addEventListener("error", () => {
        if (mine !== source) return;
        const wasStreaming = streaming;
        streaming = false;
        box.dataset.live = "polling";
        if (source.readyState === EventSource.CLOSED) {
          source = null;
          retry = setTimeout(connect, retryStreamAfter);
        }
        if (wasStreaming) {
          say(pollingText);
          tick(); // changes may have been missed while the stream was down
        } else if (timer === null && !fetching) {
          schedule();
        }
      });
    }

    box.addEventListener("focusout", () => {
      setTimeout(() => {
        if (again && !fetching) refresh();
      }, 0);
    });
    box.dataset.live = "polling";
    if (liveUrl) connect();
    schedule();
  });
})();
