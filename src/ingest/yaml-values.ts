import { isAlias, visit, type Document } from 'yaml';

export type YamlValues = { ok: true; value: unknown } | { ok: false; message: string; offset: number };

/**
 * `document.toJS()` without its exceptions: an alias to a missing anchor
 * (`*a`) or an alias bomb throws a plain ReferenceError from the yaml
 * library, which has no position. This finds the alias at fault so callers
 * can raise their own located error.
 */
export function readYamlValues(document: Document): YamlValues {
  try {
    return { ok: true, value: document.toJS() };
  } catch (error) {
    let unresolved: number | undefined;
    let first: number | undefined;
    visit(document, {
      Alias(_key, node) {
        const offset = node.range?.[0] ?? 0;
        first ??= offset;
        if (isAlias(node) && node.resolve(document) === undefined) {
          unresolved = offset;
          return visit.BREAK;
        }
        return undefined;
      },
    });
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message, offset: unresolved ?? first ?? 0 };
  }
}
