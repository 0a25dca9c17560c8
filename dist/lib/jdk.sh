# Finding a Java 17+ on this machine: sourced (POSIX sh) by dist/sagedeck and dist/setup, so both
# look in the same places, in the same order. Reads no network and starts no JVM when the
# candidate has a `release` file (every JDK 9+ does), so the launcher's fast path stays fast.
#
# Overridable for tests and odd machines:
#   SAGEDECK_JVM_DIRS  where system JDKs live (default /usr/lib/jvm)
#   SAGEDECK_JDK_ENV   the conda environment sagedeck installs a JDK into when there is no root
#                      (default ${XDG_DATA_HOME:-~/.local/share}/sagedeck/jdk)

# Sets jdk_env to the conda environment sagedeck's set-up installs a JDK into.
jdk_env_dir() {
    jdk_env=${SAGEDECK_JDK_ENV:-${XDG_DATA_HOME:-$HOME/.local/share}/sagedeck/jdk}
}

# Sets _p to the real path of $1, following symlinks one hop at a time (no readlink -f on older
# macOS). Here and below: shell built-ins and variables rather than $(...), which forks in dash;
# the launcher runs this on every start.
jdk_resolve() {
    _p=$1
    [ -L "$_p" ] || return 0
    # one readlink -f (GNU, busybox, macOS 12.3+) for the usual two hops (/usr/bin/java -> /etc/alternatives)
    if _t=$(readlink -f "$_p" 2>/dev/null) && [ -n "$_t" ]; then
        _p=$_t
        return 0
    fi
    while [ -L "$_p" ]; do
        _t=$(readlink "$_p")
        case $_t in
            /*) _p=$_t ;;
            *) _p=${_p%/*}/$_t ;;
        esac
    done
}

# Sets _m to the major version of the Java at home $1 (8, 17, 21...), empty when it cannot tell.
jdk_major() {
    _v=
    if [ -f "$1/release" ]; then
        while IFS= read -r _l; do
            case $_l in
                JAVA_VERSION=*) _v=${_l#JAVA_VERSION=}; _v=${_v#\"}; _v=${_v%%\"*}; break ;;
            esac
        done <"$1/release"
    fi
    if [ -z "$_v" ] && [ -x "$1/bin/java" ]; then
        _v=$("$1/bin/java" -version 2>&1 | sed -n '1s/^[^"]*"\([0-9][0-9._]*\).*/\1/p')
    fi
    case $_v in
        1.*) _v=${_v#1.} ;;
    esac
    _m=${_v%%[._+-]*}
    case $_m in
        '' | *[!0-9]*) _m= ;;
    esac
}

# True when $1 is a Java 17+ home; with $2 = javac it must be a JDK (the build compiles).
jdk_usable() {
    [ -n "$1" ] && [ -x "$1/bin/java" ] || return 1
    [ "${2:-}" != javac ] || [ -x "$1/bin/javac" ] || return 1
    jdk_major "$1"
    [ -n "$_m" ] && [ "$_m" -ge 17 ]
}

# Sets jdk_home to the first usable Java in the order below and returns 0, else returns 1.
# $1 = javac: only JDKs count (for building).
find_jdk() {
    jdk_home=
    _need=${1:-}
    # 1. what the user chose
    if jdk_usable "${JAVA_HOME:-}" "$_need"; then jdk_home=$JAVA_HOME; return 0; fi
    # 2. java on PATH (/usr/bin/java -> /etc/alternatives/java -> /usr/lib/jvm/.../bin/java)
    _ifs=$IFS
    IFS=:
    for _d in $PATH; do
        if [ -n "$_d" ] && [ -x "$_d/java" ] && [ ! -d "$_d/java" ]; then
            IFS=$_ifs
            jdk_resolve "$_d/java"
            _h=${_p%/bin/java}
            if jdk_usable "$_h" "$_need"; then jdk_home=$_h; return 0; fi
            break
        fi
    done
    IFS=$_ifs
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
    jdk_env_dir
    for _e in "${CONDA_PREFIX:-}" "$jdk_env"; do
        [ -n "$_e" ] || continue
        for _h in "$_e/lib/jvm" "$_e"; do
            if jdk_usable "$_h" "$_need"; then jdk_home=$_h; return 0; fi
        done
    done
    return 1
}
