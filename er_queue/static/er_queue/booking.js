// The patient's booking page updates itself: it polls the booking's JSON every few seconds
// (fetch, no reload), redraws the slot number, the estimate and the message, warns when the
// turn is near and, at 0, says "It is your turn: arrive by HH:MM" in the phone's own time.
"use strict";
(function () {
  const live = document.getElementById("live");
  if (!live) return;
  const url = live.dataset.bookingUrl;
  const every = Math.min(Number(live.dataset.pollSeconds) || 5, 10) * 1000;
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

  let timer = null;
  async function poll() {
    clearTimeout(timer);
    try {
      const response = await fetch(url, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        cache: "no-store",
      });
      if (response.ok) {
        render(await response.json());
        byId("offline").hidden = true;
        setText("updated", interpolate(gettext("Updated at %(time)s"), { time: hhmm(new Date()) + ":" + two(new Date().getSeconds()) }, true));
      } else {
        byId("offline").hidden = false;
      }
    } catch (error) {
      byId("offline").hidden = false;
    }
    timer = setTimeout(poll, every);
  }

  document.addEventListener("visibilitychange", () => {
    if (!document.hidden) poll();
  });
  poll();
})();
