#!/usr/bin/env bash
# ComposeGuard build: installs what is missing, then builds or tests.
#
#   ./build.sh          build the CLI, the wasm scanner and the extension
#   ./build.sh test     build, then run every test (Rust, rule examples,
#                       wasm binding, headless-browser suite)
#   ./build.sh bench    build, then run the benchmarks (docs/benchmarks.md)
#   ./build.sh demo     build, then open Chromium with the extension
#   ./build.sh help     this text
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

WASM_TARGET=wasm32-unknown-unknown
DIST="$ROOT/dist"
SCANNER_OUT="$DIST/scanner"
WASM_TOOLS="$ROOT/crate/wasm/node_modules/.bin"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

# The wasm-bindgen version pinned with `=x.y.z` in crate/Cargo.toml; the CLI
# must match it exactly or the generated glue does not fit the module.
pinned_wasm_bindgen() {
  sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p' crate/Cargo.toml
}

apt_install() {
  command -v apt-get >/dev/null || die "need $* but apt-get is missing; install it by hand"
  if [ -z "${APT_UPDATED:-}" ]; then
    apt-get update -qq
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_rust() {
  step "Rust toolchain"
  command -v cargo >/dev/null || die "cargo is missing: install Rust with rustup first"
  if ! rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"; then
    rustup target add "$WASM_TARGET"
  fi
  cargo --version
}

ensure_wasm_bindgen() {
  step "wasm-bindgen CLI"
  local want have
  want="$(pinned_wasm_bindgen)"
  [ -n "$want" ] || die "could not read the pinned wasm-bindgen version from crate/Cargo.toml"
  have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
  if [ "$have" != "$want" ]; then
    echo "installing wasm-bindgen-cli $want (found: ${have:-none})"
    # Without --locked: its lock file pins a crate the registry here lacks.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
  have="$(wasm-bindgen --version | awk '{print $2}')"
  [ "$have" = "$want" ] || die "wasm-bindgen $have installed, $want pinned"
  echo "wasm-bindgen $have"
}

ensure_node() {
  step "Node.js"
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    apt_install nodejs npm
  fi
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 18 ] || die "Node.js 18 or newer needed, found $(node --version)"
  node --version
}

# npm ci when the lock file is newer than the installed tree.
npm_ci() {
  local dir="$1"
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

ensure_chromium() {
  step "Chromium"
  if ! command -v chromium >/dev/null; then
    apt_install chromium chromium-driver
  fi
  chromium --version 2>/dev/null || true
}

build_cli() {
  step "CLI (target/release/composeguard)"
  cargo build --release -p composeguard --features cli
}

# Compiles the scanner crate for wasm with the features in $1 into the
# target directory $2; prints the module's path.
cargo_wasm() {
  local features="$1" target_dir="$2"
  # LLVM inlines less than its default (225) here: with session 5's rules a
  # threshold of 100 makes the module 36 KB smaller (733 -> 697 KB raw,
  # 318.7 -> 305.8 KB gzip, that is 298.6 KiB) for 2-7 % of throughput in
  # crate/wasm/bench.mjs (noisy on this machine); 75 saves 2 KB more for
  # another 3-5 %.
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Ctarget-cpu=mvp $features -Cllvm-args=-inline-threshold=100" \
    cargo build --profile wasm --target "$WASM_TARGET" -p composeguard --features wasm --lib \
    --target-dir "$target_dir" >&2
  echo "$target_dir/$WASM_TARGET/wasm/composeguard.wasm"
}

build_wasm() {
  step "wasm scanner ($SCANNER_OUT)"
  npm_ci crate/wasm
  local work="target/wasm-pkg"
  rm -rf "$work" "$SCANNER_OUT"
  mkdir -p "$work/simd" "$SCANNER_OUT"
  # Two builds of the one engine. Pages whose CSP forbids WebAssembly in
  # content scripts get wasm2js, which needs the MVP feature set; real wasm
  # gets SIMD128 (memchr and LLVM's loop vectoriser use it), bulk memory
  # (memory.copy instead of byte loops), sign extension and saturating
  # float casts: measured with crate/wasm/bench.mjs, 10-20 % more
  # throughput and 5.5 KB (1.5 KB gzip) smaller than the MVP module
  # (issues 2 and 3). Every browser that runs MV3 extensions has these
  # features (Chrome 91, Firefox 89); where compiling fails anyway,
  # load.js falls back to the wasm2js build. The two builds keep their own
  # target directories so that both stay cached.
  local raw simd
  raw="$(cargo_wasm "" target)"
  simd="$(cargo_wasm "-Ctarget-feature=+simd128,+bulk-memory,+sign-ext,+nontrapping-fptoint,+mutable-globals" target/wasm-simd)"
  # std is prebuilt with post-MVP features; lower them so that the module
  # suits wasm2js, and drop the feature section that would make
  # wasm-bindgen expect reference types.
  "$WASM_TOOLS/wasm-opt" "$raw" --enable-bulk-memory --enable-sign-ext \
    --enable-mutable-globals --enable-nontrapping-float-to-int \
    --llvm-memory-copy-fill-lowering --signext-lowering \
    --llvm-nontrapping-fptoint-lowering --strip-target-features -o "$work/lowered.wasm"
  wasm-bindgen --target web --out-dir "$work" --out-name composeguard \
    --remove-name-section --remove-producers-section "$work/lowered.wasm"
  # The SIMD build keeps its features but drops the section for the same
  # reason (wasm-bindgen would emit reference-type glue).
  local features=(--enable-simd --enable-bulk-memory --enable-sign-ext
    --enable-mutable-globals --enable-nontrapping-float-to-int)
  "$WASM_TOOLS/wasm-opt" "$simd" "${features[@]}" --strip-target-features -o "$work/simd/stripped.wasm"
  wasm-bindgen --target web --out-dir "$work/simd" --out-name composeguard \
    --remove-name-section --remove-producers-section "$work/simd/stripped.wasm"
  # One glue file serves both modules, so they must export and import the
  # same: wasm-bindgen writes identical glue exactly then.
  cmp -s "$work/composeguard.js" "$work/simd/composeguard.js" ||
    die "the SIMD and MVP builds need different wasm-bindgen glue"
  # -O3, not -Oz: measured with crate/wasm/bench.mjs, 10-20 % more
  # throughput in Node for 1.6 KB more (0.5 KB gzip). Re-measured on the
  # 740 KB module (branch size1): -Oz 1.5 KB smaller, -Os 0.6 KB, --converge
  # 0.7 KB, each under 0.4 KB gzip; -O4 is larger.
  "$WASM_TOOLS/wasm-opt" -O3 "${features[@]}" "$work/simd/composeguard_bg.wasm" \
    -o "$SCANNER_OUT/composeguard_bg.wasm"
  "$WASM_TOOLS/wasm-opt" -O3 "$work/composeguard_bg.wasm" -o "$work/mvp.wasm"
  "$WASM_TOOLS/wasm2js" "$work/mvp.wasm" -Oz -o "$work/asm.js"
  node crate/wasm/asmify.mjs "$work/asm.js" "$work/composeguard.js" "$work/asm-wrapped.js"
  cp "$work/composeguard.js" "$work/composeguard.d.ts" "$SCANNER_OUT/"
  "$WASM_TOOLS/esbuild" "$work/asm-wrapped.js" --minify --format=esm --log-level=warning \
    --outfile="$SCANNER_OUT/composeguard_asm.js"
  cp crate/wasm/load.js "$SCANNER_OUT/"
  ls -l "$SCANNER_OUT" | awk 'NR>1 {printf "  %8d  %s\n", $5, $9}'
}

build_extension() {
  step "extension (dist/chromium, dist/composeguard-chromium.zip)"
  if [ ! -f extension/build.mjs ]; then
    echo "extension/build.mjs not present yet: skipped"
    return
  fi
  [ -f extension/package-lock.json ] && npm_ci extension
  node extension/build.mjs
}

build_all() {
  ensure_rust
  ensure_wasm_bindgen
  ensure_node
  build_cli
  build_wasm
  build_extension
}

test_rust() {
  step "Rust unit, property, integration, CLI and doc tests"
  cargo test --workspace --features cli
}

test_rules() {
  step "rule examples (composeguard rules test)"
  target/release/composeguard rules test crate/tests/rules
}

test_wasm() {
  step "wasm binding tests (wasm-bindgen-test in Node)"
  cargo test --target "$WASM_TARGET" -p composeguard --features wasm --test wasm
  node --test crate/wasm/test/
}

test_browser() {
  step "headless-browser suite"
  if [ ! -f tests/package.json ]; then
    echo "tests/package.json not present yet: skipped"
    return
  fi
  ensure_chromium
  npm_ci tests
  (cd tests && npm test)
}

test_lint() {
  step "extension lint (ESLint: content/ imports only shared/)"
  [ -f extension/package-lock.json ] || { echo "no extension lock file: skipped"; return; }
  (cd extension && npm run --silent lint)
}

# Runs the benchmarks and rewrites the generated part of docs/benchmarks.md
# (below its marker line) with the commands, the machine and the numbers, so
# the figures there are always reproducible; the hand-written part above it
# (targets, analysis) is kept. The browser run also writes
# docs/benchmarks-browser.md.
run_bench() {
  step "benchmarks"
  local native wasm costs browser="" out=docs/benchmarks.md head=""
  native="$(cargo bench -p composeguard --bench throughput 2>/dev/null | grep -v '^\s*$' | grep -v 'Running\|Finished\|Compiling')"
  costs="$(cargo run -q --release -p composeguard --example detector_costs 2>/dev/null)"
  wasm="$(node crate/wasm/bench.mjs)"
  if [ -f tests/bench/browser.mjs ] && [ -d dist/chromium ]; then
    ensure_chromium
    npm_ci tests
    browser="$(node tests/bench/browser.mjs 2>&1 || true)"
  fi
  # The hand-written part of the file (targets, what the figures mean) is
  # kept: everything from the marker line on is replaced.
  local marker="<!-- Generated by ./build.sh bench: everything below this line is replaced on each run. -->"
  if [ -f "$out" ] && grep -qF "$marker" "$out"; then
    head="$(sed "/^<!-- Generated by .\/build.sh bench/,\$d" "$out")"
  fi
  {
    if [ -n "$head" ]; then printf '%s\n\n' "$head"; else printf '# Benchmarks\n\n'; fi
    echo "$marker"
    echo
    echo "## Latest run"
    echo
    echo "Produced by \`./build.sh bench\` on $(date -u +%Y-%m-%d), $(nproc) cores,"
    echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), at load average $(cut -d' ' -f1 /proc/loadavg)."
    echo
    echo "### Native (\`cargo bench -p composeguard --bench throughput\`)"
    echo; echo '```'; echo "$native"; echo '```'
    echo
    echo "### Where the time goes (\`cargo run --release -p composeguard --example detector_costs\`)"
    echo
    echo "Nanoseconds per byte on 1 MB of the benchmark text: the normalisation, each"
    echo "shared fact (found once per scan), then each detector reading the facts."
    echo; echo '```'; echo "$costs"; echo '```'
    echo
    echo "### wasm and wasm2js in Node (\`node crate/wasm/bench.mjs\`)"
    echo; echo '```'; echo "$wasm"; echo '```'
    if [ -n "$browser" ]; then
      echo
      echo "### In Chromium with the extension (\`node tests/bench/browser.mjs\`)"
      echo
      echo "Tables in [benchmarks-browser.md](benchmarks-browser.md); the run printed:"
      echo; echo '```'; echo "$browser"; echo '```'
    fi
  } > "$out"
  cat "$out"
}

usage() { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; }

case "${1:-build}" in
  build) build_all ;;
  test) build_all; test_rust; test_rules; test_wasm; test_lint; test_browser ;;
  bench) build_all; run_bench ;;
  demo) build_all; ensure_chromium; npm_ci tests; node tests/demo.mjs ;;
  help | -h | --help) usage ;;
  *) usage >&2; exit 2 ;;
esac
