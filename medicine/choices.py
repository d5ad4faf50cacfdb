"""Vocabularies of the medicine catalogue.

Conditions, allergy classes and drug classes are small closed lists on purpose: the
safety judgement (selectors/safety.py; the words are matched in safety_input.py) can only
be as good as the words it matches, so a patient context is expressed in these codes (the
API rejects anything else) instead of free text that would silently match nothing.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class SafetyLevel(models.TextChoices):
    """How a medicine sits with pregnancy or breastfeeding."""

    AVOID = "avoid", pgettext_lazy("medicine safety level", "Avoid")
    CAUTION = "caution", pgettext_lazy("medicine safety level", "Ask a pharmacist or doctor first")
    OK = "ok", pgettext_lazy("medicine safety level", "Usually fine")


class Severity(models.TextChoices):
    """How serious an interaction or a reason is. `avoid` excludes a medicine; `caution` warns."""

    AVOID = "avoid", pgettext_lazy("medicine interaction severity", "Avoid")
    CAUTION = "caution", pgettext_lazy("medicine interaction severity", "Caution")


class DosageForm(models.TextChoices):
    TABLET = "tablet", _("Tablets")
    CAPSULE = "capsule", _("Capsules")
    LIQUID = "liquid", _("Oral liquid")
    POWDER = "powder", _("Powder (sachets)")
    LOZENGE = "lozenge", _("Lozenges")
    CREAM = "cream", _("Cream")
    GEL = "gel", _("Gel")
    NASAL_SPRAY = "nasal_spray", _("Nasal spray or drops")


class Condition(models.TextChoices):
    """Health conditions that make some medicines unsuitable without a professional's advice."""

    ASTHMA = "asthma", pgettext_lazy("health condition", "asthma")
    PEPTIC_ULCER = "peptic_ulcer", pgettext_lazy("health condition", "a stomach ulcer now or in the past")
    KIDNEY_DISEASE = "kidney_disease", pgettext_lazy("health condition", "kidney disease")
    LIVER_DISEASE = "liver_disease", pgettext_lazy("health condition", "liver disease")
    HEART_FAILURE = "heart_failure", pgettext_lazy("health condition", "heart failure")
    HEART_DISEASE = "heart_disease", pgettext_lazy("health condition", "heart disease or a previous stroke")
    HYPERTENSION = "hypertension", pgettext_lazy("health condition", "high blood pressure")
    BLEEDING_DISORDER = "bleeding_disorder", pgettext_lazy("health condition", "a bleeding or clotting disorder")
    GLAUCOMA = "glaucoma", pgettext_lazy("health condition", "glaucoma")
    PROSTATE_ENLARGEMENT = (
        "prostate_enlargement",
        pgettext_lazy("health condition", "an enlarged prostate or trouble passing urine"),
    )
    G6PD_DEFICIENCY = "g6pd_deficiency", pgettext_lazy("health condition", "G6PD deficiency")
    EPILEPSY = "epilepsy", pgettext_lazy("health condition", "epilepsy")
    DIABETES = "diabetes", pgettext_lazy("health condition", "diabetes")
    HYPERTHYROIDISM = "hyperthyroidism", pgettext_lazy("health condition", "an overactive thyroid")
    INFLAMMATORY_BOWEL_DISEASE = (
        "inflammatory_bowel_disease",
        pgettext_lazy("health condition", "Crohn's disease or ulcerative colitis"),
    )
    GOUT = "gout", pgettext_lazy("health condition", "gout")
    GALACTOSAEMIA = "galactosaemia", pgettext_lazy("health condition", "galactosaemia")
    CHICKENPOX = "chickenpox", pgettext_lazy("health condition", "chickenpox (now)")


class AllergyClass(models.TextChoices):
    """Allergies a patient can report. A medicine lists the classes it must not be given with."""

    NSAID = "nsaid", pgettext_lazy("allergy", "anti-inflammatory painkillers (NSAIDs such as ibuprofen or naproxen)")
    ASPIRIN = "aspirin", pgettext_lazy("allergy", "aspirin or other salicylates")
    PARACETAMOL = "paracetamol", pgettext_lazy("allergy", "paracetamol")
    PENICILLIN = "penicillin", pgettext_lazy("allergy", "penicillin antibiotics")
    SULFONAMIDE = "sulfonamide", pgettext_lazy("allergy", "sulfonamide ('sulfa') medicines")
    ANTIHISTAMINE = "antihistamine", pgettext_lazy("allergy", "antihistamines")
    IMIDAZOLE = "imidazole", pgettext_lazy("allergy", "imidazole antifungals (clotrimazole, miconazole)")
    LOCAL_ANAESTHETIC = "local_anaesthetic", pgettext_lazy("allergy", "local anaesthetics (benzocaine, lidocaine)")
    PYRETHROID = "pyrethroid", pgettext_lazy("allergy", "permethrin, pyrethroids or chrysanthemums")
    CORTICOSTEROID = "corticosteroid", pgettext_lazy("allergy", "corticosteroids (hydrocortisone)")
    HONEY = "honey", pgettext_lazy("allergy", "honey or bee products")


class DrugClass(models.TextChoices):
    """Pharmacological classes, used to write interaction rules once per class pair.

    Patients may also name a class as a current medicine ("an SSRI", "an MAOI").
    """

    NSAID = "nsaid", pgettext_lazy("drug class", "NSAID (anti-inflammatory painkiller)")
    SALICYLATE = "salicylate", pgettext_lazy("drug class", "salicylate")
    ANTICOAGULANT = "anticoagulant", pgettext_lazy("drug class", "anticoagulant (blood thinner)")
    ANTIPLATELET = "antiplatelet", pgettext_lazy("drug class", "antiplatelet medicine")
    SSRI = "ssri", pgettext_lazy("drug class", "SSRI antidepressant")
    SNRI = "snri", pgettext_lazy("drug class", "SNRI antidepressant")
    MAOI = "maoi", pgettext_lazy("drug class", "MAOI antidepressant")
    TRICYCLIC = "tricyclic", pgettext_lazy("drug class", "tricyclic antidepressant")
    ACE_INHIBITOR = "ace_inhibitor", pgettext_lazy("drug class", "ACE inhibitor")
    ARB = "arb", pgettext_lazy("drug class", "angiotensin receptor blocker")
    DIURETIC = "diuretic", pgettext_lazy("drug class", "diuretic (water tablet)")
    BETA_BLOCKER = "beta_blocker", pgettext_lazy("drug class", "beta blocker")
    CORTICOSTEROID = "corticosteroid", pgettext_lazy("drug class", "steroid tablets")
    SYMPATHOMIMETIC = "sympathomimetic", pgettext_lazy("drug class", "decongestant")
    SEDATING_ANTIHISTAMINE = "sedating_antihistamine", pgettext_lazy("drug class", "sedating antihistamine")
    ANTIHISTAMINE = "antihistamine", pgettext_lazy("drug class", "antihistamine")
    SEDATIVE = "sedative", pgettext_lazy("drug class", "sedative or sleeping tablet")
    OPIOID = "opioid", pgettext_lazy("drug class", "opioid painkiller")
    ANTACID = "antacid", pgettext_lazy("drug class", "antacid")
    PPI = "ppi", pgettext_lazy("drug class", "proton pump inhibitor")
    STATIN = "statin", pgettext_lazy("drug class", "statin")
    THYROID_HORMONE = "thyroid_hormone", pgettext_lazy("drug class", "thyroid hormone")
    TETRACYCLINE = "tetracycline", pgettext_lazy("drug class", "tetracycline antibiotic")
    QUINOLONE = "quinolone", pgettext_lazy("drug class", "quinolone antibiotic")
    BISPHOSPHONATE = "bisphosphonate", pgettext_lazy("drug class", "bisphosphonate")
    SULFONYLUREA = "sulfonylurea", pgettext_lazy("drug class", "sulfonylurea (diabetes tablet)")
    AZOLE_ANTIFUNGAL = "azole_antifungal", pgettext_lazy("drug class", "azole antifungal")
    MOOD_STABILISER = "mood_stabiliser", pgettext_lazy("drug class", "mood stabiliser")
    IMMUNOSUPPRESSANT = "immunosuppressant", pgettext_lazy("drug class", "immunosuppressant")
