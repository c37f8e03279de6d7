import {
  AccountRequestReceivedSchema,
  PublicOrganisationSchema,
  type CreateAccountRequest,
} from '@keten/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, apiRequest } from '../../lib/api.ts';

const PublicOrganisationsSchema = z.object({ data: z.array(PublicOrganisationSchema) });

/** Every organisation of the chain, for the picker: names and kinds only (public). */
export function usePublicOrganisations() {
  return useQuery({
    queryKey: ['public', 'organisations'],
    queryFn: async ({ signal }) =>
      (await apiGet('/api/public/organisations', PublicOrganisationsSchema, signal)).data,
    staleTime: 10 * 60_000,
  });
}

/** 202 for every accepted request (also a duplicate): the form tells nothing about who has an account. */
export function useCreateAccountRequest() {
  return useMutation({
    mutationFn: (body: CreateAccountRequest) =>
      apiRequest('/api/account-requests', { method: 'POST', body, parser: AccountRequestReceivedSchema }),
  });
}
