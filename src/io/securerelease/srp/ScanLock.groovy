package io.securerelease.srp

import com.cloudbees.groovy.cps.NonCPS

/**
 * One scan at a time may set a workspace's files aside (trivyScan's inline-ignore copies, gitleaksScan's
 * .gitleaksignore): a second scan started meanwhile would find the copies, change nothing, and read the
 * originals once the first had put them back. Both steps' scripts start with {@link #SHELL} and call
 * `take_scan_lock STEP LOCK_FILE` before they look at the files; the lock is held on fd 9 until the script
 * exits (also when it is killed), and the scanners run with 9>&- so none of them can outlive it holding it.
 */
class ScanLock implements Serializable {
    private static final long serialVersionUID = 1L

    /** A shell function; exit 3 ("refused to scan") when the lock cannot be taken. */
    static final String SHELL = '''take_scan_lock() {
  if ! command -v flock > /dev/null 2>&1; then
    printf "%s: flock is not installed on this agent (util-linux or busybox); it keeps parallel scans of one workspace from putting back each other's files mid-scan: install it, or set honorRepoIgnores: true\\n" "$1" >&2
    exit 3
  fi
  if ! { mkdir -p "$(dirname "$2")" && : >> "$2"; }; then
    printf '%s: could not create the scan lock %s\\n' "$1" "$2" >&2
    exit 3
  fi
  exec 9>> "$2"
  if ! flock -n 9; then
    printf '%s: waiting for another scan of this workspace to finish (lock: %s)\\n' "$1" "$2"
    flock 9 || { printf '%s: could not lock %s\\n' "$1" "$2" >&2; exit 3; }
  fi
}
'''

    /** The lock file of a workspace, whatever dir() the step runs in: beside Jenkins' own temp dir, outside the checkout. */
    @NonCPS
    static String path(String workspace) {
        return StepConfig.tempDir(workspace) + '/srp-scan.lock'
    }
}
