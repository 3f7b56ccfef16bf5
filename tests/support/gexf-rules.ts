import { DOMParser } from '@xmldom/xmldom';

/**
 * The GEXF 1.3 rules that matter to Gephi and networkx, written from the
 * specification (gexf.net/1.3: the gexf, viz and dynamics grammars): document
 * structure, ids, edge ends, declared attribute types and the value of every
 * attvalue and default, viz colour, position, size, thickness and shape. Pure:
 * a string in, the problems found out. Well-formedness proper is xmllint's job
 * (see check-gexf.ts); a document this parser cannot read is reported too.
 */

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';
export const VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';
const OLDER_NAMESPACES = ['http://www.gexf.net/1.2draft', 'http://www.gexf.net/1.1draft', 'http://www.gexf.net/1.0'];

export const GEXF_PROBLEM_CODES = [
  'NOT_WELL_FORMED',
  'NAMESPACE',
  'VERSION',
  'STRUCTURE',
  'UNKNOWN_ATTRIBUTE',
  'MISSING_ATTRIBUTE',
  'BAD_ENUM',
  'BAD_NUMBER',
  'COUNT_MISMATCH',
  'DUPLICATE_NODE_ID',
  'DUPLICATE_EDGE_ID',
  'MISSING_EDGE_END',
  'MISSING_PARENT',
  'BAD_ATTRIBUTE_TYPE',
  'DUPLICATE_ATTRIBUTE_ID',
  'UNDECLARED_ATTRIBUTE',
  'DUPLICATE_ATTVALUE',
  'BAD_VALUE',
  'VIZ_NAMESPACE',
  'VIZ_COLOR',
  'VIZ_POSITION',
  'VIZ_SIZE',
  'VIZ_THICKNESS',
  'VIZ_SHAPE',
] as const;
export type GexfProblemCode = (typeof GEXF_PROBLEM_CODES)[number];

export interface GexfProblem {
  code: GexfProblemCode;
  /** `line:column` in the document, where the parser knows it. */
  at: string;
  message: string;
}

export interface GexfRulesResult {
  nodes: number;
  edges: number;
  problems: GexfProblem[];
  /** Problems beyond the reporting limit, counted but not kept. */
  omitted: number;
}

/** All attribute types of GEXF 1.3 (attrtype-type). */
export const ATTRIBUTE_TYPES = [
  'integer', 'long', 'double', 'float', 'boolean', 'bigdecimal', 'biginteger', 'byte', 'char', 'short',
  'liststring', 'listboolean', 'listinteger', 'listlong', 'listfloat', 'listdouble', 'listbyte', 'listshort',
  'listbigdecimal', 'listbiginteger', 'listchar', 'string', 'anyURI',
] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

const EDGE_TYPES = ['directed', 'undirected', 'mutual'];
const ID_TYPES = ['integer', 'string'];
const GRAPH_MODES = ['static', 'dynamic', 'slice'];
const ATTRIBUTE_MODES = ['static', 'dynamic'];
const TIME_FORMATS = ['integer', 'double', 'date', 'dateTime'];
const TIME_REPRESENTATIONS = ['interval', 'timestamp'];
const NODE_SHAPES = ['disc', 'square', 'triangle', 'diamond', 'image'];
const EDGE_SHAPES = ['solid', 'dotted', 'dashed', 'double'];
const TIME_ATTRIBUTES = ['start', 'end', 'startopen', 'endopen', 'timestamp'];
const SPAN_ATTRIBUTES = [...TIME_ATTRIBUTES, 'intervals', 'timestamps'];
const MAX_PROBLEMS = 50;

// xsd lexical forms: integer, decimal and float/double (which also admit INF, -INF and NaN).
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const FLOATING = /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|[+-]?INF|NaN)$/;
const BOOLEAN = /^(true|false|1|0)$/;
const DATE = /^-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$/;
const HEX_COLOR = /^#?[0-9a-fA-F]{6}$/;
const MAX_FLOAT = 3.4028234663852886e38;

const INTEGER_RANGES: Partial<Record<AttributeType, readonly [bigint, bigint]>> = {
  byte: [-(2n ** 7n), 2n ** 7n - 1n],
  short: [-(2n ** 15n), 2n ** 15n - 1n],
  integer: [-(2n ** 31n), 2n ** 31n - 1n],
  long: [-(2n ** 63n), 2n ** 63n - 1n],
};

/** Why `value` is not a valid lexical value of a GEXF attribute type, or null when it is. */
export function explainInvalidValue(type: AttributeType, value: string): string | null {
  if (type.startsWith('list')) {
    const itemType = type.slice(4) as AttributeType;
    // Lists are written either as "a|b|c" (the 1.2 primer) or "[a, b, c]" (Gephi); both are read.
    const bracketed = value.startsWith('[') && value.endsWith(']');
    const body = bracketed ? value.slice(1, -1) : value;
    if (body.trim() === '') return null;
    const items = body.split(bracketed ? ',' : '|');
    for (const item of items) {
      const why = explainInvalidValue(itemType, itemType === 'string' ? item : item.trim());
      if (why !== null) return `list item "${item}": ${why}`;
    }
    return null;
  }
  switch (type) {
    case 'string':
      return null;
    case 'anyURI':
      return /[\s\u0000-\u001f]/.test(value) ? 'a URI holds no spaces or control characters' : null;
    case 'char':
      return [...value].length === 1 ? null : `a char is exactly one character, got ${[...value].length}`;
    case 'boolean':
      return BOOLEAN.test(value) ? null : 'a boolean is true, false, 1 or 0';
    case 'bigdecimal':
      return DECIMAL.test(value) ? null : 'not a decimal number';
    case 'biginteger':
      return INTEGER.test(value) ? null : 'not an integer';
    case 'float':
    case 'double': {
      if (!FLOATING.test(value)) return `not a ${type} number`;
      const number = Number(value.replace(/INF$/, 'Infinity'));
      if (type === 'float' && Number.isFinite(number) && Math.abs(number) > MAX_FLOAT) return 'beyond the range of a 32-bit float';
      return null;
    }
    default: {
      if (!INTEGER.test(value)) return `not an integer (${type})`;
      const range = INTEGER_RANGES[type];
      const integer = BigInt(value);
      if (range && (integer < range[0] || integer > range[1])) return `outside the ${type} range ${range[0]}..${range[1]}`;
      return null;
    }
  }
}

interface Declared {
  type: AttributeType;
  mode: string;
}

type ElementClass = 'node' | 'edge';

class RuleChecker {
  readonly problems: GexfProblem[] = [];
  omitted = 0;
  nodes = 0;
  edges = 0;
  private readonly nodeIds = new Set<string>();
  private readonly edgeIds = new Set<string>();
  private readonly declared: Record<ElementClass, Map<string, Declared>> = { node: new Map(), edge: new Map() };
  private readonly pendingEnds: { element: Element; attribute: 'source' | 'target' | 'pid'; id: string }[] = [];
  private integerIds = false;

  report(code: GexfProblemCode, node: Node | null, message: string): void {
    if (this.problems.length >= MAX_PROBLEMS) {
      this.omitted++;
      return;
    }
    const located = node as (Node & { lineNumber?: number; columnNumber?: number }) | null;
    const at = located?.lineNumber !== undefined ? `${located.lineNumber}:${located.columnNumber ?? 0}` : '?';
    this.problems.push({ code, at, message });
  }

  checkDocument(document: Document): void {
    const root = document.documentElement;
    if (!root) {
      this.report('NOT_WELL_FORMED', null, 'no root element');
      return;
    }
    if (root.localName !== 'gexf') this.report('STRUCTURE', root, `root element is <${root.nodeName}>, expected <gexf>`);
    if (root.namespaceURI !== GEXF_NAMESPACE) {
      const older = OLDER_NAMESPACES.includes(root.namespaceURI ?? '') ? ' (an older GEXF version)' : '';
      this.report('NAMESPACE', root, `root namespace is "${root.namespaceURI ?? ''}"${older}, expected "${GEXF_NAMESPACE}"`);
    }
    if (root.getAttribute('version') !== '1.3') this.report('VERSION', root, `version="${root.getAttribute('version') ?? ''}", expected "1.3"`);
    this.checkAttributes(root, ['version', 'variant']);

    const children = this.elementChildren(root);
    const order = children.map((child) => child.localName);
    const graphs = children.filter((child) => child.localName === 'graph');
    if (graphs.length !== 1 || !/^(meta)?graph$/.test(order.join(''))) {
      this.report('STRUCTURE', root, `<gexf> holds [${order.join(', ')}], expected an optional <meta> then one <graph>`);
    }
    const meta = children.find((child) => child.localName === 'meta');
    if (meta) this.checkMeta(meta);
    for (const graph of graphs) this.checkGraph(graph);

    for (const end of this.pendingEnds) {
      if (!this.nodeIds.has(end.id)) {
        const what = end.attribute === 'pid' ? 'parent' : `${end.attribute}`;
        this.report(end.attribute === 'pid' ? 'MISSING_PARENT' : 'MISSING_EDGE_END', end.element, `${what} "${end.id}" is not the id of any node`);
      }
    }
  }

  /** GEXF-namespace element children; anything else that is not whitespace or a comment is reported. */
  private elementChildren(parent: Element, allowViz = false): Element[] {
    const elements: Element[] = [];
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) {
        const element = child as Element;
        if (element.namespaceURI === GEXF_NAMESPACE || (allowViz && element.namespaceURI === VIZ_NAMESPACE)) elements.push(element);
        else this.report('STRUCTURE', element, `<${element.nodeName}> (namespace "${element.namespaceURI ?? ''}") is not allowed in <${parent.localName}>`);
      } else if ((child.nodeType === 3 || child.nodeType === 4) && (child.nodeValue ?? '').trim() !== '') {
        this.report('STRUCTURE', child, `text is not allowed directly in <${parent.localName}>`);
      }
    }
    return elements;
  }

  /** Unqualified attributes must be among `allowed`; namespaced ones (xmlns, xsi:schemaLocation) are left alone. */
  private checkAttributes(element: Element, allowed: readonly string[], required: readonly string[] = []): void {
    for (let i = 0; i < element.attributes.length; i++) {
      const attribute = element.attributes.item(i)!;
      if (attribute.namespaceURI || attribute.name === 'xmlns' || attribute.name.startsWith('xmlns:')) continue;
      if (!allowed.includes(attribute.name)) this.report('UNKNOWN_ATTRIBUTE', element, `<${element.localName}> has no attribute "${attribute.name}"`);
    }
    for (const name of required) {
      if (!element.hasAttribute(name)) this.report('MISSING_ATTRIBUTE', element, `<${element.localName}> needs the attribute "${name}"`);
    }
  }

  private checkEnum(element: Element, name: string, allowed: readonly string[]): void {
    const value = element.getAttribute(name);
    if (element.hasAttribute(name) && !allowed.includes(value ?? '')) {
      this.report('BAD_ENUM', element, `<${element.localName} ${name}="${value}">: expected one of ${allowed.join(', ')}`);
    }
  }

  private checkCount(container: Element, actual: number): void {
    if (!container.hasAttribute('count')) return;
    const count = container.getAttribute('count') ?? '';
    if (!/^\+?\d+$/.test(count)) this.report('BAD_NUMBER', container, `<${container.localName} count="${count}">: not a non-negative integer`);
    else if (Number(count) !== actual) this.report('COUNT_MISMATCH', container, `<${container.localName} count="${count}"> holds ${actual}`);
  }

  private checkMeta(meta: Element): void {
    this.checkAttributes(meta, ['lastmodifieddate']);
    const date = meta.getAttribute('lastmodifieddate');
    if (meta.hasAttribute('lastmodifieddate') && !DATE.test(date ?? '')) this.report('BAD_VALUE', meta, `lastmodifieddate="${date}" is not an xsd:date (YYYY-MM-DD)`);
    const seen = new Set<string>();
    for (const child of this.elementChildren(meta)) {
      if (!['creator', 'keywords', 'description'].includes(child.localName)) this.report('STRUCTURE', child, `<meta> holds no <${child.localName}>`);
      else if (seen.has(child.localName)) this.report('STRUCTURE', child, `<meta> holds <${child.localName}> twice`);
      seen.add(child.localName);
      const nested = [...Array.from(child.childNodes)].find((node) => node.nodeType === 1);
      if (nested) this.report('STRUCTURE', nested, `<${child.localName}> holds text only`);
    }
  }

  private checkGraph(graph: Element): void {
    this.checkAttributes(graph, ['defaultedgetype', 'idtype', 'mode', 'timeformat', 'timerepresentation', 'timezone', 'start', 'end', 'timestamp', 'name']);
    this.checkEnum(graph, 'defaultedgetype', EDGE_TYPES);
    this.checkEnum(graph, 'idtype', ID_TYPES);
    this.checkEnum(graph, 'mode', GRAPH_MODES);
    this.checkEnum(graph, 'timeformat', TIME_FORMATS);
    this.checkEnum(graph, 'timerepresentation', TIME_REPRESENTATIONS);
    this.integerIds = graph.getAttribute('idtype') === 'integer';

    const children = this.elementChildren(graph);
    const order = children.map((child) => (child.localName === 'attributes' ? 'A' : child.localName === 'nodes' ? 'N' : child.localName === 'edges' ? 'E' : '?'));
    if (!/^A*NE$/.test(order.join(''))) {
      this.report('STRUCTURE', graph, `<graph> holds [${children.map((c) => c.localName).join(', ')}], expected <attributes>* then <nodes> then <edges>`);
    }
    // Declarations first: an attvalue may only use what its class declares.
    for (const child of children) if (child.localName === 'attributes') this.checkDeclarations(child);
    for (const child of children) if (child.localName === 'nodes') this.checkNodes(child);
    for (const child of children) if (child.localName === 'edges') this.checkEdges(child);
  }

  private checkDeclarations(attributes: Element): void {
    this.checkAttributes(attributes, ['class', 'mode', 'start', 'end', 'startopen', 'endopen'], ['class']);
    this.checkEnum(attributes, 'class', ['node', 'edge']);
    this.checkEnum(attributes, 'mode', ATTRIBUTE_MODES);
    const elementClass = attributes.getAttribute('class') as ElementClass;
    const declared = this.declared[elementClass] ?? new Map<string, Declared>();
    const mode = attributes.getAttribute('mode') || 'static';
    for (const attribute of this.elementChildren(attributes)) {
      if (attribute.localName !== 'attribute') {
        this.report('STRUCTURE', attribute, `<attributes> holds no <${attribute.localName}>`);
        continue;
      }
      this.checkAttributes(attribute, ['id', 'title', 'type'], ['id', 'title', 'type']);
      const id = attribute.getAttribute('id') ?? '';
      const type = attribute.getAttribute('type') ?? '';
      if (!(ATTRIBUTE_TYPES as readonly string[]).includes(type)) {
        this.report('BAD_ATTRIBUTE_TYPE', attribute, `attribute "${id}" has type "${type}", not a GEXF 1.3 type (${ATTRIBUTE_TYPES.join(', ')})`);
      }
      if (declared.has(id)) this.report('DUPLICATE_ATTRIBUTE_ID', attribute, `${elementClass} attribute id "${id}" is declared twice`);
      const valid = (ATTRIBUTE_TYPES as readonly string[]).includes(type);
      declared.set(id, { type: valid ? (type as AttributeType) : 'string', mode });
      const parts = this.elementChildren(attribute);
      for (const part of parts) {
        if (part.localName !== 'default' && part.localName !== 'options') this.report('STRUCTURE', part, `<attribute> holds no <${part.localName}>`);
        if (parts.filter((p) => p.localName === part.localName).length > 1) this.report('STRUCTURE', part, `<attribute> holds <${part.localName}> more than once`);
        if (part.localName === 'default' && valid) {
          const why = explainInvalidValue(type as AttributeType, part.textContent ?? '');
          if (why) this.report('BAD_VALUE', part, `default of attribute "${id}" (${type}) "${part.textContent}": ${why}`);
        }
      }
    }
  }

  private checkNodes(nodes: Element): void {
    this.checkAttributes(nodes, ['count']);
    const children = this.elementChildren(nodes);
    this.checkCount(nodes, children.length);
    for (const node of children) {
      if (node.localName !== 'node') this.report('STRUCTURE', node, `<nodes> holds no <${node.localName}>`);
      else this.checkNode(node);
    }
  }

  private checkNode(node: Element): void {
    this.nodes++;
    this.checkAttributes(node, ['id', 'label', 'pid', ...SPAN_ATTRIBUTES], ['id']);
    const id = node.getAttribute('id') ?? '';
    if (node.hasAttribute('id')) {
      if (this.nodeIds.has(id)) this.report('DUPLICATE_NODE_ID', node, `node id "${id}" is used twice`);
      if (this.integerIds && !INTEGER.test(id)) this.report('BAD_VALUE', node, `node id "${id}" is not an integer, as idtype="integer" requires`);
      this.nodeIds.add(id);
    }
    if (node.hasAttribute('pid')) this.pendingEnds.push({ element: node, attribute: 'pid', id: node.getAttribute('pid')! });
    const allowed = ['attvalues', 'spells', 'nodes', 'edges', 'parents', 'color', 'position', 'size', 'shape'];
    const seen = new Set<string>();
    for (const child of this.elementChildren(node, true)) {
      const name = child.localName;
      if (!allowed.includes(name)) {
        this.report('STRUCTURE', child, `<node> holds no <${name}>`);
        continue;
      }
      if (seen.has(name)) this.report('STRUCTURE', child, `<node id="${id}"> holds <${name}> twice`);
      seen.add(name);
      if (this.isVizElement(child)) this.checkViz(child, 'node');
      else if (name === 'attvalues') this.checkAttvalues(child, 'node', id);
      else if (name === 'nodes') this.checkNodes(child);
      else if (name === 'edges') this.checkEdges(child);
    }
  }

  private checkEdges(edges: Element): void {
    this.checkAttributes(edges, ['count']);
    const children = this.elementChildren(edges);
    this.checkCount(edges, children.length);
    for (const edge of children) {
      if (edge.localName !== 'edge') this.report('STRUCTURE', edge, `<edges> holds no <${edge.localName}>`);
      else this.checkEdge(edge);
    }
  }

  private checkEdge(edge: Element): void {
    this.edges++;
    this.checkAttributes(edge, ['id', 'type', 'label', 'source', 'target', 'weight', 'kind', ...SPAN_ATTRIBUTES], ['source', 'target']);
    const id = edge.getAttribute('id');
    if (edge.hasAttribute('id')) {
      if (this.edgeIds.has(id!)) this.report('DUPLICATE_EDGE_ID', edge, `edge id "${id}" is used twice`);
      this.edgeIds.add(id!);
    }
    for (const end of ['source', 'target'] as const) {
      if (edge.hasAttribute(end)) this.pendingEnds.push({ element: edge, attribute: end, id: edge.getAttribute(end)! });
    }
    this.checkEnum(edge, 'type', EDGE_TYPES);
    const weight = edge.getAttribute('weight');
    if (edge.hasAttribute('weight') && !FLOATING.test(weight ?? '')) this.report('BAD_NUMBER', edge, `edge "${id}" weight="${weight}" is not a number`);
    const label = id ?? `${edge.getAttribute('source')}→${edge.getAttribute('target')}`;
    const seen = new Set<string>();
    for (const child of this.elementChildren(edge, true)) {
      const name = child.localName;
      if (!['attvalues', 'spells', 'color', 'thickness', 'shape'].includes(name)) {
        this.report('STRUCTURE', child, `<edge> holds no <${name}>`);
        continue;
      }
      if (seen.has(name)) this.report('STRUCTURE', child, `<edge id="${label}"> holds <${name}> twice`);
      seen.add(name);
      if (this.isVizElement(child)) this.checkViz(child, 'edge');
      else if (name === 'attvalues') this.checkAttvalues(child, 'edge', label);
    }
  }

  /** Viz elements live in the viz namespace; in the GEXF namespace Gephi and networkx ignore them. */
  private isVizElement(element: Element): boolean {
    const viz = ['color', 'position', 'size', 'shape', 'thickness'].includes(element.localName);
    if (viz && element.namespaceURI !== VIZ_NAMESPACE) {
      this.report('VIZ_NAMESPACE', element, `<${element.nodeName}> must be in the viz namespace "${VIZ_NAMESPACE}"`);
      return false;
    }
    if (!viz && element.namespaceURI === VIZ_NAMESPACE) {
      this.report('STRUCTURE', element, `<${element.nodeName}> is not a viz element`);
      return false;
    }
    return viz;
  }

  private checkAttvalues(attvalues: Element, elementClass: ElementClass, owner: string): void {
    this.checkAttributes(attvalues, []);
    const given = new Set<string>();
    for (const attvalue of this.elementChildren(attvalues)) {
      if (attvalue.localName !== 'attvalue') {
        this.report('STRUCTURE', attvalue, `<attvalues> holds no <${attvalue.localName}>`);
        continue;
      }
      this.checkAttributes(attvalue, ['for', 'value', ...TIME_ATTRIBUTES], ['for', 'value']);
      const key = attvalue.getAttribute('for') ?? '';
      const declared = this.declared[elementClass].get(key);
      if (!declared) {
        this.report('UNDECLARED_ATTRIBUTE', attvalue, `${elementClass} "${owner}" has a value for "${key}", which no <attributes class="${elementClass}"> declares`);
        continue;
      }
      if (declared.mode === 'static' && given.has(key)) this.report('DUPLICATE_ATTVALUE', attvalue, `${elementClass} "${owner}" gives "${key}" twice`);
      given.add(key);
      const value = attvalue.getAttribute('value') ?? '';
      const why = explainInvalidValue(declared.type, value);
      if (why) this.report('BAD_VALUE', attvalue, `${elementClass} "${owner}", ${key} (${declared.type}) = "${value.slice(0, 80)}": ${why}`);
    }
  }

  private checkViz(element: Element, elementClass: ElementClass): void {
    const name = element.localName;
    const number = (attribute: string) => {
      const text = element.getAttribute(attribute) ?? '';
      return FLOATING.test(text) ? Number(text) : Number.NaN;
    };
    if (name === 'color') {
      this.checkAttributes(element, ['r', 'g', 'b', 'hex', 'a']);
      const channels = ['r', 'g', 'b'].filter((c) => element.hasAttribute(c));
      if (element.hasAttribute('hex')) {
        if (channels.length > 0) this.report('VIZ_COLOR', element, 'a colour has either r, g, b or hex, not both');
        if (!HEX_COLOR.test(element.getAttribute('hex') ?? '')) this.report('VIZ_COLOR', element, `hex="${element.getAttribute('hex')}" is not #RRGGBB`);
      } else if (channels.length !== 3) {
        this.report('VIZ_COLOR', element, 'a colour needs all of r, g and b (or hex)');
      }
      for (const channel of channels) {
        const text = element.getAttribute(channel) ?? '';
        if (!/^\+?\d+$/.test(text) || Number(text) > 255) this.report('VIZ_COLOR', element, `${channel}="${text}": a channel is an integer from 0 to 255`);
      }
      if (element.hasAttribute('a')) {
        const alpha = number('a');
        if (!(alpha >= 0 && alpha <= 1)) this.report('VIZ_COLOR', element, `a="${element.getAttribute('a')}": alpha is a number from 0 to 1`);
      }
    } else if (name === 'position') {
      if (elementClass === 'edge') this.report('STRUCTURE', element, 'an edge has no position');
      this.checkAttributes(element, ['x', 'y', 'z'], ['x', 'y']);
      for (const axis of ['x', 'y', 'z']) {
        if (!element.hasAttribute(axis)) continue;
        const value = number(axis);
        if (!Number.isFinite(value) || Math.abs(value) > MAX_FLOAT) this.report('VIZ_POSITION', element, `${axis}="${element.getAttribute(axis)}" is not a finite float`);
      }
    } else if (name === 'size' || name === 'thickness') {
      if (name === 'size' && elementClass === 'edge') this.report('STRUCTURE', element, 'an edge has thickness, not size');
      if (name === 'thickness' && elementClass === 'node') this.report('STRUCTURE', element, 'a node has size, not thickness');
      this.checkAttributes(element, ['value'], ['value']);
      const value = number('value');
      if (!(Number.isFinite(value) && value >= 0 && value <= MAX_FLOAT)) {
        this.report(name === 'size' ? 'VIZ_SIZE' : 'VIZ_THICKNESS', element, `${name} value="${element.getAttribute('value')}" is not a finite float ≥ 0`);
      }
    } else if (name === 'shape') {
      this.checkAttributes(element, elementClass === 'node' ? ['value', 'uri'] : ['value'], ['value']);
      const shapes = elementClass === 'node' ? NODE_SHAPES : EDGE_SHAPES;
      if (!shapes.includes(element.getAttribute('value') ?? '')) this.report('VIZ_SHAPE', element, `${elementClass} shape "${element.getAttribute('value')}": expected one of ${shapes.join(', ')}`);
    }
  }
}

/** Checks a GEXF document against the GEXF 1.3 rules above. */
export function findGexfProblems(xml: string): GexfRulesResult {
  const checker = new RuleChecker();
  const parseErrors: string[] = [];
  const onError = (message: string) => parseErrors.push(message.trim().split('\n')[0] ?? message);
  const document = new DOMParser({ locator: {}, errorHandler: { warning: () => {}, error: onError, fatalError: onError } }).parseFromString(xml, 'text/xml');
  for (const message of parseErrors) checker.report('NOT_WELL_FORMED', null, message);
  if (parseErrors.length === 0) checker.checkDocument(document);
  return { nodes: checker.nodes, edges: checker.edges, problems: checker.problems, omitted: checker.omitted };
}
