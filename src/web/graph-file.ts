import { parse as parseGexf } from 'graphology-gexf/browser/index.js';
import { MultiGraph } from 'graphology';
import { GraphFileError, PlangraphError } from '../model/errors.js';
import { importGraphData, parseGraphJson, type LoadedGraph } from './core/graph-loading.js';

/** Reads graph.json or GEXF text; the format is taken from the name, then from the first character. */
export function parseGraphText(text: string, name: string): LoadedGraph {
  const looksXml = /\.gexf$/i.test(name) || /^\s*</.test(text);
  if (!looksXml) return parseGraphJson(text, name);
  if (text.trim() === '') throw new GraphFileError('GRAPH_EMPTY', 'the file is empty', { location: { file: name } });
  const xml = new DOMParser().parseFromString(text, 'application/xml');
  const parserError = xml.querySelector('parsererror');
  if (parserError) throw new GraphFileError('GRAPH_BAD_XML', `is not well-formed XML (${parserError.textContent?.trim().split('\n')[0] ?? 'parse error'})`, { location: { file: name } });
  let data: unknown;
  try {
    data = parseGexf(MultiGraph, xml, { addMissingNodes: false, allowUndeclaredAttributes: true }).export();
  } catch (error) {
    throw new GraphFileError('GRAPH_BAD_GEXF', `is not a readable GEXF graph (${(error as Error).message})`, { location: { file: name }, cause: error });
  }
  return importGraphData(data, name);
}

/** Fetches a graph by URL; network and HTTP failures become GraphFileErrors with the address. */
export async function fetchGraph(url: string): Promise<LoadedGraph> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    // A browser says only "Failed to fetch" when another site's server does not allow pages to read its files (CORS).
    const crossOrigin = typeof location !== 'undefined' && new URL(url, location.href).origin !== location.origin;
    throw new GraphFileError('GRAPH_UNREACHABLE', `could not be fetched (${(error as Error).message})`, {
      location: { file: url },
      hint: crossOrigin
        ? 'its server may not let other sites read it (it sends no Access-Control-Allow-Origin header); download the file and use Open graph…, or serve it from this site'
        : 'check that the server is running and the address is right, or open a graph file',
    });
  }
  if (!response.ok) {
    throw new GraphFileError('GRAPH_MISSING', `could not be loaded: HTTP ${response.status} ${response.statusText}`.trim(), {
      location: { file: url },
      hint: url.endsWith('graph.json') ? 'open a graph file, or make one with `plangraph build <folder>`' : 'check the address, or open a graph file',
    });
  }
  return parseGraphText(await response.text(), url);
}

export function describeError(error: unknown): { title: string; detail: string } {
  if (error instanceof PlangraphError) {
    const where = error.location?.file ?? 'The graph file';
    return { title: `Could not open ${where}:`, detail: `${error.message}${error.hint ? ` — ${error.hint}` : ''}.` };
  }
  return { title: 'Could not open the graph:', detail: error instanceof Error ? error.message : String(error) };
}
