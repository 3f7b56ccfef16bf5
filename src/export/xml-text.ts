/**
 * Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates,
 * U+FFFE/U+FFFF). They are replaced, never silently passed on, because a
 * single one makes the whole GEXF file unreadable for Gephi and networkx.
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character that could be part of a forbidden one: a plain character class, far cheaper to scan for than XML_FORBIDDEN. */
const XML_SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export const XML_REPLACEMENT = '\uFFFD';

export function hasXmlForbiddenCharacters(text: string): boolean {
  XML_FORBIDDEN.lastIndex = 0;
  return XML_FORBIDDEN.test(text);
}

export function toXmlSafeText(text: string): string {
  // Exports pass every evidence sentence through here; most have nothing to replace.
  return XML_SUSPECT.test(text) ? text.replace(XML_FORBIDDEN, XML_REPLACEMENT) : text;
}
