/** The line grammar .trivyignore and .gitleaksignore share: blank lines, `#` comments, entries. */

export interface IgnoreLine {
  /** The entry, trimmed. */
  text: string;
  /** 1-based line number, for messages. */
  number: number;
  /** Comment lines right above the entry (no blank line between), joined: they explain it. */
  comment: string;
}

export function ignoreLines(text: string): IgnoreLine[] {
  const entries: IgnoreLine[] = [];
  let comment: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] ?? '').trim();
    if (line === '') {
      comment = [];
    } else if (line.startsWith('#')) {
      const note = line.replace(/^#+\s*/, '');
      if (note !== '') comment.push(note);
    } else {
      entries.push({ text: line, number: index + 1, comment: comment.join(' ') });
      comment = [];
    }
  }
  return entries;
}
