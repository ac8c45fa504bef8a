/**
 * The text of a YAML file srp reads (a policy, a .trivyignore.yaml) as plain data, or one problem
 * line handed to the caller's `fail`, which names the file in its own error type.
 */
import { YAML_OPTIONS } from './dates.js';
import { isNode, isScalar, parseDocument, visit } from './yaml-subset.js';

export interface YamlFileKind {
  /** Says what the text is not, e.g. "not valid YAML or JSON". */
  invalid: string;
  /** Names the file in advice, e.g. "policy". */
  name: string;
}

export function yamlData(text: string, kind: YamlFileKind, fail: (problem: string) => never): unknown {
  const document = parseDocument(text, YAML_OPTIONS);
  const yamlError = document.errors[0];
  if (yamlError) fail(`${kind.invalid}: ${firstLine(yamlError.message, 'syntax error')}`);
  // yaml turns a list or mapping used as a key (`? [trivy]`) into its text ('[ trivy ]'): a scanner
  // override that silently matched nothing. Every key srp reads is a name.
  let complexKeyAt: number | undefined;
  visit(document, {
    Pair(_, pair) {
      if (pair.key === null || isScalar(pair.key)) return undefined;
      complexKeyAt = isNode(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
      return visit.BREAK;
    },
  });
  if (complexKeyAt !== undefined) {
    fail(`line ${lineOf(text, complexKeyAt)}: a key is a list, mapping or alias; write each key out as plain text`);
  }
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // yaml throws a ReferenceError for an alias without its anchor, and past maxAliasCount (an alias
    // bomb expands to billions of nodes): bad input, exit 2. Anything else is ours: exit 4.
    if (!(error instanceof ReferenceError)) throw error;
    if (/excessive alias/i.test(error.message)) {
      fail(`too many YAML alias expansions (an alias bomb?): write the ${kind.name} out without anchors and aliases`);
    }
    fail(`${kind.invalid}: ${firstLine(error.message, 'unreadable')}`);
  }
}

/** yaml's messages are multi-line with a code frame that could echo file content; the first line already says where. */
function firstLine(message: string, otherwise: string): string {
  return (message.split('\n')[0] || otherwise).replace(/:$/, '');
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
