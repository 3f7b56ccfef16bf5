import type { AbstractGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../model/graph-attributes.js';

/**
 * The explorer opens graphs it did not build (other graph.json files, GEXF from
 * Gephi), so domain types are kept as plain strings: an unknown `entityType`
 * still gets a legend entry instead of being rejected.
 */
export type ExplorerNodeAttributes = Omit<NodeAttributes, 'entityType'> & { entityType: string };
export type ExplorerEdgeAttributes = Omit<EdgeAttributes, 'relation'> & { relation: string };
export type ExplorerGraph = AbstractGraph<ExplorerNodeAttributes, ExplorerEdgeAttributes, GraphAttributes>;
