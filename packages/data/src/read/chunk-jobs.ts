import type { ChunkResult, TextChunk } from './chunked';
import { parseCsvChunk, type CsvParseJob } from './csv-parallel';
import { parseJsonlChunk, type JsonlRowsJob, type JsonlSchemaJob } from './jsonl';

/** What a text file's chunks are parsed for, on whichever thread parses them. */
export type ChunkJob = ({ kind: 'csv' } & CsvParseJob) | JsonlSchemaJob | JsonlRowsJob;

export function parseChunkJob(job: ChunkJob, chunk: TextChunk): ChunkResult {
  return job.kind === 'csv' ? parseCsvChunk(job, chunk) : parseJsonlChunk(job, chunk);
}
