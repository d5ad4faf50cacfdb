"""The questionnaire, the live progress page and the result, in a real browser on a phone screen."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]


def sign_in(page, live_server, email, password):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Hello").first.wait_for()


PASSWORD = "a long enough passphrase"


def start_as_new_patient(page, live_server, make_user, email, **profile):
    """A new patient signs in and opens the symptom check."""
    make_user("patient", email=email, password=PASSWORD, **profile)
    sign_in(page, live_server, email, PASSWORD)
    page.goto(f"{live_server.url}/triage/start/")


def pick_complaint(page, words, label, *, exact=False):
    page.get_by_label("Search for your main symptom").fill(words)
    page.get_by_label(label, exact=exact).first.check()
    page.get_by_role("button", name="Next").click()


def answer_no_until_about_you(page, *, warning_sign: str | None = None):
    """One red-flag question per screen ("No" to each), then the danger-sign checklist."""
    about = page.get_by_role("heading", name="About this problem")
    while True:
        # Wait for the next screen to be drawn before reading it: a count taken mid-render sees none of them.
        warning = page.get_by_role("heading", name="Warning signs")
        no = page.get_by_label("No", exact=True)
        about.or_(warning).or_(no).first.wait_for()
        if about.count():
            break
        if warning.count():
            if warning_sign:
                page.get_by_label(warning_sign).check()
            else:
                page.get_by_label("None of these").check()
        else:
            page.get_by_label("No", exact=True).check()
        page.get_by_role("button", name="Next").click()


def add_dependant(page, name: str, born: str, sex: str, relationship: str):
    """From the questionnaire's "Add them" link: a person the patient cares for, then back to their check."""
    page.get_by_role("link", name="Add them").click()
    page.get_by_label("Their full name").fill(name)
    page.get_by_label("Their date of birth").fill(born)
    page.get_by_label("Their sex").select_option(sex)
    page.get_by_label("Who are they to you?").select_option(relationship)
    page.get_by_role("button", name="Add").click()
    page.get_by_role("heading", name=f"Check {name}'s symptoms").wait_for()


def describe_the_problem(page, pain: int, onset: str, duration: str):
    """The pain score and how it started and how long, on "About this problem"."""
    page.locator(f"#g-pain-{pain}").check()
    page.get_by_label(onset).check()
    page.get_by_label(duration).check()


_UNANSWERED_YES_NO = """() => [...new Set([...document.querySelectorAll('input[type=radio][name^="g-"]')]
    .map(i => i.name))].filter(n => n !== 'g-pain' && !document.querySelector(`input[name="${n}"]:checked`))"""


def answer_the_rest(page, choice="no"):
    """Every yes/no on this screen not answered yet gets `choice` ("no", "yes" or "unsure"): none is preset."""
    for name in page.evaluate(_UNANSWERED_YES_NO):
        page.locator(f"#{name}-{choice}").check()


def next_through_about(page):
    """Answer "No" to the rest of "About this problem" and of the health screen, then on to measurements."""
    answer_the_rest(page)
    page.get_by_role("button", name="Next").click()
    health = page.get_by_role("heading", name=re.compile(r"About (your|their) health"))
    measurements = page.get_by_role("heading", name="Measurements (optional)")
    health.or_(measurements).wait_for()
    if health.count():
        answer_the_rest(page)
        page.get_by_role("button", name="Next").click()
    measurements.wait_for()


def test_patient_answers_one_screen_at_a_time_and_sees_the_result(live_server, page, make_user, celery_worker_thread):
    make_user("patient", email="q@example.test", password="a long enough passphrase")
    sign_in(page, live_server, "q@example.test", "a long enough passphrase")
    page.get_by_role("link", name="Start a symptom check").click()

    page.get_by_label("Search for your main symptom").fill("sore throat")
    page.get_by_label("Sore throat").first.check()
    page.get_by_role("button", name="Next").click()

    answer_no_until_about_you(page)

    describe_the_problem(page, 3, "Gradually (over hours or days)", "3 to 6 days")
    next_through_about(page)
    page.get_by_label("Temperature (°C)").fill("37.4")
    page.get_by_role("button", name="Next").click()
    page.get_by_role("heading", name="Check your answers").wait_for()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.get_by_role("button", name="Send my answers").click()

    # The progress page updates by itself and turns into the result.
    page.get_by_role("heading", name="You can look after this at home").wait_for(timeout=20_000)
    assert page.get_by_role("heading", name="Why we say this").is_visible()
    assert page.get_by_role("link", name="Your next steps and advice").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_life_threat_shows_the_emergency_number(live_server, page, make_user, celery_worker_thread):
    start_as_new_patient(page, live_server, make_user, "es@example.test")
    pick_complaint(page, "chest", "Chest pain or tightness")
    # No warning question answered yes: the life threat shows only in the calculation (severe chest pain 9/10,
    # CTAS cardiac features / AHA), so the whole questionnaire is walked and the result says call now.
    answer_no_until_about_you(page)
    describe_the_problem(page, 9, "Suddenly (within seconds or minutes)", "Less than 1 hour")
    next_through_about(page)
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Send my answers").click()
    page.get_by_role("heading", name="Call 112 now").wait_for(timeout=20_000)
    call = page.get_by_role("link", name="Call 112")
    assert call.get_attribute("href") == "tel:112"
    assert page.get_by_role("link", name="Book a place in the ER queue").count() == 0


def test_a_danger_sign_ticked_for_a_minor_complaint_calls_for_an_ambulance(
    live_server, page, make_user, celery_worker_thread
):
    """NICE NG51 / UK Sepsis Trust: a non-blanching rash matters whatever complaint the patient picked."""
    start_as_new_patient(page, live_server, make_user, "ds@example.test")
    pick_complaint(page, "my throat is really sore", "Sore throat")
    warning = page.get_by_role("heading", name="Warning signs")
    no = page.get_by_label("No", exact=True)
    while True:
        # Wait for the next screen to be drawn before reading it (as answer_no_until_about_you does).
        warning.or_(no).first.wait_for()
        if warning.count():
            break
        no.check()
        page.get_by_role("button", name="Next").click()
    # "Next" on the checklist with nothing ticked is refused: "none of these" must be said.
    page.get_by_role("button", name="Next").click()
    page.get_by_text("Tick any that apply").wait_for()
    page.get_by_label("A rash that does not fade when a glass is pressed on it").check()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("heading", name="Call 112 now").wait_for(timeout=5_000)
    assert page.get_by_text("You told us: a rash that does not fade under a pressed glass").count()
    page.get_by_role("link", name="Your answers were saved: see your result").wait_for(timeout=10_000)


def _sent_record(email):
    from triage.models import TriageRecord

    return TriageRecord.objects.filter(patient__email=email).order_by("-pk").first()


def test_an_emergency_answer_ends_the_questionnaire_at_once_adult(live_server, page, make_user, celery_worker_thread):
    """Issue 10: a 999 answer shows the call-now screen straight away; the record is stored and agrees with it."""
    start_as_new_patient(page, live_server, make_user, "stop@example.test")
    pick_complaint(page, "chest", "Chest pain or tightness")
    page.get_by_label("Yes", exact=True).check()  # pressure or spreading pain: a cardiac feature, 999
    page.get_by_role("button", name="Next").click()
    page.get_by_role("heading", name="Call 112 now").wait_for(timeout=5_000)
    assert page.get_by_role("link", name="Call 112").get_attribute("href") == "tel:112"
    assert page.get_by_text("You told us: chest pain that feels like pressure").count()
    page.get_by_role("link", name="Your answers were saved: see your result").wait_for(timeout=10_000)
    record = _sent_record("stop@example.test")
    assert record.answers["stopped_early"] is True
    # The stored result agrees with the screen once the worker has calculated it.
    page.get_by_role("link", name="Your answers were saved: see your result").click()
    page.get_by_role("heading", name="Call 112 now").wait_for(timeout=20_000)
    assert _sent_record("stop@example.test").disposition == "emergency_services"  # protected FSM: fetch afresh


def test_an_emergency_sign_for_a_child_ends_the_questionnaire_and_details_can_follow(
    live_server, page, make_user, celery_worker_thread
):
    """A 2-year-old grunting with a cough (NICE NG143 red): call now, then optional details for the crew."""
    import datetime as dt

    age_2 = dt.date.today() - dt.timedelta(days=2 * 365 + 30)
    start_as_new_patient(page, live_server, make_user, "child@example.test", date_of_birth=age_2)
    pick_complaint(page, "cough", "Cough", exact=True)
    while page.get_by_role("heading", name="Warning signs").count() == 0:
        page.get_by_label("No", exact=True).check()
        page.get_by_role("button", name="Next").click()
    page.get_by_label("Grunting, sucking in under the ribs with each breath, or pauses in breathing").check()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("heading", name="Call 112 now").wait_for(timeout=5_000)
    page.get_by_role("link", name="Your answers were saved: see your result").wait_for(timeout=10_000)
    early = _sent_record("child@example.test")
    # The rest is optional: the parent can still add the details, which are sent as a follow-up record.
    page.get_by_role("button", name="Add details for the ambulance crew (optional)").click()
    page.get_by_role("heading", name="About this problem").wait_for()
    page.locator("#g-pain-2").check()
    page.get_by_label("Gradually (over hours or days)").check()
    page.get_by_label("1 to 2 days").check()
    next_through_about(page)
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Send my answers").click()
    page.get_by_role("heading", name="Call 112 now").wait_for(timeout=20_000)
    follow_up = _sent_record("child@example.test")
    assert follow_up.pk != early.pk and follow_up.prefilled_from_id == early.pk


def test_pain_needs_a_clear_answer_the_step_count_is_honest_and_not_sure_is_not_none(
    live_server, page, make_user, celery_worker_thread
):
    """Issue 10, item 3: no preset pain score, no total claimed before the complaint is known, and "not sure"
    on the warning signs counts toward urgency (an amber feature) instead of reading as "none"."""
    start_as_new_patient(page, live_server, make_user, "honest@example.test")
    page.get_by_text("Step 1", exact=True).wait_for()
    pick_complaint(page, "sore throat", "Sore throat")
    assert page.get_by_text("Step 2 of").count()
    while page.get_by_role("heading", name="Warning signs").count() == 0:
        page.get_by_label("No", exact=True).check()
        page.get_by_role("button", name="Next").click()
    page.get_by_label("Not sure about some of these").check()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("heading", name="About this problem").wait_for()
    assert not page.locator("input[name=g-pain]:checked").count()
    page.get_by_label("Gradually (over hours or days)").check()
    page.get_by_label("1 to 2 days").check()
    page.get_by_role("button", name="Next").click()
    page.get_by_text("Please answer").wait_for()  # pain was not given: no silent 0
    page.locator("#g-pain-2").check()
    page.get_by_role("button", name="Next").click()
    page.get_by_text("Please answer").wait_for()  # nor is an unanswered yes/no a silent "no"
    answer_the_rest(page)
    page.get_by_role("button", name="Next").click()
    page.get_by_role("heading", name="About your health").wait_for()
    assert page.get_by_text("Step 1", exact=True).count() == 0
    answer_the_rest(page, "unsure")  # "not sure" about the immune system, blood thinners, diabetes
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Send my answers").click()
    page.wait_for_url(re.compile(r".*/triage/\d+/$"))
    record = _sent_record("honest@example.test")
    assert record.answers["danger_signs"]["ds_not_sure"] is True and record.answers["pain"] == 2
    assert record.answers["immunocompromised"] is None and record.answers["diabetes"] is None


def test_a_parent_adds_their_baby_and_the_check_uses_the_babys_age(live_server, page, make_user, celery_worker_thread):
    """Issue 10, item 2: like NHS 111 online, a parent fills it in for their baby, whose age the engine uses."""
    import datetime as dt

    start_as_new_patient(page, live_server, make_user, "parent@example.test", date_of_birth=dt.date(1990, 3, 3))
    # Back on the questionnaire, for the baby.
    add_dependant(page, "Milo Example", (dt.date.today() - dt.timedelta(days=60)).isoformat(), "male", "child")
    pick_complaint(page, "baby has a temperature", "Fever in a baby or young child (under 5)")
    page.get_by_label("Yes", exact=True).check()  # under 3 months with 38 °C or more: NICE NG143 red
    page.get_by_role("button", name="Next").click()
    page.get_by_role("link", name="Your answers were saved: see your result").wait_for(timeout=10_000)
    record = _sent_record("parent@example.test")
    assert record.dependant.full_name == "Milo Example"
    assert record.answers["age_years"] < 0.25 and record.answers["sex"] == "male"
    # The next check asks whom it is for.
    page.goto(f"{live_server.url}/triage/start/")
    page.get_by_role("heading", name="Who is this symptom check for?").wait_for()
    assert page.get_by_role("link", name="Milo Example").count() == 1


def test_the_clinician_record_page_fits_a_phone(live_server, page, make_user, celery_worker_thread):
    """Issue 10, item 4: a clinician reads a record, answers first-class, on a 375 px phone."""
    from triage.services import triage_record_calculate, triage_record_create, triage_record_override

    patient = make_user("patient", email="chart@example.test", full_name="Chart Patient")
    answers = {"complaint": "sore_throat", "pain": 4, "onset": "gradual", "duration": "3_6d", "red_flags": {}}
    record, _ = triage_record_create(patient=patient, raw_answers=answers)
    triage_record_calculate(record_id=record.pk)
    clinician = make_user("clinician", email="doc@example.test", password=PASSWORD)
    triage_record_override(
        record_id=record.pk,
        actor=clinician,
        acuity=3,
        disposition="urgent",
        reason="A long internal note that must wrap rather than push the page sideways on a small phone screen",
        patient_message="Please see a nurse today.",
    )
    sign_in(page, live_server, "doc@example.test", PASSWORD)
    page.goto(f"{live_server.url}/triage/{record.pk}/")
    page.get_by_role("heading", name="Answers").wait_for()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_questions_speak_of_the_person_the_check_is_for(live_server, page, make_user, celery_worker_thread):
    """Issue 10, item 7: for yourself every question says "you"; for someone you care for, "they"."""
    import datetime as dt

    start_as_new_patient(page, live_server, make_user, "daughter@example.test", date_of_birth=dt.date(1975, 3, 3))
    pick_complaint(page, "cough", "Cough", exact=True)
    answer_no_until_about_you(page)
    page.get_by_text("How long have you had it?").wait_for()
    # Now for her mother: the same questions, about her.
    page.goto(f"{live_server.url}/triage/start/")
    add_dependant(page, "Rose Example", "1944-05-01", "female", "parent")
    pick_complaint(page, "cough", "Cough", exact=True)
    answer_no_until_about_you(page)
    page.get_by_text("How long have they had it?").wait_for()
    describe_the_problem(page, 2, "Gradually (over hours or days)", "3 to 6 days")
    answer_the_rest(page)
    page.get_by_role("button", name="Next").click()
    page.get_by_role("heading", name="About their health").wait_for()
    assert page.get_by_text("Do they take blood-thinning medicine", exact=False).count() == 1
    legends = " ".join(page.locator("legend").all_inner_texts())
    assert not re.search(r"\b(you|your)\b", legends, re.IGNORECASE), legends


def test_a_french_speaker_switches_language_and_the_emergency_screen_speaks_french(
    live_server, page, make_user, celery_worker_thread
):
    """Issue 10: the switcher at the foot of the page; French search words, questions, buttons and call-now."""
    make_user("patient", email="fr@example.test", password=PASSWORD)
    sign_in(page, live_server, "fr@example.test", PASSWORD)
    page.get_by_label("Language").select_option("fr")
    page.get_by_role("button", name="Change language").click()
    page.get_by_role("button", name="Changer de langue").wait_for()
    assert page.locator("html").get_attribute("lang") == "fr"
    page.goto(f"{live_server.url}/triage/start/")
    page.get_by_role("heading", name="Quel est le problème principal ?").wait_for()
    page.get_by_label("Recherchez votre symptôme principal").fill("douleur poitrine")
    page.get_by_label("Douleur ou serrement à la poitrine").first.check()
    page.get_by_role("button", name="Suivant").click()
    page.get_by_label("Oui", exact=True).check()  # pressure or spreading pain: a cardiac feature, 999
    page.get_by_role("button", name="Suivant").click()
    page.get_by_role("heading", name="Appelez le 112 maintenant").wait_for(timeout=5_000)
    assert page.get_by_text("douleur à la poitrine qui ressemble à une pression").count()
    page.get_by_role("link", name="Vos réponses ont été enregistrées : voir votre résultat").click()
    page.locator("h1").first.wait_for()
    page.wait_for_function("() => !document.body.innerText.includes('Call 112')", timeout=20_000)
    assert _sent_record("fr@example.test").disposition == "emergency_services"
