# Finding a Java 17+ on this machine: sourced (POSIX sh) by dist/sagedeck and dist/setup, so both
# look in the same places, in the same order. Reads no network and starts no JVM when the
# candidate has a `release` file (every JDK 9+ does), so the launcher's fast path stays fast.
#
# Overridable for tests and odd machines:
#   SAGEDECK_JVM_DIRS  where system JDKs live (default /usr/lib/jvm)
#   SAGEDECK_JDK_ENV   the conda environment sagedeck installs a JDK into when there is no root
#                      (default ${XDG_DATA_HOME:-~/.local/share}/sagedeck/jdk)

jdk_env_dir() {
    printf '%s\n' "${SAGEDECK_JDK_ENV:-${XDG_DATA_HOME:-$HOME/.local/share}/sagedeck/jdk}"
}

# The real path of $1, following symlinks one hop at a time (no readlink -f on older macOS).
jdk_resolve() {
    _p=$1
    while [ -L "$_p" ]; do
        _t=$(readlink "$_p")
        case $_t in
            /*) _p=$_t ;;
            *) _p=$(dirname "$_p")/$_t ;;
        esac
    done
    printf '%s\n' "$_p"
}

# The major version of the Java at home $1 (8, 17, 21...), or nothing when it cannot tell.
jdk_major() {
    _v=
    if [ -f "$1/release" ]; then
        _v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9._]*\).*/\1/p' "$1/release")
    fi
    if [ -z "$_v" ] && [ -x "$1/bin/java" ]; then
        _v=$("$1/bin/java" -version 2>&1 | sed -n '1s/^[^"]*"\([0-9][0-9._]*\).*/\1/p')
    fi
    case $_v in
        1.*) _v=${_v#1.} ;;
    esac
    printf '%s\n' "${_v%%[._]*}"
}

# True when $1 is a Java 17+ home; with $2 = javac it must be a JDK (the build compiles).
jdk_usable() {
    [ -n "$1" ] && [ -x "$1/bin/java" ] || return 1
    [ "${2:-}" != javac ] || [ -x "$1/bin/javac" ] || return 1
    _m=$(jdk_major "$1")
    [ -n "$_m" ] && [ "$_m" -ge 17 ] 2>/dev/null
}

# Sets jdk_home to the first usable Java in the order below and returns 0, else returns 1.
# $1 = javac: only JDKs count (for building).
find_jdk() {
    jdk_home=
    _need=${1:-}
    # 1. what the user chose
    if jdk_usable "${JAVA_HOME:-}" "$_need"; then jdk_home=$JAVA_HOME; return 0; fi
    # 2. java on PATH (/usr/bin/java -> /etc/alternatives/java -> /usr/lib/jvm/.../bin/java)
    _j=$(command -v java 2>/dev/null || true)
    if [ -n "$_j" ]; then
        _h=$(dirname "$(dirname "$(jdk_resolve "$_j")")")
        if jdk_usable "$_h" "$_need"; then jdk_home=$_h; return 0; fi
    fi
    # 3. system JDKs: Amazon Corretto 17 first (Amazon Linux), then any other; macOS's registry
    _dirs=${SAGEDECK_JVM_DIRS:-/usr/lib/jvm}
    for _h in "$_dirs"/java-17-amazon-corretto* "$_dirs"/*; do
        if jdk_usable "$_h" "$_need"; then jdk_home=$_h; return 0; fi
    done
    if [ -z "${SAGEDECK_JVM_DIRS:-}" ] && [ -x /usr/libexec/java_home ]; then
        _h=$(/usr/libexec/java_home -v 17+ 2>/dev/null || true)
        if jdk_usable "$_h" "$_need"; then jdk_home=$_h; return 0; fi
    fi
    # 4. the active conda environment, then the one sagedeck's set-up made (conda-forge's openjdk
    #    lives in lib/jvm in recent builds, directly in the environment in older ones)
    for _e in "${CONDA_PREFIX:-}" "$(jdk_env_dir)"; do
        [ -n "$_e" ] || continue
        for _h in "$_e/lib/jvm" "$_e"; do
            if jdk_usable "$_h" "$_need"; then jdk_home=$_h; return 0; fi
        done
    done
    return 1
}
