package io.securerelease.srp

/**
 * A checkout can commit symbolic links: one at a path a step writes to (a scanner's report, the gate's outputDir)
 * makes the step write over, or archive, whatever file of the agent it points to. The steps' scripts start with
 * {@link #SHELL} and call `refuse_links STEP EXIT PATH` for each such path that lies in the workspace.
 */
class Links implements Serializable {
    private static final long serialVersionUID = 1L

    /**
     * refuse_links STEP EXIT PATH: PATH and every directory above it, up to the working directory, must not be a
     * symbolic link; otherwise one line naming it (control characters shown as ?) on stderr and exit EXIT.
     * Positional parameters only: a POSIX function has no local variables.
     */
    static final String SHELL = '''refuse_links() {
  set -- "$1" "$2" "$3"
  case $3 in -*) set -- "$1" "$2" "./$3" ;; esac
  while [ -n "$3" ] && [ "$3" != . ] && [ "$3" != / ] && ! [ "$3" -ef . ]; do
    if [ -L "$3" ]; then
      printf '%s: %s is a symbolic link\\n' "$1" "$(printf '%s' "$3" | tr '\\001-\\037\\177' '[?*]')" >&2
      exit "$2"
    fi
    set -- "$1" "$2" "$(dirname -- "$3")"
  done
}
'''
}
