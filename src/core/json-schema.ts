/** The named output schemas, for `parallax schema` and the tests that validate every output. */
import type { ZodType } from 'zod';
import { ClusterResult, IngestReport, SearchResult, StatsResult, StoriesResult } from './corpus-schema.js';
import { Dossier } from './dossier-schema.js';
import { Extracted, MatchVerdict, ReadResult } from './schema.js';
import { z } from 'zod';

export const SCHEMAS: Record<string, ZodType> = {
  read: ReadResult,
  dossier: Dossier,
  extract: z.array(Extracted),
  match: z.array(MatchVerdict),
  ingest: IngestReport,
  stories: StoriesResult,
  search: SearchResult,
  stats: StatsResult,
  cluster: ClusterResult,
};
