"""The deploy/ manifests parse, and every metric they use is one the code exposes."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
METRIC = re.compile(r"\b(healthsvc_[a-z0-9_]+|django_[a-z0-9_]+)")


BASE = DEPLOY / "k8s" / "base"
GKE = DEPLOY / "k8s" / "overlays" / "gke"


def k8s_documents() -> list[dict]:
    docs = []
    for path in sorted(BASE.glob("*.yaml")):
        docs.extend(doc for doc in yaml.safe_load_all(path.read_text()) if doc)
    return docs


def test_kustomization_lists_every_manifest():
    kustomization = yaml.safe_load((BASE / "kustomization.yaml").read_text())
    listed = set(kustomization["resources"])
    present = {p.name for p in BASE.glob("*.yaml")} - {"kustomization.yaml"}
    assert listed == present


def test_the_base_is_cloud_neutral():
    text = "".join(path.read_text() for path in BASE.glob("*.yaml"))
    for google_only in ("cloud.google.com", "gke.io", "googleapis.com", "cloud-sql"):
        assert google_only not in text


def test_gke_overlay_uses_every_file_and_patches_workloads_that_exist():
    kustomization = yaml.safe_load((GKE / "kustomization.yaml").read_text())
    used = {r for r in kustomization["resources"] if not r.startswith("..")} | {
        p["path"] for p in kustomization["patches"]
    }
    assert used == {p.name for p in GKE.glob("*.yaml")} - {"kustomization.yaml"}
    names = {d["metadata"]["name"] for d in k8s_documents() if "metadata" in d}
    assert {"healthsvc-web", "healthsvc-live", "healthsvc-worker", "healthsvc-beat", "healthsvc-migrate"} <= names


def _render(folder: Path) -> list[dict]:
    kubectl = shutil.which("kubectl")
    if kubectl is None:  # a machine without kubectl still runs the structural tests above
        pytest.skip("kubectl is not installed")
    output = subprocess.run([kubectl, "kustomize", str(folder)], capture_output=True, text=True, check=True).stdout
    return [doc for doc in yaml.safe_load_all(output) if doc]


def test_kustomize_renders_the_base_and_the_gke_overlay():
    assert _render(BASE)
    rendered = {(d["kind"], d["metadata"]["name"]): d for d in _render(GKE)}
    for kind, name in [
        ("Deployment", "healthsvc-web"),
        ("Deployment", "healthsvc-live"),
        ("Deployment", "healthsvc-worker"),
        ("Deployment", "healthsvc-beat"),
        ("Job", "healthsvc-migrate"),
    ]:
        pod = rendered[(kind, name)]["spec"]["template"]["spec"]
        assert pod["serviceAccountName"] == "healthsvc", name  # Workload Identity, no key files
        proxy = pod["initContainers"][0]
        assert proxy["name"] == "cloud-sql-proxy" and proxy["restartPolicy"] == "Always", name
    assert rendered[("Deployment", "healthsvc-beat")]["spec"]["replicas"] == 1
    assert rendered[("BackendConfig", "healthsvc-web")]["spec"]["healthCheck"]["requestPath"] == "/readyz"
    service = rendered[("Service", "healthsvc-web")]["metadata"]["annotations"]
    assert "healthsvc-web" in service["cloud.google.com/backend-config"]
    for name in ("healthsvc-web", "healthsvc-live"):  # both behind the load balancer, with its long timeout
        service = rendered[("Service", name)]["metadata"]["annotations"]
        assert service["cloud.google.com/backend-config"] == '{"default": "healthsvc-web"}', name
    for name in ("healthsvc-web", "healthsvc-live", "healthsvc-worker"):  # every kind of process is scraped
        monitoring = rendered[("PodMonitoring", name)]["spec"]
        assert monitoring["selector"]["matchLabels"] == {"app": name}
        container = rendered[("Deployment", name)]["spec"]["template"]["spec"]["containers"][0]
        ports = {port["name"]: port["containerPort"] for port in container["ports"]}
        assert monitoring["endpoints"][0]["port"] in ports, name
        assert monitoring["endpoints"][0]["path"] == "/metrics"
    hpa = rendered[("HorizontalPodAutoscaler", "healthsvc-web")]["spec"]
    assert hpa["minReplicas"] > rendered[("PodDisruptionBudget", "healthsvc-web")]["spec"]["minAvailable"]
    account = rendered[("ServiceAccount", "healthsvc")]
    assert account["metadata"]["namespace"] == "healthsvc"
    assert "iam.gke.io/gcp-service-account" in account["metadata"]["annotations"]
    config = rendered[("ConfigMap", "healthsvc-config")]["data"]
    assert config["EMERGENCY_PHONE_NUMBER"] == "112", "the overlay adds to the base settings, not replaces them"


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


def test_workers_serve_metrics_on_the_port_their_monitoring_scrapes():
    docs = {(d["kind"], d["metadata"]["name"]): d for d in k8s_documents() if "metadata" in d}
    worker = docs[("Deployment", "healthsvc-worker")]["spec"]["template"]
    container = worker["spec"]["containers"][0]
    env = {item["name"]: item.get("value") for item in container["env"]}
    ports = {port["name"]: port["containerPort"] for port in container["ports"]}
    assert int(env["WORKER_METRICS_PORT"]) == ports["metrics"]
    assert worker["metadata"]["annotations"]["prometheus.io/port"] == str(ports["metrics"])
    monitorings = {
        doc["metadata"]["name"]: doc
        for doc in yaml.safe_load_all((GKE / "podmonitoring.yaml").read_text())
        if doc and doc["kind"] == "PodMonitoring"
    }
    assert set(monitorings) == {"healthsvc-web", "healthsvc-live", "healthsvc-worker"}
    endpoint = monitorings["healthsvc-worker"]["spec"]["endpoints"][0]
    assert monitorings["healthsvc-worker"]["spec"]["selector"]["matchLabels"] == worker["metadata"]["labels"]
    assert endpoint["port"] == "metrics" and endpoint["path"] == "/metrics"
    # Only the worker: with the port set, web or beat would be told to serve worker metrics too.
    for name in ("healthsvc-web", "healthsvc-live", "healthsvc-beat"):
        other = docs[("Deployment", name)]["spec"]["template"]["spec"]["containers"][0]
        assert "WORKER_METRICS_PORT" not in {item["name"] for item in other.get("env", [])}, name
    assert "WORKER_METRICS_PORT" not in docs[("ConfigMap", "healthsvc-config")]["data"]


@pytest.mark.parametrize("name", ["healthsvc-web", "healthsvc-live"])
def test_web_pods_pause_before_sigterm_and_have_time_to_drain(name):
    """The scale-down drill (tests/test_scale_down_drill.py): gunicorn stops accepting at SIGTERM, so the load
    balancer must have dropped the pod first; then gunicorn's graceful stop must fit the grace period."""
    web = next(d for d in k8s_documents() if d["kind"] == "Deployment" and d["metadata"]["name"] == name)
    pod = web["spec"]["template"]["spec"]
    pause = pod["containers"][0]["lifecycle"]["preStop"]["exec"]["command"]
    assert pause[0] == "sleep" and int(pause[1]) >= 5
    dockerfile = (DEPLOY.parent / "Dockerfile").read_text()
    graceful = int(re.search(r"--graceful-timeout (\d+)", dockerfile).group(1))
    assert pod["terminationGracePeriodSeconds"] >= int(pause[1]) + graceful


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


def test_every_alert_runbook_is_a_section_of_the_operations_guide():
    rules = yaml.safe_load((DEPLOY / "prometheus" / "alerts.yml").read_text())
    runbooks = [
        r["annotations"]["runbook"] for g in rules["groups"] for r in g["rules"] if "runbook" in r["annotations"]
    ]
    headings = (DEPLOY.parent / "docs" / "operations.md").read_text().splitlines()
    # GitHub's anchors: the heading in lower case, punctuation dropped, spaces as hyphens.
    anchors = {
        re.sub(r"[^\w\- ]", "", line.lstrip("#").strip().lower()).replace(" ", "-")
        for line in headings
        if line.startswith("#")
    }
    assert runbooks
    for runbook in runbooks:
        path, _, anchor = runbook.partition("#")
        assert path == "docs/operations.md" and anchor in anchors, runbook


def test_the_ingress_sends_live_streams_to_their_own_pods_and_the_rest_to_web():
    """Streams apart from the API (docs/er_queue.md, "Benchmark"): /live/ to healthsvc-live, / to healthsvc-web,
    and both Deployments run the same server, so a path that reaches the other still works."""
    docs = {(d["kind"], d["metadata"]["name"]): d for d in k8s_documents() if "metadata" in d}
    paths = {
        rule["path"]: rule["backend"]["service"]["name"]
        for rule in docs[("Ingress", "healthsvc")]["spec"]["rules"][0]["http"]["paths"]
    }
    assert paths == {"/live/": "healthsvc-live", "/": "healthsvc-web"}
    for name in paths.values():
        selector = docs[("Service", name)]["spec"]["selector"]
        assert docs[("Deployment", name)]["spec"]["template"]["metadata"]["labels"] == selector
    web, live = (docs[("Deployment", n)]["spec"]["template"]["spec"]["containers"][0] for n in paths.values())
    assert web["image"] == live["image"] and "command" not in web and "command" not in live  # the image's server
    assert web["readinessProbe"] == live["readinessProbe"]
