import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CountrySchema, JudicialDistrictRecordSchema, LanguageSchema } from '@keten/shared';
import { findCountries, findJudicialDistricts, findLanguages } from './reference.repo.ts';

export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  app.get(
    '/api/reference/countries',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['reference'],
        summary: 'ISO 3166-1 countries with names in nl/fr/de/en',
        response: { 200: z.object({ data: z.array(CountrySchema) }) },
      },
    },
    async () => ({ data: await findCountries(db) }),
  );
  app.get(
    '/api/reference/judicial-districts',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['reference'],
        summary: "Belgium's twelve judicial districts",
        response: { 200: z.object({ data: z.array(JudicialDistrictRecordSchema) }) },
      },
    },
    async () => ({ data: await findJudicialDistricts(db) }),
  );
  app.get(
    '/api/reference/languages',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['reference'],
        summary: 'ISO 639 languages with names in nl/fr/de/en',
        response: { 200: z.object({ data: z.array(LanguageSchema) }) },
      },
    },
    async () => ({ data: await findLanguages(db) }),
  );
};
