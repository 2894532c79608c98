#!/usr/bin/env bash
# Builds the site for deployment, the same way on any Linux host: Netlify (netlify.toml runs it), CI, a laptop.
#
#   1. .NET 10 SDK: uses `dotnet` when it is 10 or newer; otherwise installs it with Microsoft's dotnet-install.sh
#      into $HOME/.dotnet (Netlify's build image is not documented to carry .NET 10).
#   2. Pagefind: `npm ci` for the pinned version in package.json when Node.js is there and it is not installed yet.
#   3. `sitegen build` with the deploy's URL as the base URL: Netlify's URL for production, DEPLOY_PRIME_URL for deploy
#      previews and branch deploys (CONTEXT other than production); neither set: baseUrl from input/site.yml.
#
# Environment: SITEGEN_ROOT (the site folder, default: this repository), SITEGEN_OUTPUT (default: ROOT/output).
# Arguments are passed on to `sitegen build`, e.g. `bash build.sh --strict`.
# Sourcing this file (`source build.sh`) defines the functions without building, for tests.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
required_dotnet_major=10

# The major version of the `dotnet` on PATH (SDK, not just a runtime), or 0 when there is none.
dotnet_major() {
  local version
  version="$(dotnet --version 2>/dev/null)" || { echo 0; return; }
  echo "${version%%.*}" | grep -E '^[0-9]+$' || echo 0
}

# Makes sure `dotnet` is a .NET 10 (or newer) SDK, installing one into $HOME/.dotnet only when needed.
# DOTNET_INSTALL_SCRIPT may name a local copy of dotnet-install.sh (tests use that: this machine cannot download).
ensure_dotnet() {
  if command -v dotnet >/dev/null 2>&1 && (($(dotnet_major) >= required_dotnet_major)); then
    return 0
  fi
  local home_dotnet="$HOME/.dotnet"
  export DOTNET_ROOT="$home_dotnet"
  export PATH="$home_dotnet:$PATH"
  if [[ -x "$home_dotnet/dotnet" ]] && (($(dotnet_major) >= required_dotnet_major)); then
    return 0 # installed by an earlier build on this host (Netlify keeps $HOME between builds only sometimes)
  fi

  echo "build.sh: installing the .NET ${required_dotnet_major} SDK into $home_dotnet"
  local installer="${DOTNET_INSTALL_SCRIPT:-}"
  if [[ -z "$installer" ]]; then
    installer="$(mktemp)"
    if command -v curl >/dev/null 2>&1; then
      curl --fail --silent --show-error --location --retry 3 https://dot.net/v1/dotnet-install.sh --output "$installer"
    else
      wget --quiet --tries=3 https://dot.net/v1/dotnet-install.sh --output-document "$installer"
    fi
  fi
  bash "$installer" --channel "${required_dotnet_major}.0" --install-dir "$home_dotnet" --no-path
  if (($(dotnet_major) < required_dotnet_major)); then
    echo "build.sh: error: the .NET ${required_dotnet_major} SDK is still not available after installing it into $home_dotnet" >&2
    return 1
  fi
}

# Installs the Pagefind pinned in package.json (npm ci) unless that version is already there. Search is optional:
# without Node.js, or when npm ci fails, it says so and the site is built without its search index.
ensure_pagefind() {
  if [[ ! -f "$repo/package-lock.json" ]]; then return 0; fi
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "build.sh: Node.js is not installed, so the site is built without its search index"
    return 0
  fi
  local want have
  want="$(cd "$repo" && node -p "require('./package.json').dependencies.pagefind")"
  have="$(cd "$repo" && node -p "try { require('./node_modules/pagefind/package.json').version } catch { '' }")"
  if [[ "$want" == "$have" && -x "$repo/node_modules/.bin/pagefind" ]]; then return 0; fi
  echo "build.sh: npm ci (pagefind $want)"
  if ! (cd "$repo" && npm ci --no-audit --no-fund --loglevel=error); then
    echo "build.sh: npm ci failed, so the site is built without its search index"
  fi
}

# The base URL for this deploy, or nothing (then input/site.yml's baseUrl is used).
deploy_base_url() {
  if [[ -n "${CONTEXT:-}" && "${CONTEXT}" != "production" && -n "${DEPLOY_PRIME_URL:-}" ]]; then
    echo "$DEPLOY_PRIME_URL"
  elif [[ -n "${URL:-}" ]]; then
    echo "$URL"
  fi
}

main() {
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
  ensure_dotnet
  ensure_pagefind

  local root="${SITEGEN_ROOT:-$repo}"
  local args=(build --root "$root")
  if [[ -n "${SITEGEN_OUTPUT:-}" ]]; then args+=(--output "$SITEGEN_OUTPUT"); fi
  local base_url
  base_url="$(deploy_base_url)"
  if [[ -n "$base_url" ]]; then args+=(--base-url "$base_url"); fi
  # A site outside the repository still gets the repository's Pagefind.
  if [[ -z "${SITEGEN_PAGEFIND:-}" && -x "$repo/node_modules/.bin/pagefind" ]]; then
    export SITEGEN_PAGEFIND="$repo/node_modules/.bin/pagefind"
  fi

  echo "build.sh: sitegen ${args[*]} $*"
  dotnet run --project "$repo/src/SiteGen.Cli" -c Release -- "${args[@]}" "$@"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  main "$@"
fi
