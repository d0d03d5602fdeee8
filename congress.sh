#!/usr/bin/env bash
# Congress — the two commands of the README.
#   ./congress.sh up     install what is missing, build, migrate, load the demo congress, serve on http://127.0.0.1:5080
#   ./congress.sh test   install what is missing, start PostgreSQL, run every test, print "N passed, N failed"
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

say() { printf '\n== %s\n' "$*"; }

# Debian packages, installed only when missing.
ensure_apt() {
  local missing=()
  for package in "$@"; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
  ((${#missing[@]})) || return 0
  say "Installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_dotnet() {
  command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (https://dot.net)." >&2; exit 1; }
}

# Native parts of face recognition (Biometrics, docs/adr/0007 and 0014), installed only when missing, into the ignored
# .native/: Debian's JPEG/PNG codecs and ffmpeg, the MIT face models (npm faceplugin-face-recognition-js) and real group
# photos for the tests (npm @vladmandic/face-api). ONNX Runtime itself comes with the build (NuGet Microsoft.ML.OnnxRuntime).
ensure_native() {
  ensure_apt libturbojpeg0 libspng0 ffmpeg
  local native="$ROOT/.native"
  mkdir -p "$native"
  [ -f "$native/models/fr_feature.onnx" ] && [ -f "$native/photos/sample6.jpg" ] && return 0
  command -v npm >/dev/null || { ensure_apt npm; }
  say "Fetching face models and sample photos into .native/"
  local work; work=$(mktemp -d /tmp/congress-native.XXXXXX)
  (
    cd "$work"
    npm pack --silent faceplugin-face-recognition-js@0.0.1 @vladmandic/face-api@1.7.15 >/dev/null
    mkdir -p fr faceapi
    tar -xzf faceplugin-face-recognition-js-0.0.1.tgz -C fr package/model
    tar -xzf vladmandic-face-api-1.7.15.tgz -C faceapi --wildcards 'package/demo/sample*.jpg'
    mkdir -p "$native/models" "$native/photos"
    cp fr/package/model/*.onnx "$native/models/"
    cp faceapi/package/demo/sample*.jpg "$native/photos/"
  )
  rm -rf "$work"
}

build() {
  ensure_dotnet
  say "Restoring and building (Release)"
  dotnet build Congress.sln -c Release -nologo -clp:ErrorsOnly -v:q
}

cmd_up() {
  ensure_apt fonts-noto-core   # the Vietnamese text of PDF minutes
  ensure_native
  ensure_dotnet
  # Published ReadyToRun (compiled ahead of time for this machine's processor) so that the first poll after a start does
  # not wait for the JIT; framework-dependent, into the ignored .build/host. The publish builds what the host needs.
  local rid
  case "$(uname -m)" in
    x86_64) rid=linux-x64 ;;
    aarch64|arm64) rid=linux-arm64 ;;
    *) rid="" ;;
  esac
  say "Publishing the host${rid:+ (ReadyToRun, $rid)}"
  if [ -n "$rid" ]; then
    dotnet publish src/Host/Congress.Host/Congress.Host.csproj -c Release -r "$rid" --self-contained false \
      -p:PublishReadyToRun=true -o "$ROOT/.build/host" -nologo -clp:ErrorsOnly -v:q
  else
    dotnet publish src/Host/Congress.Host/Congress.Host.csproj -c Release -o "$ROOT/.build/host" -nologo -clp:ErrorsOnly -v:q
  fi
  mkdir -p "$ROOT/.data"
  export Database__ConnectionString="${Database__ConnectionString:-Data Source=$ROOT/.data/congress.db}"
  # Installation keys (ballot seal, QR badges, sign-in key ring, face-template wrapping, audit HMAC) are made once by the
  # host in this folder, readable by the owner only — apart from the database, so that a copy of one is not the other.
  export Secrets__Directory="${Secrets__Directory:-$ROOT/.keys}"
  mkdir -p "$Secrets__Directory" && chmod 700 "$Secrets__Directory"
  for key in ballot-seal.key badge.key; do   # made in .data by earlier versions: move, never replace
    if [ -f "$ROOT/.data/$key" ] && [ ! -f "$Secrets__Directory/$key" ]; then mv "$ROOT/.data/$key" "$Secrets__Directory/$key"; fi
  done
  cd "$ROOT/.build/host"
  say "Migrating the database and loading the demo congress (skipped when data exists)"
  dotnet Congress.Host.dll seed-demo
  local url="${CONGRESS_URLS:-http://127.0.0.1:5080}"
  cat <<MSG

  Congress is starting on $url   (API docs: /docs, health: /health/ready, background jobs: /jobs)
  Sign in as:  admin (system administrator), btc, thuky, thamtra, giamsat, quansat, btc.x01;
               delegates' tablets: daibieu01..daibieu03. Each has its own random password, in
               $Secrets__Directory/demo-accounts.txt (readable by you only; written once by seed-demo)
  Keys:        $Secrets__Directory
               back this folder up APART from the database: without it, unpublished secret ballots, printed
               badges, face templates and sign-ins are lost; beside the database, a copy of one is a copy of both.
  Stop with Ctrl+C.

MSG
  exec dotnet Congress.Host.dll --urls "$url"
}

# A throw-away PostgreSQL (Debian's) on a loopback port, in a temporary data directory.
PG_DIR=""
start_postgres() {
  ensure_apt postgresql
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PG_DIR=$(mktemp -d /tmp/congress-pg.XXXXXX)
  local port=${CONGRESS_PG_PORT:-55432}
  local as=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$PG_DIR/data" -U congress --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  export CONGRESS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=congress;Database=postgres;Pooling=true;Maximum Pool Size=50"
  trap stop_postgres EXIT
  # A hot standby streaming from it on the next port, for the dashboards' replica reads (docs/adr/0033); a standby needs
  # at least the primary's max_connections.
  "${as[@]}" "$bin/pg_basebackup" -h 127.0.0.1 -p "$port" -U congress -D "$PG_DIR/replica" -R -X stream -c fast
  "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/replica" -l "$PG_DIR/replica.log" -w -o "-p $((port + 1)) -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  export CONGRESS_TEST_POSTGRES_REPLICA="Host=127.0.0.1;Port=$((port + 1));Username=congress;Database=postgres;Pooling=true;Maximum Pool Size=20"
  echo "PostgreSQL on 127.0.0.1:$port, hot standby on $((port + 1)) ($PG_DIR)"
}

stop_postgres() {
  [ -n "$PG_DIR" ] || return 0
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  local as=(); [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
  [ -d "$PG_DIR/replica" ] && { "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/replica" -m fast stop >/dev/null 2>&1 || true; }
  "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}

cmd_test() {
  ensure_apt postgresql chromium fonts-noto-core fonts-dejavu-core   # DejaVu: the Documents tests write PDFs with it
  ensure_native
  build
  say "Starting PostgreSQL for the integration tests"
  start_postgres
  export CONGRESS_CHROMIUM="${CONGRESS_CHROMIUM:-/usr/bin/chromium}"
  local results="$ROOT/.test-output"; rm -rf "$results"; mkdir -p "$results"
  local status=0
  for project in $(find tests -name '*Tests.csproj' | sort); do
    local name; name=$(basename "$project" .csproj)
    say "$name"
    dotnet test "$project" -c Release --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
      2>&1 | tee "$results/$name.log" | grep -E '^\s*(Failed|Passed!|Failed!|Skipped) ' || true
    [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  done
  summarise "$results" || status=1
  return $status
}

# Adds up every test project's trx file into one closing line.
summarise() {
  python3 - "$1" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
files = glob.glob(sys.argv[1] + "/*.trx")
for f in files:
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed")); failed += int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout")) + int(c.get("aborted"))
    skipped += int(c.get("notExecuted"))
for f in files:
    for r in ET.parse(f).getroot().iterfind(".//t:UnitTestResult", ns):
        if r.get("outcome") not in ("Failed", "Error", "Timeout", "Aborted"): continue
        message = r.findtext("t:Output/t:ErrorInfo/t:Message", "", ns).strip()
        stack = r.findtext("t:Output/t:ErrorInfo/t:StackTrace", "", ns).strip().splitlines()
        print(f"\n-- {r.get('testName')}\n" + "\n".join(message.splitlines()[:25]) + "\n" + "\n".join(stack[:12]))
print()
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or not files or passed == 0 else 0)
PY
}

case "${1:-}" in
  up) cmd_up ;;
  test) cmd_test ;;
  native) ensure_native ;;
  *) echo "Usage: ./congress.sh up | test"; exit 2 ;;
esac
