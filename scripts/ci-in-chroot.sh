#!/usr/bin/env bash
# Rehearse CI on this machine: what `.ci/run` does on a fresh CI machine (Debian 12, root, Node 20 + npm,
# nothing else installed), from a fresh clone, without touching this machine's own packages.
#
#   sudo bash scripts/ci-in-chroot.sh [COMMIT] [--overlay PATH]... [--keep] [--exec COMMAND]
#
#   COMMIT       the commit of this repository to clone (default: HEAD)
#   --overlay P  copy P (files or folders, relative to the repository) from the working tree over the
#                clone, or delete it there where the working tree has none: rehearse uncommitted work
#   --keep       keep the run's root (printed at the end) instead of removing it
#   --exec CMD   run CMD (bash) in the clone instead of `bash .ci/run`, e.g. --exec bash for a shell in
#                the prepared root, or --exec 'apt-get update' to try one step
#
# How: a bare Debian 12 root (debootstrap --variant=minbase: only what every Debian system has) is built
# once and cached outside the repository, in $CI_ROOT (default /var/tmp/virtdesk-ci-root; delete it to
# rebuild). Each run works on a throwaway copy of it (an overlay mount, or a plain copy where overlays
# are not available), so every run starts bare. This machine's Node and npm are copied in (CI machines
# come with them), the commit is cloned into /ci/virtdesk, /proc, /sys and /dev are mounted (bind: the
# real /dev/kvm), and `CI=true bash .ci/run` runs there. The output also goes to a log beside the cache.
# Exit status: that of .ci/run (0 = CI would pass).
#
# Needs: root, debootstrap (apt-get install -y debootstrap), git, and Debian's mirror (deb.debian.org).
# The first run downloads the base system (~1 minute); every run downloads the test packages, as CI does.
set -euo pipefail
{ # the whole script is read before it runs: editing it during a run cannot change the run

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CI_ROOT=${CI_ROOT:-/var/tmp/virtdesk-ci-root}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUITE=bookworm

log() { echo "ci-in-chroot: $*" >&2; }
die() { log "$*"; exit 1; }

commit=HEAD keep=0 cmd='bash .ci/run' overlays=()
while (($#)); do
  case $1 in
    --overlay) shift; (($#)) || die "--overlay needs a path"; overlays+=("$1") ;;
    --keep) keep=1 ;;
    --exec) shift; (($#)) || die "--exec needs a command"; cmd=$1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) commit=$1 ;;
  esac
  shift
done

[[ $(id -u) == 0 ]] || die "needs root (chroot, mounts): run it with sudo"
command -v debootstrap >/dev/null || die "debootstrap is not installed: apt-get install -y debootstrap"
command -v git >/dev/null || die "git is not installed: apt-get install -y git"
sha=$(git -C "$REPO" rev-parse --verify "$commit^{commit}" 2>/dev/null) || die "no commit '$commit' in $REPO"

# --- the cached bare root, built once ----------------------------------------------------------------
if [[ ! -f $CI_ROOT/.virtdesk-ci-root ]]; then
  log "building the bare Debian 12 root in $CI_ROOT (once; about a minute)"
  rm -rf "$CI_ROOT.tmp"
  debootstrap --variant=minbase "$SUITE" "$CI_ROOT.tmp" "$MIRROR" >"$CI_ROOT.debootstrap.log" 2>&1 ||
    die "debootstrap failed: see $CI_ROOT.debootstrap.log"
  # The suites a Debian 12 machine uses (Chromium's current builds come from the security suite).
  cat >"$CI_ROOT.tmp/etc/apt/sources.list" <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb http://deb.debian.org/debian-security $SUITE-security main
EOF
  rm -rf "$CI_ROOT.tmp/var/lib/apt/lists/"* "$CI_ROOT.tmp/var/cache/apt/archives/"*.deb
  # A chroot has no init: packages must not try to start services in it (a real machine would).
  printf '#!/bin/sh\nexit 101\n' >"$CI_ROOT.tmp/usr/sbin/policy-rc.d"
  chmod 755 "$CI_ROOT.tmp/usr/sbin/policy-rc.d"
  # Every installed Debian system resolves localhost from /etc/hosts; minbase has none.
  [[ -s $CI_ROOT.tmp/etc/hosts ]] || printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$CI_ROOT.tmp/etc/hosts"
  printf 'debootstrap --variant=minbase %s %s\nbuilt %s\n' "$SUITE" "$MIRROR" "$(date -u +%FT%TZ)" >"$CI_ROOT.tmp/.virtdesk-ci-root"
  rm -rf "$CI_ROOT"
  mv "$CI_ROOT.tmp" "$CI_ROOT" # only a complete root ever carries the stamp
fi

# --- a throwaway copy for this run -----------------------------------------------------------------------
RUN=$(mktemp -d "$CI_ROOT.run.XXXXXX")
ROOT=$RUN/root
mounted=() # mount points, unmounted in reverse order
cleanup() {
  local status=$? i pid
  # Whatever the run left behind in the root (a QEMU, a browser) goes first: mounts cannot go while in use.
  for pid in $(ls /proc | grep -E '^[0-9]+$'); do
    [[ $(readlink "/proc/$pid/root" 2>/dev/null) == "$ROOT" ]] && kill -KILL "$pid" 2>/dev/null
  done
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -R "${mounted[i]}" 2>/dev/null || umount -lR "${mounted[i]}" 2>/dev/null || true; done
  if ((keep)); then
    log "kept the run's root: $ROOT"
  elif grep -q " $RUN/" /proc/mounts; then
    log "something is still mounted under $RUN: not removing it (the host's /dev and /sys are bound there)"
  else
    rm -rf --one-file-system "$RUN"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

mkdir -p "$ROOT" "$RUN/upper" "$RUN/work"
if mount -t overlay overlay -o "lowerdir=$CI_ROOT,upperdir=$RUN/upper,workdir=$RUN/work" "$ROOT" 2>/dev/null; then
  mounted+=("$ROOT")
else
  log "no overlay mounts here: copying the root instead"
  cp -a "$CI_ROOT/." "$ROOT/"
fi

# Node and npm as this machine has them (CI machines come with Node 20 + npm), at the same paths.
node_bin=$(readlink -f "$(command -v node)") || die "node is not installed here"
npm_dir=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")") || die "npm is not installed here"
[[ -f $npm_dir/package.json ]] || die "cannot tell where npm lives ($npm_dir)"
mkdir -p "$ROOT$(dirname "$node_bin")" "$ROOT$(dirname "$npm_dir")" "$ROOT/usr/local/bin"
cp -a "$node_bin" "$ROOT$node_bin"
cp -a "$npm_dir" "$ROOT$npm_dir"
[[ -e $ROOT/usr/bin/node ]] || ln -s "$node_bin" "$ROOT/usr/local/bin/node"
ln -sf "$npm_dir/bin/npm-cli.js" "$ROOT/usr/local/bin/npm"
ln -sf "$npm_dir/bin/npx-cli.js" "$ROOT/usr/local/bin/npx"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
# TLS trust as this machine has it: where HTTPS goes through a proxy that re-signs it (as here), Node and
# npm are pointed at a CA bundle holding the proxy's certificate (NODE_EXTRA_CA_CERTS, npm's cafile),
# and a CI machine is set up the same way. Only that public bundle is copied, to a path apt leaves alone.
ca_env=()
ca_file=${NODE_EXTRA_CA_CERTS:-$(npm config get cafile 2>/dev/null || true)}
if [[ -n $ca_file && $ca_file != null && -f $ca_file ]]; then
  mkdir -p "$ROOT/usr/local/share/ci-host-ca"
  cp "$ca_file" "$ROOT/usr/local/share/ci-host-ca/ca.crt"
  ca_env=(NODE_EXTRA_CA_CERTS=/usr/local/share/ci-host-ca/ca.crt npm_config_cafile=/usr/local/share/ci-host-ca/ca.crt)
fi

# The clone CI gets: the commit alone, in a fresh folder.
git clone --quiet --no-local --no-checkout "$REPO" "$ROOT/ci/virtdesk"
git -C "$ROOT/ci/virtdesk" checkout --quiet --detach "$sha"
for p in "${overlays[@]}"; do
  p=${p#./}
  if [[ -e $REPO/$p ]]; then
    mkdir -p "$(dirname "$ROOT/ci/virtdesk/$p")"
    rm -rf "$ROOT/ci/virtdesk/$p"
    cp -a "$REPO/$p" "$ROOT/ci/virtdesk/$p"
  else
    rm -rf "$ROOT/ci/virtdesk/$p"
  fi
done

for m in proc sys dev; do
  mkdir -p "$ROOT/$m"
  case $m in
    proc) mount -t proc proc "$ROOT/proc" ;;
    *) mount --rbind "/$m" "$ROOT/$m" && mount --make-rslave "$ROOT/$m" ;;
  esac
  mounted+=("$ROOT/$m")
done

env=(env -i HOME=/root USER=root LOGNAME=root LANG=C.UTF-8 TERM="${TERM:-dumb}" CI=true
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "${ca_env[@]}")
logfile=$CI_ROOT.logs/$(date -u +%Y%m%dT%H%M%SZ)-${sha:0:12}.log
mkdir -p "$(dirname "$logfile")"
log "commit ${sha:0:12}${overlays[*]:+ + working tree: ${overlays[*]}}: CI=true $cmd (log: $logfile)"
start=$(date +%s)
set +e
if [[ -t 0 && $cmd == bash ]]; then
  chroot "$ROOT" "${env[@]}" bash -c 'cd /ci/virtdesk && exec bash -i' # a shell: no log
  status=$?
else
  # In the background, waited for: bash runs the traps (Ctrl-C, TERM) only between commands, and
  # cleanup() must stop what runs in the root at once, not after CI's half hour.
  { chroot "$ROOT" "${env[@]}" bash -c "cd /ci/virtdesk && $cmd" </dev/null; echo $? >"$RUN/status"; } 2>&1 | tee "$logfile" &
  wait $!
  status=$(cat "$RUN/status" 2>/dev/null || echo 1)
fi
set -e
secs=$(($(date +%s) - start))
verdict=$([[ $status == 0 ]] && echo passed || echo "FAILED (exit status $status)")
log "$verdict in $((secs / 60))m$((secs % 60))s (log: $logfile)" 2>&1 | tee -a "$logfile" >&2
exit "$status"
}
