/** Receives an output piece by piece, so no stage holds a whole file as one string. */
export type ChunkSink = (chunk: string) => void;

/** About 64k characters per chunk: few enough writes, small enough to stay out of the old generation. */
const CHUNK_CHARACTERS = 1 << 16;

/**
 * Joins many small pieces into chunks of about CHUNK_CHARACTERS before
 * handing them on; `flush` hands on the rest.
 */
export function createChunkWriter(sink: ChunkSink): { write: (piece: string) => void; flush: () => void } {
  let buffer = '';
  return {
    write(piece) {
      buffer += piece;
      if (buffer.length >= CHUNK_CHARACTERS) {
        sink(buffer);
        buffer = '';
      }
    },
    flush() {
      if (buffer !== '') sink(buffer);
      buffer = '';
    },
  };
}

/** The whole output as one string, for callers that need it (the explorer's download, tests). */
export function collectChunks(write: (sink: ChunkSink) => void): string {
  const chunks: string[] = [];
  write((chunk) => chunks.push(chunk));
  return chunks.join('');
}
