import { describe, expect, it } from 'vitest';
import { ignoreLines } from './ignore-lines.js';

describe('ignoreLines', () => {
  it('keeps entries with their line numbers and the comment lines right above them', () => {
    const text = '# header, separated by a blank line\n\n# why A\n## and more\nA\nB\r\n\n   \n# why C\nC  \n';
    expect(ignoreLines(text)).toEqual([
      { text: 'A', number: 5, comment: 'why A and more' },
      { text: 'B', number: 6, comment: '' },
      { text: 'C', number: 10, comment: 'why C' },
    ]);
  });

  it('finds nothing in a file of comments', () => {
    expect(ignoreLines('# only\n#\n')).toEqual([]);
  });
});
