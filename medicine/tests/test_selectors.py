"""The safety judgement: who may take what, and why not (real catalogue, real PostgreSQL)."""

import math

import pytest

from healthsvc.errors import Invalid
from medicine.models import Indication, Medicine
from medicine.selectors import medicine_check, medicine_detail, medicine_search, medicines_for
from medicine.tests.patients import ADULT

pytestmark = pytest.mark.django_db


def report_for(complaint="headache", **context):
    return medicines_for(complaint_code=complaint, **{**ADULT, **context})


def suitable(report) -> dict:
    return {item.medicine.slug: item for item in report.suitable}


def excluded(report) -> dict:
    return {item.medicine.slug: item for item in report.excluded}


def codes(item) -> set[str]:
    return {reason.code for reason in item.reasons}


def test_healthy_adult_with_a_headache_gets_the_painkillers(catalogue):
    report = report_for()
    assert {"paracetamol-tablets", "ibuprofen-tablets", "naproxen-sodium-tablets", "aspirin-tablets"} <= set(
        suitable(report)
    )
    assert not report.excluded
    assert "not a prescription" in report.notes[0]
    # Every offered medicine is indicated for the complaint.
    for item in report.suitable:
        assert item.medicine.indications.filter(complaint_code="headache").exists()


def test_child_too_young_for_tablets_is_offered_the_liquid(catalogue):
    report = report_for(age_years=6)
    out = excluded(report)
    assert "too_young" in codes(out["ibuprofen-tablets"])
    assert "Too young" in out["ibuprofen-tablets"].avoid_reasons[0].text
    assert "12 years and over" in out["ibuprofen-tablets"].avoid_reasons[0].text
    assert "too_young" in codes(out["aspirin-tablets"])
    assert "ibuprofen-children-suspension" not in suitable(report)  # not indicated for headache
    fever = report_for("fever", age_years=6)
    assert {"ibuprofen-children-suspension", "paracetamol-six-plus-suspension"} <= set(suitable(fever))
    # the infant liquid's doses stop at 5 years: at 6 it is the "six plus" strength
    assert "too_old" in codes(excluded(fever)["paracetamol-infant-suspension"])


def test_baby_under_three_months_is_offered_nothing_for_fever(catalogue):
    report = report_for("fever", age_years=2 / 12)
    assert not report.suitable
    assert all("too_young" in codes(item) for item in report.excluded)


def test_pregnancy_excludes_ibuprofen_but_not_paracetamol(catalogue):
    report = report_for(pregnant=True)
    out = excluded(report)
    assert "pregnancy" in codes(out["ibuprofen-tablets"])
    assert "pregnancy" in codes(out["aspirin-tablets"])
    assert "paracetamol-tablets" in suitable(report)


def test_unknown_pregnancy_warns_instead_of_excluding(catalogue):
    report = report_for(pregnant=None)
    ibuprofen = suitable(report)["ibuprofen-tablets"]
    assert [reason.code for reason in ibuprofen.warnings] == ["pregnancy"]
    assert ibuprofen.warnings[0].text.startswith("If you are or might be pregnant")


def test_breastfeeding_excludes_a_sedating_antihistamine(catalogue):
    report = report_for("blocked_nose", breastfeeding=True)
    assert "breastfeeding" in codes(excluded(report)["chlorphenamine-tablets"])
    assert "loratadine-tablets" in suitable(report)
    assert [r.code for r in suitable(report)["loratadine-tablets"].warnings] == ["breastfeeding"]


def test_nsaid_allergy_excludes_every_nsaid(catalogue):
    report = report_for(allergies=["nsaid"])
    out = excluded(report)
    for slug in ("ibuprofen-tablets", "naproxen-sodium-tablets", "aspirin-tablets"):
        assert codes(out[slug]) == {"allergy"}
        assert "allergic" in out[slug].avoid_reasons[0].text
    assert "paracetamol-tablets" in suitable(report)


def test_allergy_to_an_ingredient_covers_its_family(catalogue):
    report = report_for(allergies=["Ibuprofen"])
    out = excluded(report)
    assert "allergic to Ibuprofen" in out["naproxen-sodium-tablets"].avoid_reasons[0].text
    assert "ibuprofen-tablets" in out
    assert "paracetamol-tablets" in suitable(report)


def test_warfarin_excludes_ibuprofen_with_the_reason(catalogue):
    report = report_for(current_medicines=["warfarin"])
    ibuprofen = excluded(report)["ibuprofen-tablets"]
    reason = ibuprofen.avoid_reasons[0]
    assert reason.code == "interaction"
    assert reason.subject == "warfarin"
    assert "Warfarin" in reason.text and "bleeding" in reason.text
    paracetamol = suitable(report)["paracetamol-tablets"]
    assert [w.code for w in paracetamol.warnings] == ["interaction"]
    assert "INR" in paracetamol.warnings[0].text


def test_brand_and_class_names_for_current_medicines(catalogue):
    assert "ibuprofen-tablets" in excluded(report_for(current_medicines=["Xarelto"]))
    assert "ibuprofen-tablets" in excluded(report_for(current_medicines=["anticoagulant"]))
    congested = report_for("blocked_nose", current_medicines=["MAOI"])
    assert "interaction" in codes(excluded(congested)["pseudoephedrine-tablets"])
    assert "saline-nasal-spray" in suitable(congested)


@pytest.mark.parametrize(("condition", "slug"), [("asthma", "ibuprofen-tablets"), ("peptic_ulcer", "aspirin-tablets")])
def test_contraindicated_condition_excludes(catalogue, condition, slug):
    report = report_for(conditions=[condition])
    item = excluded(report)[slug]
    assert codes(item) == {"condition"}
    assert item.avoid_reasons[0].subject == condition
    assert "paracetamol-tablets" in suitable(report)


def test_caution_condition_only_warns(catalogue):
    report = report_for(conditions=["hypertension"])
    ibuprofen = suitable(report)["ibuprofen-tablets"]
    assert [w.subject for w in ibuprofen.warnings] == ["hypertension"]
    decongestants = report_for("blocked_nose", conditions=["hypertension"])
    assert "pseudoephedrine-tablets" in excluded(decongestants)


def test_a_cautioned_medicine_is_listed_after_ones_without_warnings(catalogue):
    report = report_for(current_medicines=["sertraline"])
    assert report.suitable[0].medicine.slug == "paracetamol-tablets"
    assert [len(item.warnings) for item in report.suitable] == sorted(len(item.warnings) for item in report.suitable)


def test_ssri_cautions_dextromethorphan(catalogue):
    report = report_for("cough", current_medicines=["sertraline"])
    dxm = suitable(report)["dextromethorphan-syrup"]
    assert dxm.warnings[0].code == "interaction"
    assert "serotonin" in dxm.warnings[0].text


def test_already_taking_the_same_ingredient_is_excluded(catalogue):
    report = report_for(current_medicines=["paracetamol"])
    item = excluded(report)["paracetamol-tablets"]
    assert codes(item) == {"duplicate"}
    by_slug = report_for(current_medicines=["ibuprofen-tablets"])
    assert "interaction" in codes(excluded(by_slug)["naproxen-sodium-tablets"])
    assert "duplicate" in codes(excluded(by_slug)["ibuprofen-tablets"])


def test_unrecognised_current_medicine_is_reported_not_ignored(catalogue):
    report = report_for(current_medicines=["Mystery pills"])
    assert report.unrecognised_medicines == ("Mystery pills",)
    assert any("Mystery pills" in note for note in report.notes)


def test_prescription_only_medicines_are_never_offered(catalogue):
    medicine = Medicine.objects.create(
        slug="rx-only",
        name="Prescription thing",
        summary="x",
        form="tablet",
        strength="1 mg",
        adult_dose="x",
        max_daily_dose="x",
        otc=False,
        source="BNF: x",
        source_url="https://example.test/",
    )
    Indication.objects.create(medicine=medicine, complaint_code="headache")
    report = report_for()
    assert "rx-only" not in suitable(report) and "rx-only" not in excluded(report)


def test_no_complaint_assesses_the_whole_catalogue_and_unknown_complaint_offers_nothing(catalogue):
    everything = medicines_for(complaint_code=None, **ADULT)
    assert len(everything.suitable) + len(everything.excluded) == Medicine.objects.filter(otc=True).count()
    unknown = report_for("no_such_complaint")
    assert not unknown.suitable and not unknown.excluded
    assert any("No medicine" in note for note in unknown.notes)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("age_years", -1),
        ("age_years", 500),
        ("age_years", math.nan),
        ("age_years", math.inf),
        ("age_years", True),
        ("age_years", "40"),
        ("pregnant", "yes"),
        ("allergies", "nsaid"),
        ("allergies", ["unobtainium"]),
        ("conditions", ["broken_heart"]),
        ("current_medicines", [None]),
        ("current_medicines", ["x" * 101]),
        ("current_medicines", ["warfarin"] * 51),
    ],
)
def test_bad_input_is_invalid_with_the_field_named(catalogue, field, value):
    with pytest.raises(Invalid) as caught:
        report_for(**{field: value})
    assert field in caught.value.fields


def test_medicines_for_has_a_bounded_query_count(catalogue, django_assert_max_num_queries):
    context = {
        "allergies": ["nsaid", "penicillin", "ibuprofen"],
        "conditions": ["asthma", "hypertension", "kidney_disease"],
        "current_medicines": ["warfarin", "ssri", "lithium", "ibuprofen-tablets", "unknown", "alcohol", "maoi"],
    }
    with django_assert_max_num_queries(6):
        report = medicines_for(complaint_code=None, **{**ADULT, **context})
    assert report.excluded


def test_check_reports_interactions_between_listed_medicines_and_current_ones(catalogue):
    report = medicine_check(
        medicines=["ibuprofen-tablets", "naproxen-sodium-tablets", "paracetamol-tablets"],
        **{**ADULT, "current_medicines": ["warfarin"]},
    )
    verdicts = {item.medicine.slug: item.verdict for item in report.medicines}
    assert verdicts == {
        "ibuprofen-tablets": "avoid",
        "naproxen-sodium-tablets": "avoid",
        "paracetamol-tablets": "caution",
    }
    pairs = {(f.medicine, f.other, f.severity, f.with_current) for f in report.interactions}
    assert ("ibuprofen-tablets", "naproxen-sodium-tablets", "avoid", False) in pairs
    assert ("ibuprofen-tablets", "warfarin", "avoid", True) in pairs
    assert ("paracetamol-tablets", "warfarin", "caution", True) in pairs
    assert report.interactions[0].severity == "avoid"


def test_check_finds_a_shared_ingredient(catalogue):
    report = medicine_check(medicines=["paracetamol-tablets", "paracetamol-infant-suspension"], **ADULT)
    assert {f.severity for f in report.interactions} == {"avoid"}
    assert all("duplicate" in codes(item) for item in report.medicines)


def test_check_explains_ibuprofen_with_low_dose_aspirin(catalogue):
    report = medicine_check(medicines=["ibuprofen-tablets"], **{**ADULT, "current_medicines": ["low dose aspirin"]})
    (item,) = report.medicines
    assert item.verdict == "caution"
    assert "30 minutes" in item.warnings[0].text


def test_check_lists_every_unknown_slug(catalogue):
    with pytest.raises(Invalid) as caught:
        medicine_check(medicines=["ibuprofen-tablets", "nope", "also-nope"], **ADULT)
    assert caught.value.fields["medicines"] == ["Unknown medicine: 'nope'.", "Unknown medicine: 'also-nope'."]


def test_check_has_a_bounded_query_count(catalogue, django_assert_max_num_queries):
    slugs = list(Medicine.objects.values_list("slug", flat=True)[:20])
    with django_assert_max_num_queries(6):
        report = medicine_check(
            medicines=slugs, **{**ADULT, "allergies": ["ibuprofen"], "current_medicines": ["warfarin", "ssri"]}
        )
    assert len(report.medicines) == len(slugs)


def test_search_matches_names_ingredients_brands_and_complaints(catalogue):
    def slugs(query):
        return [m.slug for m in medicine_search(query=query)]

    assert slugs("ibuprofen")[:2] == ["ibuprofen-children-suspension", "ibuprofen-tablets"]
    assert "paracetamol-tablets" in slugs("acetaminophen")
    assert "loperamide-capsules" in slugs("Imodium")
    assert "cetirizine-tablets" in slugs("hay fever")
    assert slugs("!!!") == []
    assert slugs("zzzz-nothing") == []
    assert not list(medicine_search(query="", otc=False))


def test_detail_lists_interactions_grouped(catalogue):
    detail = medicine_detail(slug="ibuprofen-tablets")
    groups = detail.interaction_groups
    assert groups[0].severity == "avoid"
    blood_thinners = next(g for g in groups if "Warfarin" in [o.name for o in g.others])
    assert {o.slug for o in blood_thinners.others} >= {"warfarin", "apixaban", "rivaroxaban"}


def test_an_adult_is_not_offered_a_childrens_product(catalogue):
    adult = medicines_for(
        complaint_code="fever",
        age_years=40,
        pregnant=False,
        breastfeeding=False,
        allergies=[],
        conditions=[],
        current_medicines=[],
    )
    assert "paracetamol-infant-suspension" not in {a.medicine.slug for a in adult.suitable}
    excluded = {a.medicine.slug: a for a in adult.excluded}
    assert "children's product" in excluded["paracetamol-infant-suspension"].reasons[0].text
    child = medicines_for(
        complaint_code="fever",
        age_years=2,
        pregnant=None,
        breastfeeding=None,
        allergies=[],
        conditions=[],
        current_medicines=[],
    )
    assert "paracetamol-infant-suspension" in {a.medicine.slug for a in child.suitable}
