// The patient's booking page updates itself, redrawing the slot number, the estimate and the message,
// warning when the turn is near and, at 0, saying "It is your turn: arrive by HH:MM" in the phone's own time.
//
// Updates arrive through server-sent events when #live has data-live-url: each `position` event carries
// the booking JSON. While the stream is open the page does not poll. On a stream error it polls the
// booking's JSON every few seconds (fetch, no reload) as before: if the browser is reconnecting by itself
// (it resends Last-Event-ID) polling stops again once the stream reopens; if the stream is closed (e.g.
// a 503: live updates unavailable, as under a plain WSGI server) a new one is tried after 60 s. When the
// booking ends (completed, cancelled, expired, arrived) the server sends the last state and closes: the
// page closes its EventSource too, and stops updating; coming back to the tab checks once more.
// Without EventSource, or without data-live-url, the page only polls.
// #live's data-live says how updates come: "open" (stream), "polling" or "ended"; window.__healthsvcLive
// is the current EventSource (read by the browser tests).
"use strict";
(function () {
  const live = document.getElementById("live");
  if (!live) return;
  const url = live.dataset.bookingUrl;
  const liveUrl = window.EventSource ? live.dataset.liveUrl : "";
  const every = Math.min(Number(live.dataset.pollSeconds) || 5, 10) * 1000;
  const retryStreamAfter = 60 * 1000;
  const ENDED = ["completed", "cancelled", "expired", "arrived"];
  const byId = (id) => document.getElementById(id);
  const two = (n) => String(n).padStart(2, "0");
  const hhmm = (value) => {
    const moment = new Date(value);
    return two(moment.getHours()) + ":" + two(moment.getMinutes());
  };

  function messageFor(booking) {
    if (booking.state === "called" && booking.checkin_by) {
      return interpolate(gettext("It is your turn: arrive by %(time)s."), { time: hhmm(booking.checkin_by) }, true);
    }
    if (booking.state === "initialized" && booking.confirm_by) {
      return interpolate(gettext("Confirm your booking by %(time)s to keep your place."), { time: hhmm(booking.confirm_by) }, true);
    }
    return booking.message;
  }

  function setText(id, text) {
    const element = byId(id);
    if (element && element.textContent !== text) element.textContent = text;
  }

  function render(booking) {
    const changed = live.dataset.state !== booking.state;
    live.dataset.state = booking.state;
    setText("state", booking.state_label);
    setText("slot-number", booking.slot_number === null ? "–" : String(booking.slot_number));
    setText("message", messageFor(booking));
    setText("estimate-text", booking.estimated_wait_text || "");
    byId("near-front").hidden = !(booking.state === "confirmed" && booking.near_front);
    const checkin = byId("checkin"); // the long-wait check-in banner: shown while a prompt has no answer
    if (checkin) checkin.hidden = !booking.checkin_pending;
    document.querySelectorAll("[data-when]").forEach((element) => {
      element.hidden = !element.dataset.when.split(" ").includes(booking.state);
    });
    if (changed && booking.state === "called" && navigator.vibrate) navigator.vibrate([200, 100, 200]);
  }

  function rendered(booking) {
    render(booking);
    byId("offline").hidden = true;
    const now = new Date();
    setText("updated", interpolate(gettext("Updated at %(time)s"), { time: hhmm(now) + ":" + two(now.getSeconds()) }, true));
  }

  let source = null; // the current EventSource, if any
  let streaming = false; // true from its `open` until its `error`: no polling meanwhile
  let ended = false; // the stream gave the booking's final state: no stream, no polling
  let timer = null; // the next poll
  let retry = null; // the next new EventSource after one was closed
  let polling = false; // a poll is in flight

  function schedule() {
    clearTimeout(timer);
    timer = streaming || ended ? null : setTimeout(poll, every);
  }

  async function poll() {
    clearTimeout(timer);
    timer = null;
    if (streaming || polling) return;
    polling = true;
    try {
      const response = await fetch(url, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        cache: "no-store",
      });
      if (streaming) {
        // the stream opened meanwhile: its events are newer than this answer
      } else if (response.ok) {
        const booking = await response.json();
        rendered(booking);
        if (ended && !ENDED.includes(booking.state)) {
          ended = false; // taken back at the desk (undo): follow it again
          connect();
        }
      } else {
        byId("offline").hidden = false;
      }
    } catch (error) {
      byId("offline").hidden = false;
    } finally {
      polling = false;
    }
    schedule();
  }

  function connect() {
    clearTimeout(retry);
    retry = null;
    if (source) source.close();
    source = new EventSource(liveUrl);
    window.__healthsvcLive = source;
    const mine = source;
    source.addEventListener("open", () => {
      if (mine !== source) return;
      streaming = true;
      live.dataset.live = "open";
      clearTimeout(timer);
      timer = null;
    });
    source.addEventListener("position", (event) => {
      if (mine !== source) return;
      const booking = JSON.parse(event.data);
      rendered(booking);
      if (ENDED.includes(booking.state)) finish();
    });
    source.addEventListener("error", () => {
      if (mine !== source) return;
      const wasStreaming = streaming;
      streaming = false;
      live.dataset.live = "polling";
      if (source.readyState === EventSource.CLOSED) {
        source = null; // refused (e.g. 503): try a new stream later, poll meanwhile
        retry = setTimeout(connect, retryStreamAfter);
      } // else CONNECTING: the browser reconnects by itself; poll until it is back
      if (wasStreaming || (timer === null && !polling)) poll();
    });
  }

  function finish() {
    ended = true;
    streaming = false;
    live.dataset.live = "ended";
    if (source) source.close();
    source = null;
    clearTimeout(retry);
    clearTimeout(timer);
    retry = timer = null;
  }

  document.addEventListener("visibilitychange", () => {
    if (!document.hidden && !streaming) poll();
  });
  if (liveUrl && !ENDED.includes(live.dataset.state)) {
    live.dataset.live = "polling";
    connect();
    schedule(); // the page is fresh from the server; the stream's first event comes before this poll
  } else {
    live.dataset.live = "polling";
    poll();
  }
})();
