/**
 * Parses Prometheus text exposition back into `name{sorted labels}` → value, so tests assert on what a
 * scraper would read. Labels are re-sorted by name so keys do not depend on emission order.
 */
export function parsePrometheusText(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/.exec(line);
    if (!m) throw new Error(`not a Prometheus sample line: ${line}`);
    const labels: [string, string][] = [];
    const labelRe = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;
    for (const l of (m[2] ?? '').matchAll(labelRe)) labels.push([l[1]!, l[2]!]);
    labels.sort(([a], [b]) => a.localeCompare(b));
    const key = labels.length ? `${m[1]}{${labels.map(([k, v]) => `${k}="${v}"`).join(',')}}` : m[1]!;
    const raw = m[3]!;
    out.set(key, raw === '+Inf' ? Infinity : raw === '-Inf' ? -Infinity : Number(raw));
  }
  return out;
}
