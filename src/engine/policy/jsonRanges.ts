// Maps JSON paths (as zod reports them) to text ranges in a JSONC document, so problems can be
// shown at the right line and column in the editor and the CLI.

import { findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { JSONPath, Node, ParseError } from 'jsonc-parser';
import { lineOf, toLineStarts } from '../scan/lines';

/** A span of UTF-16 offsets plus its 1-based start and end positions. */
export interface TextSpan {
  readonly offset: number;
  readonly length: number;
  /** 1-based line of `offset`. */
  readonly line: number;
  /** 1-based column of `offset` (UTF-16 code units). */
  readonly column: number;
  /** 1-based line and column of `offset + length` (exclusive end). */
  readonly endLine: number;
  readonly endColumn: number;
}

/** What a path should point at: the property's key (unknown keys) or its value (wrong values). */
export type PathTarget = 'key' | 'value';

/** A parsed JSONC document with the helpers to turn paths and offsets into spans. */
export interface JsonDocument {
  readonly root: Node | undefined;
  readonly syntaxErrors: readonly { readonly offset: number; readonly length: number; readonly code: string }[];
  /** The span for a JSON path; a missing node maps to its nearest existing ancestor. */
  spanOf(path: JSONPath, target?: PathTarget): TextSpan;
  /** The span for raw offsets. */
  spanAt(offset: number, length: number): TextSpan;
}

/** Parses JSON with comments and trailing commas; never throws. */
export function toJsonDocument(text: string): JsonDocument {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const lineStarts = toLineStarts(text);
  const pos = (offset: number): { line: number; column: number } => {
    const o = Math.max(0, Math.min(offset, text.length));
    const l = lineOf(lineStarts, o);
    return { line: l + 1, column: o - (lineStarts[l] as number) + 1 };
  };
  const spanAt = (offset: number, length: number): TextSpan => {
    const start = pos(offset);
    const end = pos(offset + length);
    return { offset, length, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };
  return {
    root,
    syntaxErrors: errors.map((e) => ({ offset: e.offset, length: e.length, code: printParseErrorCode(e.error) })),
    spanAt,
    spanOf(path, target = 'value') {
      const r = toNodeRange(root, path, target);
      return spanAt(r.offset, r.length);
    },
  };
}

/**
 * The offsets a path should be reported at. Scalars report their value; objects and arrays
 * report their property key (or their opening bracket), so a diagnostic does not cover
 * fifty lines; a missing node reports its nearest existing ancestor the same way.
 */
export function toNodeRange(root: Node | undefined, path: JSONPath, target: PathTarget = 'value'): { offset: number; length: number } {
  if (!root) return { offset: 0, length: 0 };
  const node = findNodeAtLocation(root, path);
  if (node) return rangeOfNode(node, target);
  for (let i = path.length - 1; i >= 0; i--) {
    const ancestor = findNodeAtLocation(root, path.slice(0, i));
    if (ancestor) return rangeOfNode(ancestor, 'key');
  }
  return rangeOfNode(root, 'key');
}

function rangeOfNode(node: Node, target: PathTarget): { offset: number; length: number } {
  const property = node.parent?.type === 'property' ? node.parent : undefined;
  const key = property?.children?.[0];
  const container = node.type === 'object' || node.type === 'array';
  if (key && (target === 'key' || container)) return { offset: key.offset, length: key.length };
  if (container) return { offset: node.offset, length: 1 };
  return { offset: node.offset, length: node.length };
}

/**
 * The plain value of a JSON tree. Unlike `getNodeValue`, keys such as `__proto__` become
 * ordinary own properties (and so are reported as unknown) instead of changing prototypes.
 */
export function toNodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const obj: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k || !v) continue;
        Object.defineProperty(obj, String(k.value), { value: toNodeValue(v), enumerable: true, writable: true, configurable: true });
      }
      return obj;
    }
    case 'array':
      return (node.children ?? []).map(toNodeValue);
    default:
      return node.value;
  }
}

/** Each repeated property key (the later occurrences), with the object's path and the key's offsets. */
export function findDuplicateKeys(root: Node | undefined): { path: JSONPath; key: string; offset: number; length: number }[] {
  const out: { path: JSONPath; key: string; offset: number; length: number }[] = [];
  const walk = (node: Node, path: JSONPath): void => {
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k) continue;
        const key = String(k.value);
        if (seen.has(key)) out.push({ path, key, offset: k.offset, length: k.length });
        seen.add(key);
        if (v) walk(v, [...path, key]);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((c, i) => walk(c, [...path, i]));
    }
  };
  if (root) walk(root, []);
  return out;
}
