package io.securerelease.srp

import com.cloudbees.groovy.cps.NonCPS

/**
 * A checkout can commit symbolic links: one at a path a step writes to (a scanner's report, the gate's outputDir)
 * makes the step write over, or archive, whatever file of the agent it points to. The steps' scripts start with
 * {@link #SHELL} and call `refuse_links STEP EXIT PATH WORKSPACE` for each such path that lies in the workspace
 * ({@link #inWorkspace}), wherever dir() has taken the step.
 */
class Links implements Serializable {
    private static final long serialVersionUID = 1L

    /**
     * show TEXT: TEXT with its control characters as ? (a file name may hold a newline or an escape).
     * refuse_links STEP EXIT PATH WORKSPACE: PATH and every directory above it, up to the workspace (not only up to
     * the working directory: in dir('sub') a path may be ../reports/x, and sub itself may be a link), must not be a
     * symbolic link; otherwise one line naming it (control characters shown as ?) on stderr and exit EXIT. A
     * relative PATH goes on from the working directory's physical path, which meets the workspace unless a link
     * took dir() out of it. Positional parameters only: a POSIX function has no local variables.
     */
    static final String SHELL = '''show() { printf '%s' "$1" | tr '\\001-\\037\\177' '[?*]'; }
refuse_links() {
  set -- "$1" "$2" "$3" "$4"
  case $3 in -*) set -- "$1" "$2" "./$3" "$4" ;; esac
  while ! [ "$3" -ef "$4" ]; do
    case $3 in
      .) set -- "$1" "$2" "$(pwd -P)" "$4"; continue ;;
      /)
        printf '%s: %s is reached through a symbolic link out of the workspace\\n' "$1" "$(show "$(pwd -P)")" >&2
        exit "$2" ;;
    esac
    if [ -L "$3" ]; then
      printf '%s: %s is a symbolic link\\n' "$1" "$(show "$3")" >&2
      exit "$2"
    fi
    set -- "$1" "$2" "$(dirname -- "$3")" "$4"
  done
}
'''

    /**
     * The error of a scan step when refuse_links found a link at or above an output it writes ({@code what}, e.g.
     * "report 'reports/x.json'"): the scanner would write over whatever file the link points to.
     */
    @NonCPS
    static String outputUnderLink(String step, String scanner, String what) {
        return "${step}: the ${what} is or lies under a symbolic link (named in the log above): ${scanner} would write over " +
                'whatever file it points to; remove the link (a pull request may not add one) or write elsewhere'
    }

    /** Whether {@code path} (absolute, or relative to the working directory {@code cwd}) lies in {@code workspace}, by its text. */
    @NonCPS
    static boolean inWorkspace(String path, String cwd, String workspace) {
        return StepConfig.isInside(path.startsWith('/') ? path : "${cwd}/${path}".toString(), workspace)
    }
}
