// The part of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  export interface Histogram {
    average: number;
    total: number;
    p50: number;
    p99: number;
    max: number;
  }
  export interface Result {
    requests: Histogram;
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  export interface Options {
    url: string;
    connections: number;
    duration: number;
    pipelining?: number;
  }
  function autocannon(opts: Options, cb: (err: Error | null, res: Result) => void): unknown;
  export default autocannon;
}
