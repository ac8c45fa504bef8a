"""Check compose.yaml without a Docker engine: the Compose Specification schema (the copy Docker
Compose embeds) after interpolation as `docker compose` does it, then what the schema cannot know —
every mounted path exists, every port and address agrees with the config of the program behind it.

  check_compose.py --schema SCHEMA --env-file .env.example [--secrets-filled] [--project-dir DIR] FILE

Prints one line per problem and exits 1 if there is any; 0 with a summary otherwise.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import yaml

# Secrets that .env.example must leave empty, and that compose must refuse to start without.
SECRET_NAME = re.compile(r"PASSWORD|TOKEN|SECRET|WEBHOOK_URL$")
LOOPBACK = {"127.0.0.1", "::1", "[::1]", "localhost"}
# What each image listens on when nothing in compose.yaml changes it (the images' documented defaults).
IMAGE_DEFAULT_PORTS = {"postgres": 5432, "grafana/grafana": 3000, "prom/prometheus": 9090, "prom/alertmanager": 9093}

VAR = re.compile(r"\$(?:\$|\{(?P<braced>[^}]*)\}|(?P<plain>[A-Za-z_][A-Za-z0-9_]*))")
BRACED = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?+])(?P<arg>.*))?$", re.S)


class Interpolation(Exception):
    pass


def read_env_file(path: Path) -> dict[str, str]:
    env: dict[str, str] = {}
    for number, line in enumerate(path.read_text().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "=" not in line:
            raise SystemExit(f"{path}:{number}: not NAME=value: {line!r}")
        name, value = line.split("=", 1)
        env[name.strip()] = value.strip()
    return env


def interpolate(value, env: dict[str, str], used: set[str], where: str = ""):
    """Compose's interpolation: $$, $VAR, ${VAR}, ${VAR:-d}, ${VAR-d}, ${VAR:?e}, ${VAR?e}, ${VAR:+r}, ${VAR+r}."""
    if isinstance(value, dict):
        return {k: interpolate(v, env, used, f"{where}.{k}") for k, v in value.items()}
    if isinstance(value, list):
        return [interpolate(v, env, used, f"{where}[{i}]") for i, v in enumerate(value)]
    if not isinstance(value, str):
        return value

    def one(match: re.Match) -> str:
        if match.group(0) == "$$":
            return "$"
        expr = match.group("braced") if match.group("braced") is not None else match.group("plain")
        parsed = BRACED.match(expr)
        if not parsed:
            raise Interpolation(f"{where}: invalid interpolation ${{{expr}}}")
        name, op, arg = parsed.group("name", "op", "arg")
        used.add(name)
        current = env.get(name)
        empty_is_unset = bool(op and op.startswith(":"))
        is_set = current is not None and (current != "" or not empty_is_unset)
        if op is None:
            return current or ""
        if op.endswith("-"):
            return current if is_set else interpolate(arg, env, used, where)
        if op.endswith("?"):
            if not is_set:
                raise Interpolation(f"{where}: required variable {name} is missing a value: {arg}")
            return current
        return interpolate(arg, env, used, where) if is_set else ""  # "+"

    return VAR.sub(one, value)


def variables_in(text: str) -> set[str]:
    names = set()
    for match in VAR.finditer(text):
        expr = match.group("braced") if match.group("braced") is not None else match.group("plain")
        if expr and (parsed := BRACED.match(expr)):
            names.add(parsed.group("name"))
            names |= variables_in(parsed.group("arg") or "")
    return names


def parse_port(spec) -> tuple[str | None, str | None, int]:
    """Short syntax "[host_ip:][published:]target[/proto]" or the long syntax -> (host_ip, published, target)."""
    if isinstance(spec, dict):
        return (
            spec.get("host_ip"),
            str(spec.get("published")) if spec.get("published") is not None else None,
            int(spec["target"]),
        )
    text = str(spec).split("/")[0]
    parts = text.rsplit(":", 2)
    if len(parts) == 3:
        return parts[0], parts[1], int(parts[2])
    if len(parts) == 2:
        return None, parts[0], int(parts[1])
    return None, None, int(parts[0])


def flag(command, name: str) -> str | None:
    for item in command or []:
        if isinstance(item, str) and item.startswith(f"{name}="):
            return item.split("=", 1)[1]
    return None


def port_of(address: str) -> int:
    return int(address.rsplit(":", 1)[1])


class Checker:
    def __init__(self, doc: dict, project: Path):
        self.doc, self.project, self.problems = doc, project, []
        self.services: dict = doc.get("services", {})

    def fail(self, message: str) -> None:
        self.problems.append(message)

    def mounts(self, name: str) -> list[tuple[str, str, bool]]:
        """(source, target, read_only) of each volume entry in short or long syntax."""
        out = []
        for entry in self.services[name].get("volumes", []):
            if isinstance(entry, dict):
                out.append((str(entry.get("source", "")), entry["target"], bool(entry.get("read_only"))))
            else:
                parts = entry.split(":")
                out.append(
                    (parts[0], parts[1] if len(parts) > 1 else parts[0], len(parts) > 2 and "ro" in parts[2].split(","))
                )
        return out

    def host_path(self, source: str) -> Path | None:
        return (self.project / source).resolve() if source.startswith((".", "/", "~")) else None

    def source_of(self, name: str, target: str) -> Path | None:
        """The host file mounted at `target` (or under a mounted directory)."""
        for source, mount_target, _ in self.mounts(name):
            path = self.host_path(source)
            if path is None:
                continue
            if target == mount_target:
                return path
            if target.startswith(mount_target.rstrip("/") + "/"):
                return path / target[len(mount_target.rstrip("/")) + 1 :]
        return None

    def listen_port(self, name: str) -> int | None:
        service = self.services[name]
        image = str(service.get("image", "")).split(":")[0]
        env = service.get("environment") or {}
        if name == "service" or "build" in service:
            return int(env["PORT"]) if "PORT" in env else self.dockerfile_port(service)
        if (address := flag(service.get("command"), "--web.listen-address")) is not None:
            return port_of(address)
        if "GF_SERVER_HTTP_PORT" in env:
            return int(env["GF_SERVER_HTTP_PORT"])
        return IMAGE_DEFAULT_PORTS.get(image)

    def dockerfile_port(self, service: dict) -> int | None:
        build = service["build"]
        dockerfile = self.project / build.get("context", ".") / build.get("dockerfile", "Dockerfile")
        found = re.search(r"^\s*PORT=(\d+)", dockerfile.read_text(), re.M) if dockerfile.is_file() else None
        return int(found.group(1)) if found else None

    def check_all(self) -> None:
        for name in self.services:
            self.check_service(name)
        self.check_volumes()
        self.check_prometheus()
        self.check_alertmanager()
        self.check_grafana()
        self.check_ledger_service()

    def check_service(self, name: str) -> None:
        service = self.services[name]
        health = service.get("healthcheck")
        if not health or health.get("disable") or health.get("test") in (["NONE"], "NONE"):
            self.fail(f"services.{name}: no healthcheck")
        image = service.get("image")
        if image and (":" not in image.rsplit("/", 1)[-1] or image.endswith(":latest")):
            self.fail(f"services.{name}: image {image!r} is not pinned to a tag")
        for dependency, spec in (
            (service.get("depends_on") or {}).items() if isinstance(service.get("depends_on"), dict) else []
        ):
            if dependency not in self.services:
                self.fail(f"services.{name}.depends_on: no service {dependency!r}")
            elif spec.get("condition") == "service_healthy" and not self.services[dependency].get("healthcheck"):
                self.fail(f"services.{name}.depends_on: {dependency} is awaited healthy but has no healthcheck")
        if "build" in service:
            build = service["build"]
            context = self.project / build.get("context", ".")
            dockerfile = context / build.get("dockerfile", "Dockerfile")
            if not context.is_dir():
                self.fail(f"services.{name}.build.context: {context} does not exist")
            if not dockerfile.is_file():
                self.fail(f"services.{name}.build.dockerfile: {dockerfile} does not exist")
        for source, target, read_only in self.mounts(name):
            path = self.host_path(source)
            if path is None:
                continue
            if not path.exists():
                self.fail(f"services.{name}.volumes: {source} (mounted at {target}) does not exist")
            elif self.project.resolve() in path.parents and not read_only:
                self.fail(f"services.{name}.volumes: repository path {source} must be mounted read-only (:ro)")
        listen = self.listen_port(name)
        for spec in service.get("ports", []):
            host_ip, published, target = parse_port(spec)
            if host_ip not in LOOPBACK:
                self.fail(f"services.{name}.ports: {spec!r} publishes on {host_ip or 'every address'}, not loopback")
            if listen is not None and target != listen:
                self.fail(f"services.{name}.ports: {spec!r} targets {target} but the container listens on {listen}")
        for secret in service.get("secrets", []):
            source = secret["source"] if isinstance(secret, dict) else secret
            declared = (self.doc.get("secrets") or {}).get(source)
            if declared is None:
                self.fail(f"services.{name}.secrets: {source!r} is not declared under secrets:")
            elif "file" in declared and not (self.project / declared["file"]).is_file():
                self.fail(f"secrets.{source}.file: {declared['file']} does not exist")
        if listen is not None:
            for url in re.findall(r"https?://(?:127\.0\.0\.1|localhost):(\d+)", json.dumps(health or {})):
                if int(url) != listen:
                    self.fail(f"services.{name}.healthcheck: probes port {url} but the container listens on {listen}")

    def check_volumes(self) -> None:
        declared = set((self.doc.get("volumes") or {}).keys())
        used = {
            source
            for name in self.services
            for source, _, _ in self.mounts(name)
            if source and self.host_path(source) is None
        }
        for missing in sorted(used - declared):
            self.fail(f"volumes: {missing!r} is used but not declared")
        for unused in sorted(declared - used):
            self.fail(f"volumes: {unused!r} is declared but never mounted")

    def config_file(self, name: str, flag_name: str) -> tuple[Path | None, dict]:
        target = flag(self.services[name].get("command"), flag_name)
        path = self.source_of(name, target) if target else None
        if path is None or not path.is_file():
            self.fail(f"services.{name}: {flag_name}={target} is not a mounted file of the repository")
            return None, {}
        return path, yaml.safe_load(path.read_text()) or {}

    def service_address_ok(self, where: str, address: str, expected_service: str) -> None:
        host, _, port = address.rpartition(":")
        if host != expected_service or expected_service not in self.services:
            self.fail(f"{where}: {address} does not name the compose service {expected_service!r}")
        elif self.listen_port(expected_service) != int(port):
            self.fail(f"{where}: {address} but {expected_service} listens on {self.listen_port(expected_service)}")

    def check_prometheus(self) -> None:
        if "prometheus" not in self.services:
            return self.fail("services: no prometheus")
        path, config = self.config_file("prometheus", "--config.file")
        if path is None:
            return
        for pattern in config.get("rule_files", []):
            directory, _, glob = pattern.rpartition("/")
            host_dir = self.source_of("prometheus", directory)
            if host_dir is None or not list(host_dir.glob(glob)):
                self.fail(f"{path.name}: rule_files {pattern} matches no mounted rule file")
        for manager in config.get("alerting", {}).get("alertmanagers", []):
            for static in manager.get("static_configs", []):
                for target in static.get("targets", []):
                    self.service_address_ok(f"{path.name}: alertmanager target", target, "alertmanager")
        jobs = {job["job_name"]: job for job in config.get("scrape_configs", [])}
        # The repository's rules and dashboards select these jobs by name.
        for job, service in (("srp-service", "service"), ("alertmanager", "alertmanager")):
            if job not in jobs:
                self.fail(f"{path.name}: no scrape job {job!r}")
                continue
            for static in jobs[job].get("static_configs", []):
                for target in static.get("targets", []):
                    self.service_address_ok(f"{path.name}: job {job}", target, service)
        own = [t for s in jobs.get("prometheus", {}).get("static_configs", []) for t in s.get("targets", [])]
        if own and port_of(own[0]) != self.listen_port("prometheus"):
            self.fail(
                f"{path.name}: job prometheus scrapes {own[0]} but Prometheus listens on {self.listen_port('prometheus')}"
            )

    def check_alertmanager(self) -> None:
        if "alertmanager" not in self.services:
            return self.fail("services: no alertmanager")
        path, config = self.config_file("alertmanager", "--config.file")
        if path is None:
            return
        wanted = config.get("global", {}).get("slack_api_url_file")
        targets = [s.get("target") for s in self.services["alertmanager"].get("secrets", []) if isinstance(s, dict)]
        if wanted and wanted not in targets:
            self.fail(f"{path.name}: slack_api_url_file {wanted} is not provided by a secret (targets: {targets})")

    def check_grafana(self) -> None:
        if "grafana" not in self.services:
            return self.fail("services: no grafana")
        grafana = self.services["grafana"]
        env = grafana.get("environment") or {}
        datasources = self.source_of("grafana", "/etc/grafana/provisioning/datasources")
        dashboards = self.source_of("grafana", "/etc/grafana/provisioning/dashboards")
        if datasources is None or not list(datasources.glob("*.yml")):
            self.fail("services.grafana: no datasource provisioning mounted at /etc/grafana/provisioning/datasources")
        else:
            for file in datasources.glob("*.yml"):
                for source in yaml.safe_load(file.read_text()).get("datasources", []):
                    url = source.get("url", "")
                    for name in variables_in(url):
                        if name not in env:
                            self.fail(f"{file.name}: datasource url {url} needs {name} in services.grafana.environment")
                    if source.get("type") == "prometheus":
                        resolved = re.sub(r"\$\{(\w+)\}", lambda m: str(env.get(m.group(1), "")), url)
                        parts = urlsplit(resolved)
                        self.service_address_ok(
                            f"services.grafana.environment (datasource {source.get('name')})",
                            parts.netloc,
                            "prometheus",
                        )
        if dashboards is None or not list(dashboards.glob("*.yml")):
            return self.fail(
                "services.grafana: no dashboard provisioning mounted at /etc/grafana/provisioning/dashboards"
            )
        for file in dashboards.glob("*.yml"):
            for provider in yaml.safe_load(file.read_text()).get("providers", []):
                folder = provider.get("options", {}).get("path", "")
                host = self.source_of("grafana", folder)
                if host is None or not list(host.glob("*.json")):
                    self.fail(
                        f"{file.name}: provider {provider.get('name')} reads {folder}, where no dashboard JSON is mounted"
                    )

    def check_ledger_service(self) -> None:
        service = self.services.get("service")
        if service is None:
            return self.fail("services: no service (the release ledger)")
        env = service.get("environment") or {}
        url = urlsplit(str(env.get("DATABASE_URL", "")))
        if url.scheme not in ("postgres", "postgresql"):
            return self.fail(
                "services.service.environment.DATABASE_URL: not a postgres:// URL (the service would use PGlite)"
            )
        postgres = (self.services.get("postgres") or {}).get("environment") or {}
        self.service_address_ok("services.service DATABASE_URL", f"{url.hostname}:{url.port or 5432}", "postgres")
        if url.username != postgres.get("POSTGRES_USER") or url.path.lstrip("/") != postgres.get("POSTGRES_DB"):
            self.fail("services.service DATABASE_URL: user or database differ from POSTGRES_USER/POSTGRES_DB")
        if url.password != postgres.get("POSTGRES_PASSWORD"):
            self.fail("services.service DATABASE_URL: password differs from POSTGRES_PASSWORD")
        token = env.get("SRP_API_TOKEN")
        if token is not None and len(str(token)) < 32:
            self.fail("services.service SRP_API_TOKEN: shorter than the service's 32-character minimum")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schema", required=True, type=Path)
    parser.add_argument("--env-file", required=True, type=Path)
    parser.add_argument("--project-dir", type=Path, default=Path("."))
    parser.add_argument(
        "--secrets-filled", action="store_true", help="give each empty secret a stand-in value, as a user's .env would"
    )
    parser.add_argument("compose_file", type=Path)
    args = parser.parse_args()

    text = args.compose_file.read_text()
    raw = yaml.safe_load(text)
    env = read_env_file(args.env_file)
    problems: list[str] = []
    for name, value in env.items():
        if SECRET_NAME.search(name) and value:
            problems.append(f"{args.env_file}: {name} has a value; secrets stay empty in an example file")
    if args.secrets_filled:
        env = {k: ("0123456789abcdef" * 4 if SECRET_NAME.search(k) and not v else v) for k, v in env.items()}
    referenced = variables_in(text)
    for name in sorted(referenced - set(env)):
        problems.append(f"{args.compose_file}: ${{{name}}} is not documented in {args.env_file}")
    for name in sorted(set(env) - referenced):
        problems.append(f"{args.env_file}: {name} is not used by {args.compose_file}")

    try:
        doc = interpolate(raw, env, set())
    except Interpolation as error:
        problems.append(f"interpolation: {error}")
        doc = None
    if doc is not None:
        schema = json.loads(args.schema.read_text())
        validator = jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        )
        for error in sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path))):
            where = ".".join(map(str, error.absolute_path)) or "(top level)"
            problems.append(f"schema: {where}: {error.message}")
        if not problems:
            checker = Checker(doc, args.project_dir)
            checker.check_all()
            problems += checker.problems
        # The file's own defaults must be safe too: a .env that sets only the secrets (or an older .env
        # without SRP_BIND_ADDRESS) gets whatever compose.yaml falls back to.
        if not problems and args.secrets_filled:
            secrets_only = {k: v for k, v in env.items() if SECRET_NAME.search(k)}
            fallback = Checker(interpolate(raw, secrets_only, set()), args.project_dir)
            fallback.check_all()
            problems += [f"{p} (with compose.yaml's own defaults)" for p in fallback.problems]
    for problem in problems:
        print(f"FAIL: {problem}", file=sys.stderr)
    if problems:
        return 1
    services = doc["services"]
    print(
        f"   {args.compose_file}: valid Compose file; {len(services)} services ({', '.join(services)}), "
        f"{len(doc.get('volumes') or {})} named volumes, every path, port and address consistent"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
