// Meta serialises webhook bodies with every non-ASCII character escaped as \uXXXX (lowercase
// hex), and signs those exact bytes (wire formats §2b). The simulator does the same, so a
// receiver that re-serialises before checking the signature fails here as it would in production.

export function metaJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
