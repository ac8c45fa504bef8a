/** What a command may touch of the outside world, passed in by cli.ts so commands stay testable. */
export interface CommandContext {
  env: Record<string, string | undefined>;
  cwd: string;
  now: () => Date;
  /** Colour allowed: stdout is a TTY and NO_COLOR is not set. */
  color: boolean;
  stdout: (text: string) => void;
  stderr: (line: string) => void;
}
