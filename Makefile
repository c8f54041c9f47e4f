# Broadsheet: `make run` starts the local stack, `make test` runs every check.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
MOTO := $(VENV)/moto/bin/moto_server
SAM := $(VENV)/sam/bin/sam
CHECKOV := $(VENV)/checkov/bin/checkov
SCHEMATHESIS := $(VENV)/schemathesis/bin/schemathesis
MOTO_VERSION := 5.2.5
SAM_VERSION := 1.170.0
CFN_LINT_VERSION := 1.58.0
CHECKOV_VERSION := 3.3.30
SCHEMATHESIS_VERSION := 4.32.5
# The AWS tools run offline: no telemetry, no instance-metadata probing, a region but no credentials.
OFFLINE_AWS := SAM_CLI_TELEMETRY=0 AWS_EC2_METADATA_DISABLED=true AWS_DEFAULT_REGION=us-east-1 AWS_REGION=us-east-1
MVN := mvn -B -q -ntp
# The local stack and the operator's tools (functions/local); the benchmark programs (infra-tests/bench).
CLASSPATH_FILE := functions/local/target/classpath.txt
LOCAL_CP = functions/local/target/classes:$$(cat $(CLASSPATH_FILE))
BENCH_CLASSPATH_FILE := infra-tests/bench/target/classpath.txt
BENCH_CP = infra-tests/bench/target/classes:$$(cat $(BENCH_CLASSPATH_FILE))
SESSION_FILE := functions/local/target/local-stack.env
PORT ?= 8080
# A short batch job: C1 alone compiles enough, and leaves both cores to the rendering.
RENDER_JVM := -XX:TieredStopAtLevel=1 -XX:+UseParallelGC
# make run's JVM starts as the functions' do in Lambda (C1 only, template.yaml), with no collector threads.
RUN_JVM := -XX:TieredStopAtLevel=1 -XX:+UseSerialGC

.PHONY: eval-import import-model help run test build build-bench sam unit it it-localstack shell-tools bench-api venv clean import backfill render-corpus bench bench-publish bench-archive template-checks fuzz browser-test browser-test-localstack chromium cjk-fonts cjk-truetype-font bench-epaper eval-epaper bench-photo screenshots bench-search bench-coldstart bench-backfill deploy-desk lighthouse bench-rebuild bench-publish-chunked

help:
	@echo "make run    - the local stack on http://127.0.0.1:$(PORT) (API, site, emulator)"
	@echo "make test   - unit tests, integration tests against an AWS emulator, contract checks"
	@echo "make sam ARGS=\"deploy --guided\" - the project's SAM CLI, telemetry off (README, Deploy)"
	@echo "make bench-rebuild [EDITIONS=365] [WORKERS=1,2,4,8] [EMULATOR=localstack] [SEED=store] [TODAY=100] - BENCHMARKS.md's rebuild figures"

# Project-local Python tools; each in its own virtualenv so their pins cannot clash.
$(MOTO):
	$(PYTHON) -m venv $(VENV)/moto
	$(VENV)/moto/bin/pip install -q 'moto[server]==$(MOTO_VERSION)'

$(SAM):
	$(PYTHON) -m venv $(VENV)/sam
	$(VENV)/sam/bin/pip install -q 'aws-sam-cli==$(SAM_VERSION)' 'cfn-lint==$(CFN_LINT_VERSION)'

$(CHECKOV):
	$(PYTHON) -m venv $(VENV)/checkov
	$(VENV)/checkov/bin/pip install -q 'checkov==$(CHECKOV_VERSION)'

$(SCHEMATHESIS):
	$(PYTHON) -m venv $(VENV)/schemathesis
	$(VENV)/schemathesis/bin/pip install -q 'schemathesis==$(SCHEMATHESIS_VERSION)'

venv: $(MOTO) $(SAM) $(CHECKOV) $(SCHEMATHESIS)

# The local stack's build, from this checkout alone: one reactor package (no install, so the shared Maven
# repository's jars are neither read nor overwritten) that also writes the classpath, pointing at
# this checkout's module jars. The classpath file is the stamp: a start with no source changed skips Maven.
BUILD_INPUTS := $(shell find pom.xml functions web/templates web/assets web/edge \
	-type f -not -path '*/target/*' -not -path '*/moto/*' 2>/dev/null)
build: $(CLASSPATH_FILE)
$(CLASSPATH_FILE): $(BUILD_INPUTS)
	$(MVN) -pl functions/local -am package dependency:build-classpath -Dmaven.test.skip=true -Dmdep.outputFile=target/classpath.txt
	@touch $@

# The benchmark programs' build, the same way (make bench-*, render-corpus and the scripts in infra-tests/bench).
build-bench: $(BENCH_CLASSPATH_FILE)
$(BENCH_CLASSPATH_FILE): $(BUILD_INPUTS) $(shell find infra-tests/bench/pom.xml infra-tests/bench/src -type f 2>/dev/null)
	$(MVN) -pl infra-tests/bench -am package dependency:build-classpath -Dmaven.test.skip=true -Dmdep.outputFile=target/classpath.txt
	@touch $@

# make run keeps the table, the site bucket and the e-paper's files in .local/data between runs; RESET=1 starts empty.
run: $(MOTO) build
	@PORT=$(PORT) BROADSHEET_LOCAL_DATA="$(CURDIR)/.local/data" BROADSHEET_RESET="$(RESET)" BROADSHEET_REBUILD_WORKERS="$(or $(WORKERS),2)" exec java $(RUN_JVM) -Dbroadsheet.moto.python=$(VENV)/moto/bin/python \
		-cp "$(LOCAL_CP)" news.broadsheet.local.LocalServer

# Import a page export into the running local stack: make import FILE=page.txt EDITION=2026-01-05 PAGE=2
import:
	@test -n "$(FILE)" -a -n "$(EDITION)" -a -n "$(PAGE)" || { echo "usage: make import FILE=page.txt EDITION=YYYY-MM-DD PAGE=N"; exit 2; }
	@test -f $(SESSION_FILE) || { echo "start the local stack first: make run"; exit 2; }
	@set -a; . $(SESSION_FILE); set +a; \
	java -cp "$(LOCAL_CP)" news.broadsheet.local.ImportCommand \
		"$(FILE)" "$(EDITION)" "$(PAGE)" "$$URL" "$${TOKEN:-$$BROADSHEET_EDITOR_TOKEN}"

# Bring back issues online: archive dumps under DIR, oldest edition first, against make run (or API=url
# TOKEN=editor-token): make backfill DIR=dumps [FROM=YYYY-MM-DD] [TO=YYYY-MM-DD] [NUMBER=1] [REPORT=backfill-report.json]
# [YES=1: number the editions across a break in their sequence that a first run reported]
# [WAY=queue: file every edition, then publish them all through the rebuild's queue and workers (POST /api/site/rebuild?mode=backfill)]
backfill:
	@test -n "$(DIR)" || { echo "usage: make backfill DIR=folder [FROM=YYYY-MM-DD] [TO=YYYY-MM-DD] [NUMBER=n] [REPORT=file] [API=url TOKEN=token] [YES=1]"; exit 2; }
	@test -n "$(API)" -o -f $(SESSION_FILE) || { echo "start the local stack first (make run), or name it: API=http://127.0.0.1:8080 TOKEN=…"; exit 2; }
	@test -f $(CLASSPATH_FILE) || $(MAKE) --no-print-directory build
	@if [ -f $(SESSION_FILE) ]; then set -a; . $(SESSION_FILE); set +a; fi; \
	java -cp "$(LOCAL_CP)" news.broadsheet.local.backfill.BackfillCommand \
		"$(DIR)" "$(or $(FROM),-)" "$(or $(TO),-)" "$(or $(NUMBER),1)" "$(or $(REPORT),backfill-report.json)" \
		"$(or $(API),$$URL)" "$(or $(TOKEN),$${BROADSHEET_EDITOR_TOKEN})" "$(or $(YES),no)" "$(or $(WAY),publication)"

# Render a corpus (the format of ../shared/bench/make_corpus.py) to a folder, then its search index;
# SEARCH_INDEX=0 renders the pages alone: make render-corpus CORPUS=c.jsonl OUT=site/ [SEARCH_INDEX=0]
render-corpus:
	@test -n "$(CORPUS)" -a -n "$(OUT)" || { echo "usage: make render-corpus CORPUS=corpus.jsonl OUT=dir [SEARCH_INDEX=0]"; exit 2; }
	@test -f $(BENCH_CLASSPATH_FILE) || $(MAKE) --no-print-directory build-bench
	@java $(RENDER_JVM) -cp "$(BENCH_CP)" news.broadsheet.local.RenderCorpus \
		$(if $(filter 0,$(SEARCH_INDEX)),--no-search-index) "$(CORPUS)" "$(OUT)"

# The render benchmark of BENCHMARKS.md: make bench [BENCH_DIR=/some/disk/folder]
bench:
	infra-tests/bench/render-vs-hugo.sh $(BENCH_DIR)

# Publish the largest edition the API allows (PAGES x 60 articles) against moto, republish it, take it
# down: make bench-publish [PAGES=100]. The heap is capped below the publisher function's 2,048 MB.
bench-publish: $(MOTO)
	@test -f $(BENCH_CLASSPATH_FILE) || $(MAKE) --no-print-directory build-bench
	@java -Xmx1600m -Dbroadsheet.moto.python=$(VENV)/moto/bin/python -cp "$(BENCH_CP)" \
		news.broadsheet.local.PublishBench $(or $(PAGES),100)
# The same edition published in chunks over the rebuild queue's workers: the longest single invocation.
# make bench-publish-chunked [PAGES=100] [WORKERS=2]
bench-publish-chunked: $(MOTO)
	@test -f $(BENCH_CLASSPATH_FILE) || $(MAKE) --no-print-directory build-bench
	@java -Xmx1600m -Dbroadsheet.moto.python=$(VENV)/moto/bin/python -cp "$(BENCH_CP)" \
		news.broadsheet.local.ChunkedPublishBench $(or $(PAGES),100) $(or $(WORKERS),2)
# BENCHMARKS.md's correction cost by archive size: make bench-archive [RUNS=5] [SIZES=10,365,3650] [SEARCH_DIRECTORY=0] [EMULATOR=localstack]
# [MODE=redesign: each run republishes the latest edition as a back issue with a new stylesheet instead of correcting it]
SIZES ?= 10,365,3650
bench-archive: $(MOTO)
	@test -f $(BENCH_CLASSPATH_FILE) || $(MAKE) --no-print-directory build-bench
	@TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_CHECKS_DISABLE=true TESTCONTAINERS_HOST_OVERRIDE=localhost \
	java -Dbroadsheet.moto.python=$(VENV)/moto/bin/python -Dbroadsheet.emulator=$(or $(EMULATOR),moto) -cp "$(BENCH_CP)" \
		news.broadsheet.local.ArchiveBench $(or $(RUNS),5) $(SIZES) $(or $(SEARCH_DIRECTORY),1) $(or $(MODE),correction)
# BENCHMARKS.md's photo figures: a 24-megapixel JPEG through the processor (time, memory, bytes to a phone).
bench-photo:
	$(MVN) -pl functions/media -am install -DskipTests
	$(MVN) -pl functions/media dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt
	java -Xmx2g -XX:+UseSerialGC -cp "functions/media/target/test-classes:functions/media/target/classes:$$(cat functions/media/target/classpath.txt)" \
		news.broadsheet.media.processing.PhotoBenchmark $(or $(RUNS),5)

# BENCHMARKS.md's e-paper figures: a broadsheet 版面 PDF (about 3 MB, six stories, a photo) processed, first in one JVM
# (PageBenchmark), then on the emulator: the PDF PUT to moto's S3 and the media function's jar handling the S3 event in
# a JVM of its own, sized like the function's MemorySize (EpaperBench): make bench-epaper [RUNS=5]
MEDIA_MB = $(shell awk '/^  MediaFunction:/{f=1} f&&/MemorySize:/{print $$2; exit}' template.yaml)
MEDIA_JVM = $(shell sed -n 's/^ *JAVA_TOOL_OPTIONS: *//p' template.yaml | head -1) -XX:MaxRAM=$(MEDIA_MB)m -XX:MaxRAMPercentage=85
EPAPER_BENCH := infra-tests/target/bench/epaper
bench-epaper: cjk-truetype-font $(MOTO) build-bench
	$(MVN) -pl functions/media -am test-compile dependency:build-classpath -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
		-Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt
	java -Xmx2g -XX:+UseSerialGC -cp "functions/media/target/test-classes:functions/media/target/classes:$$(cat functions/media/target/classpath.txt)" \
		news.broadsheet.epaper.PageBenchmark $(or $(RUNS),5) $(EPAPER_BENCH)
	$(MVN) -pl functions/packaging/media-function -am package -Dmaven.test.skip=true
	mkdir -p $(EPAPER_BENCH)/probe
	javac --release 17 -cp functions/packaging/media-function/target/function.jar -d $(EPAPER_BENCH)/probe infra-tests/bench/probes/MediaProbe.java
	jar cf $(EPAPER_BENCH)/probe.jar -C $(EPAPER_BENCH)/probe .
	java -Dbroadsheet.log.level=WARN -Dbroadsheet.moto.python=$(VENV)/moto/bin/python -cp "$(BENCH_CP)" news.broadsheet.local.EpaperBench \
		$(EPAPER_BENCH) $(or $(RUNS),5) functions/packaging/media-function/target/function.jar $(EPAPER_BENCH)/probe.jar $(MEDIA_JVM)

# The e-paper's locator on real text: 版面 composed from the corpus's articles (../shared), located and scored (make eval-epaper [PAGES=40]).
# The classpath is built in the same reactor as the compile, so it names this checkout's classes, never an older installed jar.
eval-epaper: cjk-truetype-font
	$(MVN) -pl functions/media -am test-compile dependency:build-classpath -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
		-Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt
	java -Xmx1g -XX:+UseSerialGC -Dbroadsheet.corpus=../shared/corpus/people-daily/2020-01 \
		-cp "functions/media/target/test-classes:functions/media/target/classes:$$(cat functions/media/target/classpath.txt)" \
		news.broadsheet.epaper.processing.RealTextEval $(or $(PAGES),40)

# BENCHMARKS.md's cold-start figures: each function's jar in a fresh JVM against moto, beside a bare
# JVM, alternated; with --experiments, each JVM lever alone (make bench-coldstart [RUNS=5]).
bench-coldstart: $(MOTO) build-bench
	$(MVN) -pl functions/packaging/api-function,functions/packaging/publisher-function,functions/packaging/media-function -am package -Dmaven.test.skip=true
	infra-tests/bench/coldstart.py --runs $(or $(RUNS),5) --experiments

# sam build calls build-<LogicalId> (BuildMethod: makefile). Each function has its own jar, made by
# functions/packaging/<name>-function: ApiFunction -> functions/packaging/api-function, PublisherFunction ->
# functions/packaging/publisher-function, a new XxxFunction -> functions/packaging/xxx-function (ArtefactContractTest
# checks the template, these modules and each function's IAM policy agree).
build-%Function:
	$(eval ARTEFACT := functions/packaging/$(shell echo '$*' | sed -E 's/([a-z0-9])([A-Z])/\1-\2/g' | tr A-Z a-z)-function)
	mvn -B -q -ntp -pl $(ARTEFACT) -am package -DskipTests
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(ARTEFACT)/target/function.jar "$(ARTIFACTS_DIR)/lib/"

# The API's heaviest routes at their largest inputs, timed against an emulator (BENCHMARKS.md):
# make bench-api [EMULATOR=localstack] [RUNS=5]
bench-api: $(MOTO)
	@test -f $(BENCH_CLASSPATH_FILE) || $(MAKE) --no-print-directory build-bench
	@java -Dbroadsheet.moto.python=$(VENV)/moto/bin/python -Dbroadsheet.emulator=$(or $(EMULATOR),moto) -Dbroadsheet.bench.runs=$(or $(RUNS),5) \
		-cp "$(BENCH_CP)" news.broadsheet.local.WorstRoutes

# The *Test tier alone: no network, no emulator. Two test JVMs per module, one per core. ArtefactContractTest
# reads the function jars that only packaging makes, so it runs in make test (after packaging), not here.
unit: cjk-truetype-font
	$(MVN) test -DforkCount=2 -Dtest='*Test,!ArtefactContractTest' -Dsurefire.failIfNoSpecifiedTests=false

it: $(MOTO) cjk-truetype-font
	$(MVN) verify -Dbroadsheet.emulator=$(or $(EMULATOR),)

# Everything the project checks: unit tests, the integration tests on moto's server and, where a
# Docker engine runs, again on LocalStack (EMULATOR=moto|localstack runs them on that one only),
# the fuzz run, the browser tests and the template.
IT_REPORTS = -Dbroadsheet.it.reports=failsafe-reports-$(1)
test: venv shell-tools cjk-truetype-font
	rm -rf infra-tests/target/failsafe-reports-* infra-tests/target/localstack-skipped.txt infra-tests/target/desk-localstack.txt
	@# A failed run still says how many tests ran on each emulator before it stops.
	@# The classpath in the same reactor, so it names this checkout's jars (see build).
	mvn -B -ntp install dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
	  -Dbroadsheet.emulator=$(or $(EMULATOR),moto) $(call IT_REPORTS,$(or $(EMULATOR),moto)) \
	  || { infra-tests/it-summary.sh; exit 1; }
	$(if $(EMULATOR),,$(MAKE) --no-print-directory it-localstack || { infra-tests/it-summary.sh; exit 1; })
	$(MAKE) --no-print-directory fuzz browser-test template-checks
	$(if $(filter moto,$(EMULATOR)),,$(MAKE) --no-print-directory browser-test-localstack || { infra-tests/it-summary.sh; exit 1; })
	@infra-tests/it-summary.sh

# The integration tests on LocalStack 4.14.0 through Testcontainers, when a Docker engine answers:
# the image is reused, pulled, or built from package registries (infra-tests/localstack/). Without
# an engine they are skipped and the summary says why; under CI=true an image that cannot be made fails.
it-localstack:
	@mkdir -p infra-tests/target; \
	if ! docker info >/dev/null 2>&1; then \
	  echo "no Docker engine answers (.ci/run starts Debian's docker.io when it runs as root)" > infra-tests/target/localstack-skipped.txt; \
	  echo "LocalStack skipped: $$(cat infra-tests/target/localstack-skipped.txt)"; \
	elif ! infra-tests/localstack/build-image.sh; then \
	  if [ "$$CI" = true ]; then echo "the LocalStack image could not be made"; exit 1; fi; \
	  echo "the LocalStack image could not be made (see the lines above)" > infra-tests/target/localstack-skipped.txt; \
	else \
	  mvn -B -ntp verify -pl infra-tests -Dbroadsheet.emulator=localstack $(call IT_REPORTS,localstack) \
	    -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false; \
	fi

# Schemathesis against the local stack: no 500s, and every answer as openapi.yaml says.
fuzz: $(MOTO) $(SCHEMATHESIS)
	@test -f $(CLASSPATH_FILE) || $(MAKE) --no-print-directory build
	infra-tests/with-local-stack.sh infra-tests/fuzz/api-fuzz.sh

# The reader site in Debian's Chromium (playwright-core drives it; axe-core checks accessibility).
BROWSER_DEPS := infra-tests/browser/node_modules/.package-lock.json
$(BROWSER_DEPS): infra-tests/browser/package.json infra-tests/browser/package-lock.json
	cd infra-tests/browser && npm ci --no-audit --no-fund --ignore-scripts

# curl and jq: the README's examples use them, and ReadmeExamplesIT runs those examples as printed.
shell-tools:
	@command -v curl >/dev/null && command -v jq >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl jq; }

chromium:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

# Real CJK glyphs in the browser tests (without them every Han character is a box and still "passes").
cjk-fonts:
	@dpkg -s fonts-noto-cjk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk; }

# A CJK font with TrueType (glyf) outlines, which PDFBox can embed: the e-paper's generated test pages use it.
cjk-truetype-font:
	@dpkg -s fonts-droid-fallback fonts-dejavu-core >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-droid-fallback fonts-dejavu-core; }

browser-test: $(MOTO) $(BROWSER_DEPS) chromium cjk-fonts
	@test -f $(CLASSPATH_FILE) || $(MAKE) --no-print-directory build
	infra-tests/with-local-stack.sh sh -c 'cd infra-tests/browser && CHROMIUM=$$(command -v chromium) node --test'

# The desk's whole day (desk.test.mjs) again with the local stack on LocalStack, when a Docker engine
# answers and the image is there or can be made (as it-localstack). Only that file: the other desk
# tests exercise the browser, not the emulator, and would add minutes on LocalStack for no new check.
browser-test-localstack: $(MOTO) $(BROWSER_DEPS) chromium cjk-fonts
	@test -f $(CLASSPATH_FILE) || $(MAKE) --no-print-directory build
	@mkdir -p infra-tests/target; \
	if ! docker info >/dev/null 2>&1; then \
	  echo "skipped: no Docker engine answers" > infra-tests/target/desk-localstack.txt; \
	elif ! infra-tests/localstack/build-image.sh; then \
	  if [ "$$CI" = true ]; then echo "the LocalStack image could not be made"; exit 1; fi; \
	  echo "skipped: the LocalStack image could not be made" > infra-tests/target/desk-localstack.txt; \
	elif BROADSHEET_EMULATOR=localstack infra-tests/with-local-stack.sh sh -c 'cd infra-tests/browser && CHROMIUM=$$(command -v chromium) node --test desk.test.mjs'; then \
	  echo "passed (desk.test.mjs)" > infra-tests/target/desk-localstack.txt; \
	else \
	  echo "FAILED (desk.test.mjs)" > infra-tests/target/desk-localstack.txt; exit 1; \
	fi; \
	echo "The desk's day on LocalStack: $$(cat infra-tests/target/desk-localstack.txt)"

# Lighthouse's mobile profile on the sample edition's printed 版面 (the four scores, failing below 95 in
# any), and on the desk's story list and editor (failing below performance 90 or accessibility 100).
lighthouse: $(MOTO) $(BROWSER_DEPS) chromium cjk-fonts
	@test -f $(CLASSPATH_FILE) || $(MAKE) --no-print-directory build
	infra-tests/with-local-stack.sh sh -c 'cd infra-tests/browser && export CHROMIUM=$$(command -v chromium) && node lighthouse.mjs && node desk-lighthouse.mjs'

# The README's screenshots (docs/screenshots) of the sample edition, with real CJK glyphs: make screenshots
screenshots: $(MOTO) $(BROWSER_DEPS) chromium cjk-fonts
	@test -f $(CLASSPATH_FILE) || $(MAKE) --no-print-directory build
	infra-tests/with-local-stack.sh sh -c 'cd infra-tests/browser && export CHROMIUM=$$(command -v chromium) && node screenshots.mjs ../../docs/screenshots && node epaper-screenshots.mjs ../../docs/screenshots && node desk-screenshots.mjs ../../docs/screenshots'

# The desk (web/desk) into a deployed stack's site bucket, under desk/, where its CloudFront
# behaviour reads it: make deploy-desk BUCKET=<the stack's SiteBucketName output>
deploy-desk:
	@test -n "$(BUCKET)" || { echo "usage: make deploy-desk BUCKET=<the stack's SiteBucketName output>"; exit 2; }
	aws s3 sync web/desk "s3://$(BUCKET)/desk/" --delete --cache-control no-cache

# BENCHMARKS.md's backfill throughput: a year of the corpus (32 stories an edition over 8 pages) as
# archive-dump files, through make backfill into a fresh local stack (on a free port, or BENCH_PORT), once
# one publication at a time and once through the rebuild's queue (WAY=queue), printed side by side:
# make bench-backfill [EDITIONS=365] [BENCH_DIR=/some/folder] [BENCH_PORT=8150] [WAYS="publication queue"] [WORKERS=2]
bench-backfill: $(MOTO)
	PORT=$(BENCH_PORT) infra-tests/bench/backfill.sh $(or $(EDITIONS),365) $(BENCH_DIR)

# BENCHMARKS.md's rebuild figures: a redesign over EDITIONS back issues, today's way (one publication per
# edition) and by the rebuild with 1, 2, 4 and 8 workers: make bench-rebuild [EDITIONS=365] [WORKERS=1,2,4,8] [EMULATOR=localstack]
# [SEED=store: the archive written straight through the stores, pages rendered by the rebuild's code, instead of through the API]
# [TODAY=N: today's way over the newest N editions only, a per-edition rate]. The 3,650-edition run on LocalStack:
# make bench-rebuild EDITIONS=3650 EMULATOR=localstack SEED=store TODAY=100 WORKERS=2,8
bench-rebuild: $(MOTO)
	@test -f $(BENCH_CLASSPATH_FILE) || $(MAKE) --no-print-directory build-bench
	@TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_CHECKS_DISABLE=true TESTCONTAINERS_HOST_OVERRIDE=localhost \
	java -Xmx1600m -Dbroadsheet.moto.python=$(VENV)/moto/bin/python -Dbroadsheet.emulator=$(or $(EMULATOR),moto) \
		-cp "$(BENCH_CP)" news.broadsheet.local.RebuildBench $(or $(EDITIONS),365) $(or $(WORKERS),1,2,4,8) $(or $(SEED),api) $(TODAY)

# Search against Pagefind on the year's archive (BENCHMARKS.md): make bench-search [BENCH_DIR=/some/folder]
bench-search:
	infra-tests/bench/search/run.sh $(BENCH_DIR)

# The project's own SAM CLI (pinned, in .venv/sam) with its telemetry off, for deploying from this
# checkout (README, Deploy): make sam ARGS="deploy --guided"
sam: $(SAM)
	SAM_CLI_TELEMETRY=0 $(SAM) $(ARGS)

template-checks: $(SAM) $(CHECKOV)
	$(OFFLINE_AWS) $(SAM) validate --lint
	$(CHECKOV) -f template.yaml --framework cloudformation --quiet --compact --skip-download
	$(OFFLINE_AWS) $(SAM) build

clean:
	$(MVN) clean
	rm -rf $(VENV) .aws-sam

# Score the page importer on real pages it was not written against (docs/importing.md, "How well the importer
# reads"): make eval-import [CORPUS=../shared/corpus/people-daily] [MONTHS="2019-02 2020-01"] [SHAPES="NO_INDENT LF"]
eval-import:
	$(MVN) -o -pl functions test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
	java -Xmx1g $(EVAL_OPTS) -Dbroadsheet.eval.shapes="$(SHAPES)" -cp "functions/target/test-classes:functions/target/classes:$$(cat functions/target/test-classpath.txt)" \
		news.broadsheet.importer.eval.ImportEval $(or $(CORPUS),../shared/corpus/people-daily) $(MONTHS)

# The importer's line-role model (a resource in the API jar), learned from one corpus month only:
# make import-model [CORPUS=../shared/corpus/people-daily] [TRAIN_MONTH=2019-02]
import-model:
	$(MVN) -o -pl functions test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
	java -Xmx1g -cp "functions/target/test-classes:functions/target/classes:$$(cat functions/target/test-classpath.txt)" \
		news.broadsheet.importer.eval.TrainLineRoles $(or $(CORPUS),../shared/corpus/people-daily)/$(or $(TRAIN_MONTH),2019-02) \
		functions/src/main/resources/news/broadsheet/importer/line-roles.tsv PRINTED,BLANK_LINE,LF,NO_INDENT
	java -Xmx2g -Dbroadsheet.roles.logistic=true -cp "functions/target/test-classes:functions/target/classes:$$(cat functions/target/test-classpath.txt)" \
		news.broadsheet.importer.eval.TrainLineRoles $(or $(CORPUS),../shared/corpus/people-daily)/$(or $(TRAIN_MONTH),2019-02) \
		functions/src/main/resources/news/broadsheet/importer/line-roles-flat.tsv NO_INDENT
	java -Xmx1g -cp "functions/target/test-classes:functions/target/classes:$$(cat functions/target/test-classpath.txt)" \
		news.broadsheet.importer.eval.TrainHeadPairs $(or $(CORPUS),../shared/corpus/people-daily)/$(or $(TRAIN_MONTH),2019-02) \
		functions/src/main/resources/news/broadsheet/importer/head-pairs.tsv
