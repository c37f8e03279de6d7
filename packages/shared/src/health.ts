import { z } from 'zod';

export const DATABASE_KINDS = ['pglite', 'postgresql'] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(DATABASE_KINDS),
  version: z.string(),
  migrations: z.object({ applied: z.number().int(), latest: z.string().nullable() }),
  jobs: z.object({ queued: z.number().int(), running: z.number().int(), failed: z.number().int() }),
});
export type Health = z.infer<typeof HealthSchema>;

/** What the web app needs to know about this deployment before anyone logs in. */
export const MetaSchema = z.object({
  name: z.literal('Keten'),
  version: z.string(),
  demo: z.boolean(),
  languages: z.array(z.string()),
});
export type Meta = z.infer<typeof MetaSchema>;
