import { DirectoryEntrySchema, type DirectoryEntry, type PublicReport } from '@keten/shared';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiRequest } from '../../lib/api.ts';

const ChallengeSchema = z.object({
  challenge: z.string(),
  difficulty: z.number().int().min(0).max(40),
  expiresAt: z.string(),
});
export type Challenge = z.infer<typeof ChallengeSchema>;

export function fetchChallenge(): Promise<Challenge> {
  return apiGet('/api/public/report-challenge', ChallengeSchema);
}

export function sendPublicReport(body: PublicReport): Promise<{ reference: string | null }> {
  return apiRequest('/api/public/reports', {
    method: 'POST',
    body,
    parser: z.object({ reference: z.string().nullable() }),
  });
}

/** Where the public help lines come from: the public coordination directory. */
export const PUBLIC_DIRECTORY_PATH = '/api/directory';
const HELP_LINE_TYPES = ['specialised_centre', 'guardianship_service'] as const;

/**
 * The help lines of the specialised centres (and the Guardianship Service) from the public
 * directory, in the UI language. Never hard-coded: when the directory cannot be reached, the page
 * shows 112 only.
 */
export function usePublicHelpLines(language: string) {
  return useQuery({
    queryKey: ['public-help-lines', language],
    queryFn: async ({ signal }): Promise<DirectoryEntry[]> => {
      const answer = await apiGet(
        `${PUBLIC_DIRECTORY_PATH}?lang=${encodeURIComponent(language)}`,
        z.object({ data: z.array(DirectoryEntrySchema) }),
        signal,
      );
      // The centres first, then the Guardianship Service, each group in the directory's order.
      return HELP_LINE_TYPES.flatMap((type) => answer.data.filter((e) => e.type === type && e.phone));
    },
    staleTime: 10 * 60_000,
    retry: false,
  });
}
