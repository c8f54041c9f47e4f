#!/usr/bin/env python3
"""Cold start, priming, steady-state CPU, artefact size and peak RSS of each function (BENCHMARKS.md).

Runs each function's own jar (functions/packaging/*/target/function.jar) in a fresh JVM, as Lambda would,
against moto's server with the sample edition published (news.broadsheet.local.BenchStack), and a
bare JVM hello-world beside them. Variants are alternated round by round (the order rotating), so
that a busy machine slows all of them alike; the figures are medians. Wall time, CPU time and peak
RSS are the whole child process's (wait4's rusage); the probes also report their in-process timings.

Usage (after `make build`): nice -n -5 infra-tests/bench/coldstart.py [--runs 5] [--experiments] [--steady-rounds 30]
(`make bench-coldstart` builds and runs it with --experiments.) On a shared machine run it at a
higher priority than the other work (nice -n -5 needs root) and quote the load average it prints.
"""
import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "infra-tests" / "target" / "bench"
JARS = {"api": ROOT / "functions/packaging/api-function/target/function.jar",
        "publisher": ROOT / "functions/packaging/publisher-function/target/function.jar"}
ARTEFACTS = dict(JARS, media=ROOT / "functions/packaging/media-function/target/function.jar")


def template_tool_options():
    """JAVA_TOOL_OPTIONS exactly as template.yaml sets it for the functions."""
    for line in (ROOT / "template.yaml").read_text().splitlines():
        if line.strip().startswith("JAVA_TOOL_OPTIONS:"):
            return line.split(":", 1)[1].strip()
    return ""


def compile_probes():
    """Each probe in a jar of its own: AppCDS archives classes from jars only, never from folders."""
    out = {}
    for name, jar in [("hello", None), ("api", JARS["api"]), ("publisher", JARS["publisher"])]:
        dest = TARGET / "probes" / name
        dest.mkdir(parents=True, exist_ok=True)
        source = {"hello": "Hello.java", "api": "ApiProbe.java", "publisher": "PublisherProbe.java"}[name]
        cmd = ["javac", "--release", "17", "-XDstringConcat=inline", "-d", str(dest)]
        if jar:
            cmd += ["-cp", str(jar)]
        subprocess.run(cmd + [str(ROOT / "infra-tests/bench/probes" / source)], check=True)
        probe_jar = TARGET / "probes" / f"{name}.jar"
        subprocess.run(["jar", "cf", str(probe_jar), "-C", str(dest), "."], check=True)
        out[name] = probe_jar
    return out


class Stack:
    """BenchStack: moto plus the sample edition; hands out queued publication ids."""

    def __init__(self):
        classpath = (ROOT / "infra-tests/bench/target/classpath.txt").read_text().strip()
        self.env_file = TARGET / "stack.env"
        self.log = open(TARGET / "stack.log", "w")
        self.proc = subprocess.Popen(
            ["java", "-Dbroadsheet.log.level=WARN", "-Dbroadsheet.moto.python=" + str(ROOT / ".venv/moto/bin/python"),
             "-cp", str(ROOT / "infra-tests/bench/target/classes") + ":" + classpath,
             "news.broadsheet.local.BenchStack", str(self.env_file)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log, text=True, cwd=ROOT)
        ready = self.proc.stdout.readline()
        if not ready.startswith("READY succeeded"):
            raise SystemExit(f"the bench stack did not start ({ready.strip()!r}); see {TARGET / 'stack.log'}")
        self.env = dict(line.split("=", 1) for line in self.env_file.read_text().splitlines() if "=" in line)

    def job(self):
        self.proc.stdin.write("job\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=60)
        self.log.close()


def run(cmd, env):
    """One child JVM: (wall s, cpu s, peak RSS MiB, its JSON line)."""
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=err)
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            raise SystemExit(f"{shlex.join(cmd)} failed:\n{err.read().decode()}")
    line = out.decode().strip().splitlines()[-1]
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, json.loads(line)


def variants(probes, stack, options, experiments):
    base = dict(os.environ, **stack.env)
    base.pop("JAVA_TOOL_OPTIONS", None)

    api_cp = f"{JARS['api']}:{probes['api']}"
    pub_cp = f"{JARS['publisher']}:{probes['publisher']}"
    out = {"hello (bare JVM)": (str(probes["hello"]), "Hello", lambda: [], "")}
    out["api: cold start"] = (api_cp, "ApiProbe", lambda: ["first"], options)
    out["api: primed first"] = (api_cp, "ApiProbe", lambda: ["primed"], options)
    out["publisher: cold start"] = (pub_cp, "PublisherProbe", lambda: ["first", stack.job()], options)
    out["publisher: primed first"] = (pub_cp, "PublisherProbe", lambda: ["primed", stack.job()], options)
    if experiments:
        # Each lever alone, against the template's options; the archive is made by a training run of the same request.
        archive = TARGET / "api.jsa"
        if archive.exists():
            archive.unlink()
        run(["java", f"-XX:ArchiveClassesAtExit={archive}", "-Xlog:cds=off", "-cp", api_cp, "ApiProbe", "first"],
            dict(base, JAVA_TOOL_OPTIONS=options))
        out["api: cold start, no JVM options (C2)"] = (api_cp, "ApiProbe", lambda: ["first"], "-XX:+TieredCompilation")
        out["api: cold start, + AppCDS archive"] = (api_cp, "ApiProbe", lambda: ["first"], f"{options} -XX:SharedArchiveFile={archive}")
        out["api: cold start, + SerialGC"] = (api_cp, "ApiProbe", lambda: ["first"], f"{options} -XX:+UseSerialGC")
        out["api: cold start, -Xshare:off (no JDK CDS)"] = (api_cp, "ApiProbe", lambda: ["first"], f"{options} -Xshare:off")
    return {name: (lambda cp=cp, main=main, args=args, opts=opts:
                   (["java", "-cp", cp, main, *args()], dict(base, JAVA_TOOL_OPTIONS=opts) if opts else base))
            for name, (cp, main, args, opts) in out.items()}


def median(values):
    return statistics.median(values) if values else float("nan")


def load():
    return " / ".join(f"{x:.1f}" for x in os.getloadavg())


def print_cold(results, options, runs, started, loads):
    hello = median([w for w, _, _, _ in results["hello (bare JVM)"]])
    hello_cpu = median([c for _, c, _, _ in results["hello (bare JVM)"]])
    print(f"\n{started}; JAVA_TOOL_OPTIONS={options!r}; {runs} alternated runs each; medians; "
          f"{os.cpu_count()} cores; load average (1/5/15 min) at start {loads[0]}, after the cold runs {loads[1]}\n")
    print("| Variant | Wall | × hello | CPU | CPU × hello | Peak RSS | Graph | Priming | First request (in-process) | First request × hello wall |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, rows in results.items():
        wall = median([w for w, _, _, _ in rows])
        cpu = median([c for _, c, _, _ in rows])
        rss = median([m for _, _, m, _ in rows])
        inproc = [j for _, _, _, j in rows]

        def f(key):
            vals = [float(j[key]) for j in inproc if key in j]
            return median(vals) if vals else None
        cell = lambda v: "–" if v is None else f"{v:.0f} ms"
        first = f("firstRequestMs")
        print(f"| {name} | {wall * 1000:.0f} ms | {wall / hello:.1f} | {cpu * 1000:.0f} ms | {cpu / hello_cpu:.1f} | {rss:.0f} MiB "
              f"| {cell(f('graphMs'))} | {cell(f('primeMs'))} | {cell(first)} | {'–' if first is None else f'{first / 1000 / hello:.2f}'} |")
        print(f"  runs: wall {[round(w * 1000) for w, _, _, _ in rows]} ms", file=sys.stderr)
    sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--steady-rounds", type=int, default=30, help="warm-up rounds, then as many measured")
    parser.add_argument("--no-steady", action="store_true", help="cold starts only")
    parser.add_argument("--experiments", action="store_true", help="also try AppCDS, C2, SerialGC and no JDK CDS")
    args = parser.parse_args()
    TARGET.mkdir(parents=True, exist_ok=True)
    options = template_tool_options()
    probes = compile_probes()
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    loads = [load()]
    stack = Stack()
    results = {}
    steady = {}
    try:
        plan = variants(probes, stack, options, args.experiments)
        names = list(plan)
        for r in range(args.runs):
            order = names[r % len(names):] + names[:r % len(names)]
            for name in order:
                cmd, env = plan[name]()
                results.setdefault(name, []).append(run(cmd, env))
            print(f"round {r + 1}/{args.runs} done", file=sys.stderr)
        loads.append(load())
        print_cold(results, options, args.runs, started, loads)
        # Steady state with the template's options and with C2 (no options), alternated.
        steady_options = {"template options (C1)": options, "no JVM options (C2)": ""}
        for _ in range(0 if args.no_steady else args.runs):
            for label, opts in steady_options.items():
                env = dict(os.environ, **stack.env)
                env.pop("JAVA_TOOL_OPTIONS", None)
                if opts:
                    env["JAVA_TOOL_OPTIONS"] = opts
                cmd = ["java", "-cp", f"{JARS['api']}:{probes['api']}", "ApiProbe", "steady", str(args.steady_rounds)]
                try:
                    steady.setdefault(label, []).append(run(cmd, env))
                except SystemExit as failed:  # one emulator hiccup costs one sample, not the cold-start figures
                    print(f"a steady-state run failed and is left out: {failed}", file=sys.stderr)
        loads.append(load())
    finally:
        stack.close()

    print(f"\nLoad average after the steady-state runs: {loads[-1]}")
    print("\n| Steady state (API, thread CPU per request) | create | read | update | peak RSS |")
    print("|---|---|---|---|---|")
    for label, rows in steady.items():
        js = [j for _, _, _, j in rows]
        print(f"| {label}: median of {len(rows)} JVMs × {args.steady_rounds} measured rounds "
              f"| {median([j['createCpuUs'] for j in js]) / 1000:.1f} ms | {median([j['readCpuUs'] for j in js]) / 1000:.1f} ms "
              f"| {median([j['updateCpuUs'] for j in js]) / 1000:.1f} ms | {median([m for _, _, m, _ in rows]):.0f} MiB |")
    print("\n| Artefact | Size |\n|---|---|")
    for name, jar in ARTEFACTS.items():
        if jar.exists():
            print(f"| {name} | {jar.stat().st_size / 1e6:.1f} MB ({jar.stat().st_size / 2**20:.1f} MiB) |")
    (TARGET / "coldstart.json").write_text(json.dumps({"started": started, "loads": loads, "options": options,
                                                        "results": results, "steady": steady}, indent=1))


if __name__ == "__main__":
    main()
