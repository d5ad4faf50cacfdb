"""Vocabularies of the medicine catalogue.

Conditions, allergy classes and drug classes are small closed lists on purpose: the
safety judgement in selectors/safety.py can only be as good as the words it matches, so a
patient context is expressed in these codes (the API rejects anything else) instead of
free text that would silently match nothing.
"""

from django.db import models


class SafetyLevel(models.TextChoices):
    """How a medicine sits with pregnancy or breastfeeding."""

    AVOID = "avoid", "Avoid"
    CAUTION = "caution", "Ask a pharmacist or doctor first"
    OK = "ok", "Usually fine"


class Severity(models.TextChoices):
    """How serious an interaction or a reason is. `avoid` excludes a medicine; `caution` warns."""

    AVOID = "avoid", "Avoid"
    CAUTION = "caution", "Caution"


class DosageForm(models.TextChoices):
    TABLET = "tablet", "Tablets"
    CAPSULE = "capsule", "Capsules"
    LIQUID = "liquid", "Oral liquid"
    POWDER = "powder", "Powder (sachets)"
    LOZENGE = "lozenge", "Lozenges"
    CREAM = "cream", "Cream"
    GEL = "gel", "Gel"
    NASAL_SPRAY = "nasal_spray", "Nasal spray or drops"


class Condition(models.TextChoices):
    """Health conditions that make some medicines unsuitable without a professional's advice."""

    ASTHMA = "asthma", "asthma"
    PEPTIC_ULCER = "peptic_ulcer", "a stomach ulcer now or in the past"
    KIDNEY_DISEASE = "kidney_disease", "kidney disease"
    LIVER_DISEASE = "liver_disease", "liver disease"
    HEART_FAILURE = "heart_failure", "heart failure"
    HEART_DISEASE = "heart_disease", "heart disease or a previous stroke"
    HYPERTENSION = "hypertension", "high blood pressure"
    BLEEDING_DISORDER = "bleeding_disorder", "a bleeding or clotting disorder"
    GLAUCOMA = "glaucoma", "glaucoma"
    PROSTATE_ENLARGEMENT = "prostate_enlargement", "an enlarged prostate or trouble passing urine"
    G6PD_DEFICIENCY = "g6pd_deficiency", "G6PD deficiency"
    EPILEPSY = "epilepsy", "epilepsy"
    DIABETES = "diabetes", "diabetes"
    HYPERTHYROIDISM = "hyperthyroidism", "an overactive thyroid"
    INFLAMMATORY_BOWEL_DISEASE = "inflammatory_bowel_disease", "Crohn's disease or ulcerative colitis"
    GOUT = "gout", "gout"
    GALACTOSAEMIA = "galactosaemia", "galactosaemia"
    CHICKENPOX = "chickenpox", "chickenpox (now)"


class AllergyClass(models.TextChoices):
    """Allergies a patient can report. A medicine lists the classes it must not be given with."""

    NSAID = "nsaid", "anti-inflammatory painkillers (NSAIDs such as ibuprofen or naproxen)"
    ASPIRIN = "aspirin", "aspirin or other salicylates"
    PARACETAMOL = "paracetamol", "paracetamol"
    PENICILLIN = "penicillin", "penicillin antibiotics"
    SULFONAMIDE = "sulfonamide", "sulfonamide ('sulfa') medicines"
    ANTIHISTAMINE = "antihistamine", "antihistamines"
    IMIDAZOLE = "imidazole", "imidazole antifungals (clotrimazole, miconazole)"
    LOCAL_ANAESTHETIC = "local_anaesthetic", "local anaesthetics (benzocaine, lidocaine)"
    PYRETHROID = "pyrethroid", "permethrin, pyrethroids or chrysanthemums"
    CORTICOSTEROID = "corticosteroid", "corticosteroids (hydrocortisone)"
    HONEY = "honey", "honey or bee products"


class DrugClass(models.TextChoices):
    """Pharmacological classes, used to write interaction rules once per class pair.

    Patients may also name a class as a current medicine ("an SSRI", "an MAOI").
    """

    NSAID = "nsaid", "NSAID (anti-inflammatory painkiller)"
    SALICYLATE = "salicylate", "salicylate"
    ANTICOAGULANT = "anticoagulant", "anticoagulant (blood thinner)"
    ANTIPLATELET = "antiplatelet", "antiplatelet medicine"
    SSRI = "ssri", "SSRI antidepressant"
    SNRI = "snri", "SNRI antidepressant"
    MAOI = "maoi", "MAOI antidepressant"
    TRICYCLIC = "tricyclic", "tricyclic antidepressant"
    ACE_INHIBITOR = "ace_inhibitor", "ACE inhibitor"
    ARB = "arb", "angiotensin receptor blocker"
    DIURETIC = "diuretic", "diuretic (water tablet)"
    BETA_BLOCKER = "beta_blocker", "beta blocker"
    CORTICOSTEROID = "corticosteroid", "steroid tablets"
    SYMPATHOMIMETIC = "sympathomimetic", "decongestant"
    SEDATING_ANTIHISTAMINE = "sedating_antihistamine", "sedating antihistamine"
    ANTIHISTAMINE = "antihistamine", "antihistamine"
    SEDATIVE = "sedative", "sedative or sleeping tablet"
    OPIOID = "opioid", "opioid painkiller"
    ANTACID = "antacid", "antacid"
    PPI = "ppi", "proton pump inhibitor"
    STATIN = "statin", "statin"
    THYROID_HORMONE = "thyroid_hormone", "thyroid hormone"
    TETRACYCLINE = "tetracycline", "tetracycline antibiotic"
    QUINOLONE = "quinolone", "quinolone antibiotic"
    BISPHOSPHONATE = "bisphosphonate", "bisphosphonate"
    SULFONYLUREA = "sulfonylurea", "sulfonylurea (diabetes tablet)"
    AZOLE_ANTIFUNGAL = "azole_antifungal", "azole antifungal"
    MOOD_STABILISER = "mood_stabiliser", "mood stabiliser"
    IMMUNOSUPPRESSANT = "immunosuppressant", "immunosuppressant"
