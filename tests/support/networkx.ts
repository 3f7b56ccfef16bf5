import { spawn } from 'node:child_process';

/**
 * Reads GEXF files back with networkx's `read_gexf`, the way a Python user of
 * the graph would. One Python process reads a whole batch: starting Python and
 * importing networkx costs far more than reading a small graph.
 */

export interface NetworkxRead {
  file: string;
  /** Which networkx read it, e.g. "networkx 3.6.1" or "networkx 2.8.8 (1.3 read as 1.2draft)". */
  reader?: string;
  nodes?: number;
  edges?: number;
  /** networkx's own error, when it could not read the file. */
  error?: string;
}

/** Exit status of the script when networkx cannot be imported: try the next interpreter. */
const NO_NETWORKX = 3;

// networkx reads GEXF 1.3 by name from version 3.6 on; its reader for 1.2draft is the same code
// (networkx pull request 8196 only added the 1.3 namespaces), so with an older networkx, such as
// Debian's python3-networkx, the 1.3 namespaces are renamed to 1.2draft before reading.
const SCRIPT = `
import io, json, sys
try:
    import networkx as nx
    from networkx.readwrite.gexf import GEXF
except ImportError:
    sys.exit(${NO_NETWORKX})
native = "1.3" in GEXF.versions
print(json.dumps({"networkx": nx.__version__, "native": native}))
for path in sys.argv[1:]:
    try:
        if native:
            graph = nx.read_gexf(path)
        else:
            with open(path, "rb") as f:
                data = f.read()
            data = data.replace(b'"http://gexf.net/1.3"', b'"http://www.gexf.net/1.2draft"')
            data = data.replace(b'"http://gexf.net/1.3/viz"', b'"http://www.gexf.net/1.2draft/viz"')
            graph = nx.read_gexf(io.BytesIO(data))
        print(json.dumps({"file": path, "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}))
    except Exception as error:
        print(json.dumps({"file": path, "error": f"{type(error).__name__}: {error}"}))
`;

/**
 * The interpreters tried, in order (scripts/test-prerequisites.sh tries the same):
 * PLANGRAPH_PYTHON, the first python3 on PATH, then the system one, which is
 * where Debian's python3-networkx installs.
 */
export function pythonCandidates(): string[] {
  const chosen = process.env['PLANGRAPH_PYTHON'];
  return [...new Set([...(chosen ? [chosen] : []), 'python3', '/usr/bin/python3'])];
}

const INSTALL_HINT = 'install networkx (apt-get install -y python3-networkx) or set PLANGRAPH_PYTHON to a python3 that has it';

function parseReads(files: readonly string[], stdout: string): NetworkxRead[] {
  const byFile = new Map<string, NetworkxRead>();
  let reader = 'networkx';
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const record = JSON.parse(line) as NetworkxRead & { networkx?: string; native?: boolean };
    if (record.networkx !== undefined) reader = `networkx ${record.networkx}${record.native ? '' : ' (1.3 read as 1.2draft)'}`;
    else byFile.set(record.file, { ...record, reader });
  }
  return files.map((file) => byFile.get(file) ?? { file, reader, error: `networkx gave no answer for this file: ${stdout.slice(-400)}` });
}

let workingPython: string | undefined;

interface PythonRun {
  status: number | null;
  stdout: string;
  stderr: string;
  error?: Error;
}

function runPython(python: string, files: readonly string[]): Promise<PythonRun> {
  return new Promise((done) => {
    const child = spawn(python, ['-c', SCRIPT, ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => done({ status: null, stdout, stderr, error }));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

export async function readWithNetworkx(files: readonly string[]): Promise<NetworkxRead[]> {
  if (files.length === 0) return [];
  const failures: string[] = [];
  for (const python of workingPython ? [workingPython] : pythonCandidates()) {
    const run = await runPython(python, files);
    if (run.error || run.status === NO_NETWORKX) {
      failures.push(`${python}: ${run.error ? run.error.message : 'no networkx module'}`);
      continue;
    }
    if (run.status !== 0) return files.map((file) => ({ file, error: `${python} exited with ${run.status}: ${run.stderr.slice(-400)}` }));
    workingPython = python;
    return parseReads(files, run.stdout);
  }
  return files.map((file) => ({ file, error: `no python3 with networkx (${failures.join('; ')}): ${INSTALL_HINT}` }));
}
