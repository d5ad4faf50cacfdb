/* The symptom questionnaire, rendered from the same catalogue the API serves
   (GET /api/v1/triage/questionnaire/), one screen at a time. Submits to the API. */
(function () {
  "use strict";
  var root = document.getElementById("questionnaire");
  if (!root) return;
  var catalogue = JSON.parse(document.getElementById("catalogue-data").textContent);
  var patient = JSON.parse(document.getElementById("patient-data").textContent);
  var prefill = JSON.parse(document.getElementById("prefill-data").textContent);
  var idempotencyKey = (window.crypto && crypto.randomUUID) ? crypto.randomUUID() : String(Date.now()) + Math.random();

  var complaints = {};
  catalogue.complaints.forEach(function (c) { complaints[c.code] = c; });
  var generalById = {};
  catalogue.general_questions.forEach(function (q) { generalById[q.id] = q; });

  var state = { complaint: null, red_flags: {}, danger_signs: null, general: { sex: patient.sex }, vitals: {}, screen: 0,
    early: null };  // set when an emergency answer stopped the questionnaire: { disposition, sign, recordId }
  if (prefill && prefill.answers) {
    var a = prefill.answers;
    state.complaint = a.complaint;
    state.red_flags = a.red_flags || {};
    state.danger_signs = a.danger_signs || null;
    Object.keys(generalById).forEach(function (id) { if (id in a && a[id] !== null && id !== "age_years") state.general[id] = a[id]; });
    state.vitals = a.vitals || {};
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else if (key === "onclick") node.addEventListener("click", attrs[key]);
      else if (key === "oninput") node.addEventListener("input", attrs[key]);
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function asked(question) {
    var when = question.asked_when;
    if (!when) return true;
    if (when.sex && when.sex.indexOf(state.general.sex) < 0) return false;
    if (when.min_age_years !== undefined && patient.age_years < when.min_age_years) return false;
    if (when.max_age_years !== undefined && patient.age_years > when.max_age_years) return false;
    if (when.self_care_first && !(state.complaint && complaints[state.complaint].self_care_first)) return false;
    return true;
  }

  // The cross-complaint danger signs for this age, less those the complaint's own questions ask.
  function dangerSigns() {
    if (!state.complaint) return [];
    var covered = complaints[state.complaint].danger_signs_covered;
    return catalogue.danger_signs.signs.filter(function (s) {
      if (covered.indexOf(s.id) >= 0) return false;
      if (patient.age_years < s.min_age_years) return false;
      return s.max_age_years === null || patient.age_years < s.max_age_years;
    });
  }

  function screens() {
    var list = [{ kind: "complaint" }];
    if (state.complaint) {
      complaints[state.complaint].red_flags.forEach(function (flag) {
        // Pregnancy-only questions are never put to someone who said they are male.
        if (flag.for_sexes && flag.for_sexes.indexOf(state.general.sex) < 0) return;
        // A reassuring question holds only for some ages (a small bleed after straining: adults under 50).
        if (flag.min_age_years !== null && patient.age_years < flag.min_age_years) return;
        if (flag.max_age_years !== null && patient.age_years >= flag.max_age_years) return;
        list.push({ kind: "flag", flag: flag });
      });
      if (dangerSigns().length) list.push({ kind: "danger" });
    }
    list.push({ kind: "about", part: "problem" });
    if (aboutQuestions("health").length) list.push({ kind: "about", part: "health" });
    list.push({ kind: "vitals" }, { kind: "review" });
    return list;
  }

  function nav(canNext, nextLabel) {
    var buttons = [];
    if (state.screen > 0) {
      buttons.push(el("button", { type: "button", "class": "secondary", text: gettext("Back"), onclick: function () { go(-1); } }));
    }
    if (canNext !== null) {
      buttons.push(el("button", { type: "submit", text: nextLabel || gettext("Next") }));
    }
    return el("p", { "class": "nav-buttons" }, buttons);
  }

  function go(delta) {
    state.screen = Math.max(0, Math.min(screens().length - 1, state.screen + delta));
    render();
  }

  function screenForm(onSubmit, children) {
    var form = el("form", { "class": "stacked", novalidate: "novalidate" }, children);
    form.addEventListener("submit", function (event) { event.preventDefault(); onSubmit(form); });
    return form;
  }

  function progress(list) {
    // The number of screens depends on the complaint's questions: until one is chosen, no total is claimed.
    var step = state.screen + 1;
    var text = state.complaint
      ? interpolate(gettext("Step %(step)s of %(total)s"), { step: step, total: list.length }, true)
      : interpolate(gettext("Step %(step)s"), { step: step }, true);
    return el("p", { "class": "help", text: text });
  }

  function complaintScreen() {
    var search = el("input", { id: "complaint-search", type: "search", autocomplete: "off",
      placeholder: gettext("For example: headache, sore throat, fell over"), "aria-describedby": "complaint-help" });
    var results = el("div", { id: "complaint-results", role: "radiogroup", "aria-label": gettext("Matching problems") });
    var error = el("p", { "class": "errorlist", id: "complaint-error", role: "alert" });
    function fits(c) { return !c.sexes || c.sexes.indexOf(state.general.sex) >= 0; }
    var searchUrl = root.getAttribute("data-search-url");
    var latest = 0;
    // The server ranks lay words ("baby won't feed") the same way for the page and the API; with no
    // answer (offline, error) every complaint is listed so the patient can still choose.
    function show() {
      var query = search.value.trim();
      var ticket = ++latest;
      if (!query) { list(catalogue.complaints.filter(fits)); return; }
      fetch(searchUrl + "?q=" + encodeURIComponent(query) + "&limit=12", { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
        .then(function (data) {
          if (ticket !== latest) return;
          list(data.results.map(function (r) { return complaints[r.code]; }).filter(function (c) { return c && fits(c); }));
        })
        .catch(function () { if (ticket === latest) list(catalogue.complaints.filter(fits)); });
    }
    function list(shown) {
      results.textContent = "";
      shown.forEach(function (c) {
        var id = "complaint-" + c.code;
        var input = el("input", { type: "radio", name: "complaint", id: id, value: c.code });
        if (c.code === state.complaint) input.checked = true;
        results.appendChild(el("div", { "class": "choice" }, [input, el("label", { "for": id, text: c.label })]));
      });
      if (!shown.length) results.appendChild(el("p", { text: gettext("Nothing matches. Try another word, or pick \u201cOther problem\u201d words like \u201cpain\u201d or \u201cfeeling unwell\u201d.") }));
    }
    var timer = null;
    search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(show, 150); });
    show();
    return screenForm(function (form) {
      var chosen = form.querySelector("input[name=complaint]:checked");
      if (!chosen) { error.textContent = gettext("Choose the problem that bothers you most."); return; }
      if (chosen.value !== state.complaint) { state.red_flags = {}; state.danger_signs = null; }
      state.complaint = chosen.value;
      go(1);
    }, [
      el("h2", { text: gettext("What is the main problem?") }),
      el("label", { "for": "complaint-search", text: gettext("Search for your main symptom") }),
      el("span", { "class": "helptext", id: "complaint-help", text: gettext("Type a word, then choose the closest match.") }),
      search, error, results, nav(true)
    ]);
  }

  function yesNo(name, current, legend, help) {
    var yes = el("input", { type: "radio", name: name, id: name + "-yes", value: "yes" });
    var no = el("input", { type: "radio", name: name, id: name + "-no", value: "no" });
    if (current === true) yes.checked = true;
    if (current === false) no.checked = true;
    var children = [el("legend", { text: legend })];
    if (help) children.push(el("span", { "class": "helptext", text: help }));
    children.push(el("div", { "class": "choice" }, [yes, el("label", { "for": name + "-yes", text: gettext("Yes") })]));
    children.push(el("div", { "class": "choice" }, [no, el("label", { "for": name + "-no", text: gettext("No") })]));
    return el("fieldset", {}, children);
  }

  // Every question in one voice: "you" for the patient, "they" when filling it in for someone they care for
  // (the catalogue serves both forms; triage/engine/wording.py).
  function ask(item) {
    return (patient.dependant ? item.for_someone_else : item.for_yourself) || item.question;
  }

  function radioValue(form, name) {
    var checked = form.querySelector("input[name='" + name + "']:checked");
    return checked ? checked.value : null;
  }

  function flagScreen(flag) {
    var error = el("p", { "class": "errorlist", role: "alert" });
    return screenForm(function (form) {
      var value = radioValue(form, "flag");
      // A reassuring question describes a harmless pattern: "not sure" must not count as a match, so the advice
      // is the opposite of a warning question's.
      if (value === null) { error.textContent = flag.reassuring ? gettext("Choose yes or no. If you are not sure, choose no.") : gettext("Choose yes or no. If you are not sure, choose yes."); return; }
      state.red_flags[flag.id] = value === "yes";
      if (value === "yes" && STOPS[flag.disposition] && !state.early) { stopEarly(flag.disposition, flag.sign); return; }
      go(1);
    }, [
      el("h2", { text: complaints[state.complaint].label }),
      yesNo("flag", state.red_flags[flag.id], ask(flag), flag.reassuring ?
        gettext("Answer yes only if all of it fits. If you are not sure, answer no: it is safer.") :
        gettext("If you are not sure, answer yes: it is safer.")),
      error, nav(true)
    ]);
  }

  function dangerScreen() {
    var signs = dangerSigns();
    var error = el("p", { "class": "errorlist", role: "alert" });
    var chosen = state.danger_signs || {};
    var boxes = signs.map(function (s) {
      var box = el("input", { type: "checkbox", name: "danger", id: "danger-" + s.id, value: s.id });
      if (chosen[s.id]) box.checked = true;
      return el("div", { "class": "choice" }, [box, el("label", { "for": "danger-" + s.id, text: ask(s) })]);
    });
    var unsureSign = catalogue.danger_signs.not_sure;
    var unsure = el("input", { type: "checkbox", name: "danger", id: "danger-" + unsureSign.id, value: unsureSign.id });
    if (chosen[unsureSign.id]) unsure.checked = true;
    var none = el("input", { type: "checkbox", name: "danger-none", id: "danger-none" });
    if (state.danger_signs && !signs.some(function (s) { return chosen[s.id]; })) none.checked = true;
    // "None of these" and a sign exclude each other, so the answer is never ambiguous.
    none.addEventListener("change", function () {
      if (none.checked) { boxes.forEach(function (b) { b.querySelector("input").checked = false; }); unsure.checked = false; }
    });
    unsure.addEventListener("change", function () { if (unsure.checked) none.checked = false; });
    boxes.forEach(function (b) { b.querySelector("input").addEventListener("change", function (e) { if (e.target.checked) none.checked = false; }); });
    return screenForm(function (form) {
      var ticked = Array.prototype.map.call(form.querySelectorAll("input[name=danger]:checked"), function (b) { return b.value; });
      if (!ticked.length && !none.checked) { error.textContent = interpolate(gettext("Tick any that apply, or \u201c%(none)s\u201d."), { none: catalogue.danger_signs.none_label }, true); return; }
      state.danger_signs = {};
      signs.forEach(function (s) { state.danger_signs[s.id] = ticked.indexOf(s.id) >= 0; });
      if (unsure.checked) state.danger_signs[unsureSign.id] = true;
      var stop = signs.filter(function (s) { return state.danger_signs[s.id] && STOPS[s.stops_with]; })
        .sort(function (a, b) { return STOPS[b.stops_with] - STOPS[a.stops_with]; })[0];
      if (stop && !state.early) { stopEarly(stop.stops_with, stop.sign); return; }
      go(1);
    }, [
      el("h2", { text: gettext("Warning signs") }),
      el("fieldset", {}, [el("legend", { text: catalogue.danger_signs.question })].concat(boxes).concat([
        el("div", { "class": "choice choice-unsure" }, [unsure, el("label", { "for": "danger-" + unsureSign.id, text: unsureSign.question })]),
        el("div", { "class": "choice choice-none" }, [none, el("label", { "for": "danger-none", text: catalogue.danger_signs.none_label })])
      ])),
      error, nav(true)
    ]);
  }

  function questionField(q) {
    var value = state.general[q.id];
    if (q.type === "boolean") {
      var field = yesNo("g-" + q.id, value, ask(q), q.help);
      if (q.allow_unknown) {
        var unsure = el("input", { type: "radio", name: "g-" + q.id, id: "g-" + q.id + "-unsure", value: "unsure" });
        if (value === null) unsure.checked = true;  // an earlier "not sure" (a re-check); never preselected otherwise
        field.appendChild(el("div", { "class": "choice" }, [unsure, el("label", { "for": "g-" + q.id + "-unsure", text: gettext("Not sure") })]));
      }
      return field;
    }
    if (q.type === "choice") {
      var options = [el("legend", { text: ask(q) })];
      q.choices.forEach(function (choice) {
        var id = "g-" + q.id + "-" + choice.value;
        var input = el("input", { type: "radio", name: "g-" + q.id, id: id, value: choice.value });
        if (value === choice.value) input.checked = true;
        options.push(el("div", { "class": "choice" }, [input, el("label", { "for": id, text: choice.label })]));
      });
      return el("fieldset", {}, options);
    }
    // integer scale (pain 0-10): one choice per number and none preselected, so "no answer" is never "0"
    var scale = [el("legend", { text: ask(q) })];
    for (var n = q.min; n <= q.max; n++) {
      var id = "g-" + q.id + "-" + n;
      var input = el("input", { type: "radio", name: "g-" + q.id, id: id, value: String(n) });
      if (value === n) input.checked = true;
      var label = n === q.min ? interpolate(gettext("%(number)s (none)"), { number: n }, true)
        : n === q.max ? interpolate(gettext("%(number)s (worst)"), { number: n }, true) : String(n);
      scale.push(el("div", { "class": "choice scale" }, [input, el("label", { "for": id, text: label })]));
    }
    return el("fieldset", { "class": "scale-0-10" }, scale);
  }

  // The general questions are two short screens: this problem (pain, start, how long, known before), then
  // health (pregnancy, immune system, blood thinners, diabetes, vaccinations). The profile gives age and sex.
  function aboutQuestions(part) {
    return catalogue.general_questions.filter(function (q) {
      return q.source !== "patient_profile" && q.screen === part && asked(q);
    });
  }

  function aboutScreen(part) {
    var questions = aboutQuestions(part);
    var heading = part === "problem" ? gettext("About this problem") : patient.dependant ? gettext("About their health") : gettext("About your health");
    var error = el("div", { "class": "errorlist", role: "alert" });
    var fields = questions.map(questionField);
    return screenForm(function (form) {
      var missing = [];
      questions.forEach(function (q) {
        var name = "g-" + q.id;
        if (q.type === "integer") {
          var picked = radioValue(form, name);
          if (picked === null) { if (q.required) missing.push(ask(q)); return; }
          state.general[q.id] = parseInt(picked, 10);
          return;
        }
        var value = radioValue(form, name);
        if (q.type === "boolean") {
          // Every yes/no needs an answer: nothing silently counts as "no". "Not sure" is sent as null.
          if (value === null) { missing.push(ask(q)); return; }
          state.general[q.id] = value === "yes" ? true : value === "no" ? false : null;
        } else {
          state.general[q.id] = value;
          if (value === null && q.required) missing.push(ask(q));
        }
      });
      // pregnancy is only asked for some; drop a stale answer when it no longer applies
      Object.keys(state.general).forEach(function (id) { if (generalById[id] && !asked(generalById[id])) delete state.general[id]; });
      if (missing.length) { error.textContent = interpolate(gettext("Please answer: %(questions)s"), { questions: missing.join(" ") }, true); return; }
      go(1);
    }, [el("h2", { text: heading })].concat(fields, [error, nav(true)]));
  }

  function vitalsScreen() {
    var fields = catalogue.vitals.map(function (v) {
      var id = "v-" + v.id, current = state.vitals[v.id];
      if (v.type === "choice") {
        var select = el("select", { id: id, name: id }, [el("option", { value: "", text: gettext("Not checked") })].concat(
          v.choices.map(function (c) { var o = el("option", { value: c.value, text: c.label }); if (current === c.value) o.selected = true; return o; })));
        return el("div", { "class": "field" }, [el("label", { "for": id, text: v.label }), select]);
      }
      if (v.type === "boolean") {
        var box = el("input", { type: "checkbox", id: id, name: id });
        if (current) box.checked = true;
        return el("div", { "class": "choice" }, [box, el("label", { "for": id, text: v.label })]);
      }
      var input = el("input", { id: id, name: id, type: "number", inputmode: v.type === "integer" ? "numeric" : "decimal",
        step: v.type === "integer" ? "1" : "0.1", min: v.min, max: v.max, value: current === undefined ? "" : current });
      var label = el("label", { "for": id, text: v.label + (v.unit ? " (" + v.unit + ")" : "") });
      var parts = [label, input];
      if (v.help) parts.push(el("span", { "class": "helptext", text: v.help }));
      return el("div", { "class": "field" }, parts);
    });
    return screenForm(function (form) {
      state.vitals = {};
      catalogue.vitals.forEach(function (v) {
        var input = form.querySelector("[name='v-" + v.id + "']");
        if (v.type === "boolean") { if (input.checked) state.vitals[v.id] = true; return; }
        if (input.value === "") return;
        state.vitals[v.id] = v.type === "choice" ? input.value : Number(input.value);
      });
      go(1);
    }, [
      el("h2", { text: gettext("Measurements (optional)") }),
      el("p", { "class": "help", text: gettext("Only if you have measured them today, for example with a home blood-pressure monitor. Leave the rest empty.") })
    ].concat(fields, [nav(true)]));
  }

  function answers() {
    var out = { complaint: state.complaint, red_flags: state.red_flags, danger_signs: state.danger_signs || {} };
    Object.keys(state.general).forEach(function (id) { if (state.general[id] !== undefined) out[id] = state.general[id]; });
    if (Object.keys(state.vitals).length) out.vitals = state.vitals;
    return out;
  }

  function reviewScreen() {
    var c = complaints[state.complaint];
    var rows = [[gettext("Main problem"), c.label]];
    c.red_flags.forEach(function (flag) {
      if (flag.for_sexes && flag.for_sexes.indexOf(state.general.sex) < 0) return;
      rows.push([ask(flag), state.red_flags[flag.id] ? gettext("Yes") : gettext("No")]);
    });
    var ticked = dangerSigns().filter(function (s) { return state.danger_signs && state.danger_signs[s.id]; });
    if (dangerSigns().length) rows.push([gettext("Warning signs"), ticked.length ? ticked.map(function (s) { return ask(s); }).join("; ") : catalogue.danger_signs.none_label]);
    catalogue.general_questions.forEach(function (q) {
      if (!(q.id in state.general) || q.source === "patient_profile") return;
      var v = state.general[q.id];
      var shown = v === true ? gettext("Yes") : v === false ? gettext("No") : v === null ? gettext("Not sure") : String(v);
      if (q.choices) q.choices.forEach(function (choice) { if (choice.value === v) shown = choice.label; });
      rows.push([ask(q), shown]);
    });
    catalogue.vitals.forEach(function (v) { if (v.id in state.vitals) rows.push([v.label, String(state.vitals[v.id]) + (v.unit ? " " + v.unit : "")]); });
    var list = el("dl", { "class": "review" }, []);
    rows.forEach(function (row) { list.appendChild(el("dt", { text: row[0] })); list.appendChild(el("dd", { text: row[1] })); });
    var error = el("div", { "class": "alert error", role: "alert", hidden: "hidden" });
    return screenForm(function (form) {
      var button = form.querySelector("button[type=submit]");
      button.disabled = true;
      button.textContent = gettext("Sending\u2026");
      var body = forPerson({ answers: answers() });
      var from = state.early && state.early.recordId ? state.early.recordId : prefill && prefill.record_id;
      if (from) body.prefilled_from = from;
      send(body, idempotencyKey).then(function (reply) {
        if (reply.ok) { window.location.href = root.dataset.recordUrl + reply.data.id + "/"; return; }
        var err = reply.data.error || {};
        var details = Object.keys(err.fields || {}).map(function (k) { return k + ": " + err.fields[k].join(" "); });
        error.textContent = (err.message || gettext("Something went wrong.")) + " " + details.join(" ");
        error.hidden = false;
        button.disabled = false;
        button.textContent = gettext("Send my answers");
      }).catch(function () {
        error.textContent = gettext("We could not send your answers. Check your connection and try again. If you feel very unwell, call emergency services.");
        error.hidden = false;
        button.disabled = false;
        button.textContent = gettext("Send my answers");
      });
    }, [el("h2", { text: gettext("Check your answers") }), list, error, nav(true, gettext("Send my answers"))]);
  }

  // Answers that mean "call emergency services" or "go to an emergency department" end the questionnaire at
  // once: the page says so before anything else, and sends what it has (the record is stored and calculated,
  // so staff see it; the rest counts as "no", which never lowers the level the answer forced).
  var STOPS = { emergency_services: 2, emergency: 1 };

  // A check for someone the patient cares for names them; the server uses their age and sex.
  function forPerson(body) {
    if (patient.dependant) body.dependant = patient.dependant;
    return body;
  }

  function send(body, key) {
    return fetch(root.dataset.submitUrl, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": csrfToken(), "Idempotency-Key": key },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (data) { return { ok: response.ok, data: data }; });
    });
  }

  function stopEarly(disposition, sign) {
    state.early = { disposition: disposition, sign: sign, recordId: null };
    var number = root.dataset.emergencyNumber;
    var call = disposition === "emergency_services";
    var status = el("p", { "class": "help", role: "status", text: gettext("Saving your answers for the clinical team\u2026") });
    var view = el("section", { "class": "early-stop " + (call ? "call-now" : "go-now") }, [
      el("h2", { text: call ? interpolate(gettext("Call %(number)s now"), { number: number }, true) : gettext("Go to an emergency department now") }),
      el("p", { text: interpolate(call ? gettext("You told us: %(sign)s. This can be life-threatening.")
        : gettext("You told us: %(sign)s. This needs to be checked in hospital now."), { sign: sign }, true) }),
      call ? el("p", {}, [el("a", { "class": "button call", href: "tel:" + number, text: interpolate(gettext("Call %(number)s"), { number: number }, true) })])
        : el("p", { text: interpolate(gettext("Do not drive yourself: ask someone to take you, or take a taxi. If you get worse on the way, call %(number)s."), { number: number }, true) }),
      call ? el("p", { text: gettext("While you wait: stay with the person, unlock the door, and if they stop breathing normally start CPR; the call handler will guide you.") }) : null,
      status,
      el("p", {}, [el("button", { type: "button", "class": "secondary", text: call ? gettext("Add details for the ambulance crew (optional)") : gettext("Add more details (optional)"),
        onclick: function () { go(1); } })])
    ]);
    root.textContent = "";
    root.appendChild(view);
    view.querySelector("h2").setAttribute("tabindex", "-1");
    view.querySelector("h2").focus();
    var body = forPerson({ answers: Object.assign(answers(), { stopped_early: true }) });
    if (prefill && prefill.record_id) body.prefilled_from = prefill.record_id;
    send(body, idempotencyKey + "-early").then(function (reply) {
      if (!reply.ok) throw new Error("not saved");
      state.early.recordId = reply.data.id;
      status.textContent = "";
      status.appendChild(el("a", { href: root.dataset.recordUrl + reply.data.id + "/", text: gettext("Your answers were saved: see your result") }));
    }).catch(function () {
      status.textContent = call
        ? interpolate(gettext("Your answers could not be saved, but do not wait: call %(number)s now."), { number: number }, true)
        : gettext("Your answers could not be saved, but do not wait: go now.");
    });
  }

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function render() {
    var list = screens();
    var screen = list[state.screen];
    var view = screen.kind === "complaint" ? complaintScreen()
      : screen.kind === "flag" ? flagScreen(screen.flag)
      : screen.kind === "danger" ? dangerScreen()
      : screen.kind === "about" ? aboutScreen(screen.part)
      : screen.kind === "vitals" ? vitalsScreen() : reviewScreen();
    root.textContent = "";
    root.appendChild(progress(list));
    root.appendChild(view);
    var heading = root.querySelector("h2");
    if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
  }

  render();
})();
