"""The deploy/ manifests parse, and every metric they use is one the code exposes."""

import json
import re
from pathlib import Path

import pytest
import yaml

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
METRIC = re.compile(r"\b(healthsvc_[a-z0-9_]+|django_[a-z0-9_]+)")


def k8s_documents() -> list[dict]:
    docs = []
    for path in sorted((DEPLOY / "k8s").glob("*.yaml")):
        docs.extend(doc for doc in yaml.safe_load_all(path.read_text()) if doc)
    return docs


def test_kustomization_lists_every_manifest():
    kustomization = yaml.safe_load((DEPLOY / "k8s" / "kustomization.yaml").read_text())
    listed = set(kustomization["resources"])
    present = {p.name for p in (DEPLOY / "k8s").glob("*.yaml")} - {"kustomization.yaml"}
    assert listed == present


def test_web_has_replicas_probes_and_a_disruption_budget():
    docs = {(d["kind"], d["metadata"]["name"]): d for d in k8s_documents() if "metadata" in d}
    web = docs[("Deployment", "healthsvc-web")]
    assert web["spec"]["replicas"] >= 2
    container = web["spec"]["template"]["spec"]["containers"][0]
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert docs[("PodDisruptionBudget", "healthsvc-web")]["spec"]["minAvailable"] < web["spec"]["replicas"]
    assert docs[("Deployment", "healthsvc-beat")]["spec"]["replicas"] == 1
    assert docs[("Deployment", "healthsvc-beat")]["spec"]["strategy"]["type"] == "Recreate"


def _exposed_metric_names() -> set[str]:
    from prometheus_client import REGISTRY

    names = set()
    for family in REGISTRY.collect():
        names.add(family.name)
        for sample in family.samples:
            names.add(sample.name)
    return names


@pytest.mark.django_db
def test_alerts_and_dashboard_use_only_exposed_metrics(client):
    client.get("/healthz")  # make django-prometheus create its per-view series
    exposed = _exposed_metric_names()
    rules = yaml.safe_load((DEPLOY / "prometheus" / "alerts.yml").read_text())
    exprs = [rule["expr"] for group in rules["groups"] for rule in group["rules"]]
    dashboard = json.loads((DEPLOY / "grafana" / "healthsvc.json").read_text())
    exprs += [target["expr"] for panel in dashboard["panels"] for target in panel["targets"]]
    used = {name for expr in exprs for name in METRIC.findall(expr)}
    assert used, "no metrics found"
    missing = {
        name for name in used if name not in exposed and re.sub(r"_(bucket|count|sum|total)$", "", name) not in exposed
    }
    assert not missing, f"used but not exposed: {sorted(missing)}"
