// planer ships no type declarations; this is the part of its API the benchmark calls.
declare module 'planer' {
  interface Planer {
    /** Strips quoted text; `contentType` is 'text/plain' or 'text/html' (the latter needs a DOM `Document`). */
    extractFrom(body: string, contentType: string, dom?: unknown): string;
  }
  const planer: Planer;
  export default planer;
}
