/**
 * Failure lines quote the server's own words (GitHub's message, the ledger's error). A proxy or a service
 * that echoed the request's Authorization header back would put the token there, and from there into the
 * build log and the step's error message, outside Jenkins' masking. Every line the notifiers log or
 * return goes through here first.
 */
const MASK = '****';

/** `text` with every occurrence of `token` replaced. A token under 4 characters is left: masking it would mangle every line and protect nothing. */
export function maskToken(text: string, token: string): string {
  return token.length < 4 ? text : text.split(token).join(MASK);
}

/** `log`, masking `token` in every line. */
export function maskingToken(log: (line: string) => void, token: string): (line: string) => void {
  return (line) => log(maskToken(line, token));
}
