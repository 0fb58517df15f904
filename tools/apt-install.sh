#!/bin/sh
# Install Debian packages that `make html` or `make test` needs, saying what and why first:
# apt can run for minutes, and a silent terminal looks like a hang.
#
#   tools/apt-install.sh "what they are for" package...
#
# apt's own output goes to .apt-install.log; on failure its last lines are shown.
set -u
why=$1; shift
log=.apt-install.log
echo "Installing $why from Debian's packages: $*. This can take a few minutes..."
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then as_root=sudo; else
    echo "Installing Debian packages needs root. Run as root: apt-get install $*" >&2; exit 1
  fi
else
  as_root=
fi
if $as_root apt-get update -qq >"$log" 2>&1 &&
   $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >>"$log" 2>&1; then
  echo "Installed $*."
  rm -f "$log"
else
  tail -n 20 "$log" >&2
  echo "apt-get could not install $* (the whole log: $log)." >&2
  exit 1
fi
