#!/usr/bin/env bash
# Build the VirtDesk test guest from Debian packages only (no other downloads):
#   vmlinuz     Debian cloud kernel (virtio drivers are modules, loaded by our init)
#   initrd.img  busybox initramfs: mounts, loads virtio/ACPI modules, DHCP, prints
#               VIRTDESK-GUEST-READY, then a respawning shell (prompt "guest# ") on the console:
#               ttyS0, or the virtio console hvc0 when booted with console=hvc0; the QEMU guest
#               agent (qemu-ga) when the VM has its channel; virtiofs for shared folders
#   guest.iso   GRUB (BIOS) ISO with both, menu on the serial line, for `-cdrom x.iso -boot d`
#   VERSION     stamp; first line must equal GUEST_VERSION for the cache to count as up to date
#
# Usage: bash scripts/build-test-guest.sh [CACHE_DIR]   (default: <repo>/.cache/test-guest)
# Exit codes: 0 ok / up to date, 2 missing host tools, other = build failure.
set -euo pipefail
# apt output is parsed below ("Depends:"), and sort order/number format must not depend on the locale.
export LC_ALL=C

# Bump whenever the guest's contents change, so every cache gets rebuilt.
GUEST_VERSION=8

MARKER=VIRTDESK-GUEST-READY
INSTALL_HINT="apt-get install -y cpio grub-pc-bin grub-common xorriso mtools"

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(dirname "$SCRIPT_DIR")
CACHE_DIR=${1:-$REPO_ROOT/.cache/test-guest}
OUTPUTS=(vmlinuz initrd.img guest.iso)

log() { echo "build-test-guest: $*" >&2; }
die() { log "$*"; exit 1; }

up_to_date() {
  local f
  for f in "${OUTPUTS[@]}" VERSION; do [[ -s $CACHE_DIR/$f ]] || return 1; done
  [[ $(head -n1 "$CACHE_DIR/VERSION") == "$GUEST_VERSION" ]]
}

# Fast path first: tests call this script every run, and it must cost nothing.
if up_to_date; then
  echo "test guest: up to date ($CACHE_DIR)"
  exit 0
fi

# --- host tools -----------------------------------------------------------
missing=()
for t in apt-get dpkg cpio grub-mkrescue xorriso mformat gzip; do
  command -v "$t" >/dev/null 2>&1 || missing+=("$t")
done
# grub-mkrescue (grub-common) alone cannot make a BIOS-bootable ISO: it needs grub-pc-bin's modules.
if command -v grub-mkrescue >/dev/null 2>&1 && [[ ! -d /usr/lib/grub/i386-pc ]]; then
  missing+=("grub-pc-bin(/usr/lib/grub/i386-pc)")
fi
if ((${#missing[@]})); then
  echo "build-test-guest: missing tools: ${missing[*]} - install them with: $INSTALL_HINT" >&2
  exit 2
fi

start=$(date +%s.%N)
mkdir -p "$CACHE_DIR"
CACHE_DIR=$(cd "$CACHE_DIR" && pwd)

# One build at a time per cache (parallel test runners); re-check once we hold the lock.
exec 9>"$CACHE_DIR/.lock"
flock 9
if up_to_date; then
  echo "test guest: up to date ($CACHE_DIR)"
  exit 0
fi

# Work inside CACHE_DIR so the final moves are same-filesystem renames. Leftovers of a killed
# build can go: we hold the lock, so no other build is using them.
rm -rf "$CACHE_DIR"/.build.*
WORK=$(mktemp -d "$CACHE_DIR/.build.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP
cd "$WORK"

# --- packages -------------------------------------------------------------
# linux-image-cloud-amd64 is a metapackage; its Depends names the real, versioned kernel package.
kernel_pkg() {
  apt-cache depends linux-image-cloud-amd64 2>/dev/null |
    sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*-cloud-amd64\)$/\1/p' | head -n1
}
KPKG=$(kernel_pkg || true)
if [[ -z $KPKG ]]; then
  # Fresh machines/containers often have empty apt lists.
  [[ $(id -u) == 0 ]] || die "apt lists look empty and we are not root: run 'apt-get update' first"
  log "apt lists empty, running apt-get update"
  apt-get update -qq >/dev/null
  KPKG=$(kernel_pkg || true)
fi
[[ -n $KPKG ]] || die "could not find the kernel package via 'apt-cache depends linux-image-cloud-amd64'"

# qemu-guest-agent is linked against glib and a few more: their packages come too, and the loader
# below copies exactly the libraries it resolves from them.
QGA_PKGS=(qemu-guest-agent libglib2.0-0 libpcre2-8-0 libudev1 libnuma1 liburing2 libc6 libgcc-s1)
log "downloading $KPKG busybox-static ${QGA_PKGS[*]}"
mkdir -p debs pkg
# Sandbox::User=root: the _apt user cannot write into our private temp dir (avoids a warning).
(cd debs && apt-get download -q -o APT::Sandbox::User=root "$KPKG" busybox-static "${QGA_PKGS[@]}" >/dev/null)
for deb in debs/*.deb; do dpkg -x "$deb" pkg; done

VMLINUZ=$(echo pkg/boot/vmlinuz-*)
KVER=${VMLINUZ##*/vmlinuz-}
MODDIR=pkg/lib/modules/$KVER
[[ -f $VMLINUZ && -d $MODDIR && -x pkg/bin/busybox ]] || die "unexpected package layout (kernel $KVER)"

# --- initramfs tree ---------------------------------------------------------
R=rootfs
mkdir -p $R/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,tmp,root,etc/acpi,var/log,var/run,lib/modules,usr/share/udhcpc}
cp pkg/bin/busybox $R/bin/busybox
# Applet symlinks made here from --list-full (`busybox --install` would point at the host path).
for applet in $(pkg/bin/busybox --list-full); do
  [[ -e $R/$applet ]] || ln -s /bin/busybox "$R/$applet"
done

# Modules in load order. Each .ko's own depends= is checked below, so anything missing gets added first.
WANTED_MODULES=(virtio_ring virtio virtio_pci_legacy_dev virtio_pci_modern_dev virtio_pci
  virtio_blk virtio_balloon failover net_failover virtio_net evdev button
  ata_piix sr_mod isofs  # the CD-ROM drive (IDE on pc) as /dev/sr0, so tests see a medium change
  virtio_console  # hvc0, the virtio console, and the guest agent's virtio-serial port
  virtiofs)  # shared folders (Debian's cloud kernel has no 9p, so the 9p fallback is not testable here)

# Module files may be .ko, .ko.xz (newer Debian kernels) or .ko.zst; busybox insmod wants plain .ko.
mod_path() { find "$MODDIR/kernel" \( -name "$1.ko" -o -name "$1.ko.xz" -o -name "$1.ko.zst" \) -print -quit; }
mod_extract() { # name -> writes $R/lib/modules/name.ko
  local src; src=$(mod_path "$1")
  [[ -n $src ]] || die "module $1 not found in $KPKG"
  case $src in
    *.xz) command -v xz >/dev/null || die "need xz for $src (apt-get install -y xz-utils)"
          xz -dc "$src" >"$R/lib/modules/$1.ko" ;;
    *.zst) command -v zstd >/dev/null || die "need zstd for $src (apt-get install -y zstd)"
          zstd -qdc "$src" >"$R/lib/modules/$1.ko" ;;
    *) cp "$src" "$R/lib/modules/$1.ko" ;;
  esac
}
# depends= from the .modinfo strings (modinfo/kmod may not be installed); names use _ not -.
mod_depends() { tr '\0' '\n' <"$R/lib/modules/$1.ko" | sed -n 's/^depends=//p' | tr ',-' ' _'; }

ORDER=()
declare -A SEEN=()
add_module() { # depth-first: dependencies before the module itself
  local m=$1 d
  [[ -n ${SEEN[$m]:-} ]] && return 0
  SEEN[$m]=1
  mod_extract "$m"
  for d in $(mod_depends "$m"); do add_module "$d"; done
  ORDER+=("$m")
}
for m in "${WANTED_MODULES[@]}"; do add_module "$m"; done
printf '%s\n' "${ORDER[@]}" >$R/etc/modules

# The guest agent and the libraries the package tree's own loader resolves for it ("not found" fails).
mkdir -p $R/usr/sbin $R/lib64 $R/var/run $R/var/lib/qemu-ga
cp pkg/usr/sbin/qemu-ga $R/usr/sbin/qemu-ga
LIBPATH=pkg/lib/x86_64-linux-gnu:pkg/usr/lib/x86_64-linux-gnu
qga_libs=$(pkg/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 --library-path "$LIBPATH" --list pkg/usr/sbin/qemu-ga)
if grep -q 'not found' <<<"$qga_libs"; then die "qemu-ga needs a library not in ${QGA_PKGS[*]}: $qga_libs"; fi
for lib in $(sed -n 's/^.* => \(pkg\/[^ ]*\) .*$/\1/p' <<<"$qga_libs"); do
  dest=$R/${lib#pkg/}
  mkdir -p "$(dirname "$dest")"
  cp -L "$lib" "$dest"
done
cp -L pkg/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 $R/lib64/ld-linux-x86-64.so.2

# What the guest agent reports as the OS (guest-get-osinfo reads os-release).
# The name stays the same from one guest version to the next: tests look for it.
printf 'NAME="VirtDesk test guest"\nID=virtdesk-test\nVERSION_ID=%s\nPRETTY_NAME="VirtDesk test guest"\n' \
  "$GUEST_VERSION" >$R/etc/os-release

# ACPI power button -> acpid -> power.sh, so QMP system_powerdown makes QEMU report SHUTDOWN guest=true.
echo "PWRF power.sh" >$R/etc/acpid.conf
printf '#!/bin/sh\nsync\npoweroff -f\n' >$R/etc/acpi/power.sh

# Busybox udhcpc only reports the lease; this hook applies it.
cat >$R/usr/share/udhcpc/default.script <<'EOF'
#!/bin/sh
case "$1" in
  deconfig) ip addr flush dev "$interface"; ip link set "$interface" up ;;
  bound|renew)
    ip addr flush dev "$interface"
    ip addr add "$ip/${mask:-24}" dev "$interface"
    [ -n "$router" ] && ip route add default via "${router%% *}" dev "$interface"
    : >/etc/resolv.conf
    for d in $dns; do echo "nameserver $d" >>/etc/resolv.conf; done ;;
esac
exit 0
EOF

# PID 1 is a shell script, which ignores the signals plain poweroff/reboot/halt send to init, and
# Debian's ash runs applets before looking at PATH. So the interactive shell ($ENV) gets functions
# that act at once: typing `poweroff` in the guest really powers off (QEMU: SHUTDOWN guest=true).
cat >$R/etc/profile <<'EOF'
poweroff() { sync; busybox poweroff -f; }
reboot() { sync; busybox reboot -f; }
halt() { sync; busybox halt -f; }
EOF

cat >$R/init <<EOF
#!/bin/sh
# PID 1 of the VirtDesk test guest (generated by scripts/build-test-guest.sh, guest version $GUEST_VERSION).
export PATH=/sbin:/bin:/usr/sbin:/usr/bin HOME=/root TERM=linux PS1='guest# ' ENV=/etc/profile
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mkdir -p /dev/pts && mount -t devpts devpts /dev/pts
# "command": with console=hvc0 there is no console yet, and a failed plain exec would end PID 1.
command exec </dev/console >/dev/console 2>&1
hostname virtdesk-guest

# Drivers: failures are ignored so the guest still boots with whatever works.
for m in \$(cat /etc/modules); do insmod /lib/modules/\$m.ko 2>/dev/null; done
# With console=hvc0 the console exists only once virtio_console has set its port up (a module, and
# the port comes a moment after insmod, seconds on a busy host): wait for it (30 s at most), then
# open /dev/console again, so the marker and the shell go to it.
case " \$(cat /proc/cmdline) " in
  *" console=hvc0"*) for i in \$(seq 300); do [ -e /sys/class/tty/hvc0 ] && break; sleep 0.1; done ;;
esac
command exec </dev/console >/dev/console 2>&1

acpid -c /etc/acpi -a /etc/acpid.conf
# Ctrl+Alt+Del (e.g. sent from the VNC console) reboots at once, like a PC's reset.
echo 1 >/proc/sys/kernel/ctrl-alt-del

ip link set lo up
# Every NIC up; eth0 asks for DHCP in the background (the shell must not wait; the chatter goes to a
# log). Only eth0: two NICs on QEMU's user NAT would both lease 10.0.2.15, and a reply could leave by
# the other one (another NAT), so a port forward would never answer. A NIC on a private network stays
# up without an address: set one by hand, as the course does (ip addr add 10.10.0.1/24 dev eth1).
for dev in /sys/class/net/eth*; do
  [ -e "\$dev" ] && ip link set \${dev##*/} up
done
if [ -e /sys/class/net/eth0 ]; then
  udhcpc -i eth0 -q -n -t 3 -s /usr/share/udhcpc/default.script >/var/log/udhcpc.log 2>&1 &
fi

# The QEMU guest agent, when the VM has its channel (a virtio-serial port named org.qemu.guest_agent.0;
# there is no udev here to make /dev/virtio-ports/ names, so find its vportNpM by name). Ports appear
# a moment after virtio_console is loaded: look for 30 s at most, in the background.
(
  for i in \$(seq 300); do
    for port in /sys/class/virtio-ports/*; do
      [ "\$(cat \$port/name 2>/dev/null)" = org.qemu.guest_agent.0 ] || continue
      exec qemu-ga -m virtio-serial -p /dev/\${port##*/} -t /var/lib/qemu-ga >/var/log/qemu-ga.log 2>&1
    done
    sleep 0.1
  done
) &

# Keep late kernel messages from interleaving with the shell (panics still show).
dmesg -n 1
echo $MARKER

# A shell on the console (ttyS0 with console=ttyS0, hvc0 with console=hvc0); cttyhack gives it a controlling tty
# so job control and ^C work. Exiting it starts a new one.
while true; do
  setsid cttyhack sh
  sleep 0.2
done
EOF
chmod 755 $R/init $R/etc/acpi/power.sh $R/usr/share/udhcpc/default.script

# --- outputs ----------------------------------------------------------------
mkdir -p out iso/boot/grub
(cd $R && find . | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) | gzip -9 >out/initrd.img
cp "$VMLINUZ" out/vmlinuz
cp out/vmlinuz out/initrd.img iso/boot/

# Menu on serial and VGA; `quiet` keeps the boot short, the marker is echoed by init regardless.
cat >iso/boot/grub/grub.cfg <<'EOF'
serial --unit=0 --speed=115200
terminal_input serial console
terminal_output serial console
# Long enough for a person (and the e2e test) to see the menu; tests press Enter to boot at once.
set timeout=5
menuentry "VirtDesk test guest" {
  linux /boot/vmlinuz console=ttyS0 quiet
  initrd /boot/initrd.img
}
EOF
# The volume label lets VirtDesk's OS detection recognise the test guest (electron/engine/os/os-catalog.ts).
grub-mkrescue -o out/guest.iso iso -- -volid VIRTDESK_TEST >grub-mkrescue.log 2>&1 || { cat grub-mkrescue.log >&2; die "grub-mkrescue failed"; }

# Drop the stamp first and write it last: an interrupted move never looks like a valid cache.
rm -f "$CACHE_DIR/VERSION"
for f in "${OUTPUTS[@]}"; do mv -f "out/$f" "$CACHE_DIR/$f"; done
printf '%s\nkernel=%s\nbusybox=%s\nmodules=%s\n' "$GUEST_VERSION" "$KPKG" \
  "$(dpkg-deb -f debs/busybox-static_*.deb Version)" "${ORDER[*]}" >"$CACHE_DIR/VERSION.tmp"
mv -f "$CACHE_DIR/VERSION.tmp" "$CACHE_DIR/VERSION"

secs=$(awk "BEGIN{print $(date +%s.%N) - $start}")
sizes=""
for f in "${OUTPUTS[@]}"; do sizes+="${sizes:+, }$f $(du -h "$CACHE_DIR/$f" | cut -f1)"; done
printf 'test guest: built v%s (%s) in %.1fs: %s -> %s\n' "$GUEST_VERSION" "$KPKG" "$secs" "$sizes" "$CACHE_DIR"
