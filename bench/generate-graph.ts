import type { SerializedGraph } from 'graphology-types';
import type { DocumentInfo, EdgeAttributes, GraphAttributes, NodeAttributes } from '../src/model/graph-attributes.js';
import type { Evidence } from '../src/model/records.js';
import { RELATIONS, type EntityType, type Relation } from '../src/model/vocabulary.js';
import { ENTITY_COLORS, RELATION_COLORS } from '../src/graph/visual-attributes.js';
import { createSeededRandom } from '../src/graph/seeded-random.js';
import { HEADS, MODIFIERS, PLACE_HEADS, PLACE_TAILS, QUALIFIERS } from './generate-corpus.js';

export type BenchGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface GraphOptions {
  seed: number;
  nodes: number;
  edgesPerNode: number;
  /** Share of edges that stay inside a community; the rest join random nodes. */
  locality: number;
  /** Entities per generated document (each document holds one sentence per entity). */
  entitiesPerDocument: number;
}

export const DEFAULT_GRAPH_OPTIONS: GraphOptions = { seed: 7, nodes: 1000, edgesPerNode: 5, locality: 0.85, entitiesPerDocument: 40 };

/** Types the extractor produces most often come up most often here too. */
const TYPE_WEIGHTS: [EntityType, number][] = [
  ['Industry', 30], ['PriorityTask', 15], ['KeyArea', 15], ['Initiative', 12], ['StrategicOpportunity', 8],
  ['Place', 6], ['Region', 4], ['Target', 4], ['Organization', 2], ['Event', 2], ['Group', 1], ['Plan', 1],
];

/**
 * A graph.json in the project's format (graphology export of NodeAttributes /
 * EdgeAttributes, with documents and evidence) at any size, with clustered,
 * precomputed positions so the page under test never runs a layout on load.
 * Mentions and evidence point at real offsets in the generated document texts.
 */
export function generateGraph(options: Partial<GraphOptions> = {}): BenchGraph {
  const o = { ...DEFAULT_GRAPH_OPTIONS, ...options };
  const random = createSeededRandom(o.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const totalWeight = TYPE_WEIGHTS.reduce((total, [, weight]) => total + weight, 0);
  const pickType = (): EntityType => {
    let roll = random() * totalWeight;
    for (const [type, weight] of TYPE_WEIGHTS) if ((roll -= weight) < 0) return type;
    return 'Industry';
  };

  const labels = new Set<string>();
  const nextLabel = (type: EntityType): string => {
    for (let attempt = 0; ; attempt++) {
      // Two syllables give a few hundred places; once those are taken, a third makes thousands more.
      const place = `${pick(PLACE_HEADS)}${pick(PLACE_TAILS)}${attempt > 8 ? pick(PLACE_TAILS) : ''}`;
      let label: string;
      if (type === 'Place') label = `${place} ${pick(['County', 'District', 'New Area', 'Municipality'])}`;
      else if (type === 'Region') label = `${place}–${pick(PLACE_HEADS)}${pick(PLACE_TAILS)} economic circle`;
      else if (type === 'Target') label = `GDP of ${place}: ${(1 + random() * 9).toFixed(1)} trillion yuan by 2030`;
      else if (labels.size < 8000 || random() < 0.3) label = `${pick(QUALIFIERS)} ${pick(MODIFIERS)} ${pick(HEADS)}`;
      // Past a few thousand names the word lists run dry; a place prefix keeps labels distinct and searchable.
      else label = `${place} ${pick(QUALIFIERS)} ${pick(MODIFIERS)} ${pick(HEADS)}`;
      if (!labels.has(label)) {
        labels.add(label);
        return label;
      }
    }
  };

  const communities = Math.max(4, Math.round(Math.sqrt(o.nodes) / 2));
  const centres = Array.from({ length: communities }, () => {
    const angle = random() * Math.PI * 2;
    const radius = Math.sqrt(random()) * 1000;
    return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
  });
  const spread = 1000 / Math.sqrt(communities);

  interface Spec {
    key: string;
    label: string;
    type: EntityType;
    community: number;
    document: number;
    sentenceIndex: number;
    sentenceStart: number;
    sentence: string;
    mentionStart: number;
  }
  const specs: Spec[] = [];
  const documentTexts: string[] = [];
  let text = '';
  let sentenceIndex = 0;
  const documentCount = Math.max(1, Math.ceil(o.nodes / o.entitiesPerDocument));
  for (let i = 0; i < o.nodes; i++) {
    const document = Math.floor(i / o.entitiesPerDocument);
    if (i > 0 && i % o.entitiesPerDocument === 0) {
      documentTexts.push(text);
      text = '';
      sentenceIndex = 0;
    }
    const type = pickType();
    const label = nextLabel(type);
    // Short sentences: at 50k nodes and 250k edges every evidence byte is paid a quarter-million times.
    const prefix = pick(['It develops ', 'It will promote ', 'It names ', 'It lists ']);
    const sentence = `${prefix}${label}.`;
    specs.push({
      key: `${type}:${label.toLowerCase()}`,
      label,
      type,
      community: Math.floor(random() * communities),
      document,
      sentenceIndex,
      sentenceStart: text.length,
      sentence,
      mentionStart: text.length + prefix.length,
    });
    text += sentence + (sentenceIndex % 5 === 4 ? '\n' : ' ');
    sentenceIndex++;
  }
  documentTexts.push(text);
  const documentId = (index: number) => `plan-${String(index + 1).padStart(5, '0')}`;
  const documents: DocumentInfo[] = documentTexts.slice(0, documentCount).map((body, index) => ({
    id: documentId(index),
    title: `Benchmark plan ${index + 1}`,
    place: `${PLACE_HEADS[index % PLACE_HEADS.length]}${PLACE_TAILS[index % PLACE_TAILS.length]}`,
    text: body,
  }));

  const members: number[][] = Array.from({ length: communities }, () => []);
  specs.forEach((spec, i) => members[spec.community]!.push(i));

  const evidenceOf = (spec: Spec, whole: boolean): Evidence => ({
    document: documentId(spec.document),
    sentence: spec.sentenceIndex,
    start: whole ? spec.sentenceStart : spec.mentionStart,
    end: whole ? spec.sentenceStart + spec.sentence.length : spec.mentionStart + spec.label.length,
    sentenceStart: spec.sentenceStart,
    text: spec.sentence,
  });

  const edges: BenchGraph['edges'] = [];
  const seen = new Set<string>();
  const degree = new Array<number>(specs.length).fill(0);
  for (let i = 0; i < specs.length; i++) {
    for (let j = 0; j < o.edgesPerNode; j++) {
      const pool = random() < o.locality ? members[specs[i]!.community]! : null;
      const target = pool ? pool[Math.floor(random() * pool.length)]! : Math.floor(random() * specs.length);
      const relation: Relation = pick(RELATIONS);
      const key = `${specs[i]!.key}|${relation}|${specs[target]!.key}`;
      if (target === i || seen.has(key)) continue;
      seen.add(key);
      degree[i]!++;
      degree[target]!++;
      edges.push({
        key,
        source: specs[i]!.key,
        target: specs[target]!.key,
        attributes: { relation, evidence: [evidenceOf(specs[i]!, true)], documents: [documentId(specs[i]!.document)], size: 1, color: RELATION_COLORS[relation] },
      });
    }
  }

  const totalDegree = Math.max(1, edges.length * 2);
  const maxDegree = Math.max(1, ...degree);
  const nodes: BenchGraph['nodes'] = specs.map((spec, i) => {
    const centre = centres[spec.community]!;
    // Box–Muller: a Gaussian blob per community looks like a ForceAtlas2 result and overlaps like one.
    const r = Math.sqrt(-2 * Math.log(1 - random())) * spread * 0.35;
    const angle = random() * Math.PI * 2;
    const attributes: NodeAttributes = {
      label: spec.label,
      entityType: spec.type,
      aliases: [],
      mentions: [evidenceOf(spec, false)],
      documents: [documentId(spec.document)],
      degree: degree[i]!,
      centrality: Math.round((degree[i]! / totalDegree) * 1e8) / 1e8,
      community: spec.community,
      x: Math.round((centre.x + Math.cos(angle) * r) * 1000) / 1000,
      y: Math.round((centre.y + Math.sin(angle) * r) * 1000) / 1000,
      size: Math.round((4 + Math.sqrt(degree[i]! / maxDegree) * 14) * 100) / 100,
      color: ENTITY_COLORS[spec.type],
    };
    return { key: spec.key, attributes };
  });

  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { name: `Benchmark graph (${o.nodes} nodes)`, documents },
    nodes,
    edges,
  };
}

/** Labels worth searching for: real entries of the graph, spread over it. */
export function sampleLabels(graph: BenchGraph, count: number): string[] {
  const step = Math.max(1, Math.floor(graph.nodes.length / count));
  const labels: string[] = [];
  for (let i = 0; i < graph.nodes.length && labels.length < count; i += step) {
    const attributes = graph.nodes[i]!.attributes!;
    if (attributes.entityType !== 'Target') labels.push(attributes.label);
  }
  return labels;
}
