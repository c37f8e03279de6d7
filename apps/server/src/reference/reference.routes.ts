import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CountrySchema, JudicialDistrictRecordSchema, LanguageSchema } from '@keten/shared';
import { findCountries, findJudicialDistricts, findLanguages, findMunicipalities } from './reference.repo.ts';

const MunicipalitySchema = z.object({
  nisCode: z.string(),
  name: z.object({ nl: z.string().optional(), fr: z.string().optional(), de: z.string().optional() }),
  provinceCode: z.string().nullable(),
  regionCode: z.string(),
  judicialDistrict: z.string().nullable(),
});

export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  app.get(
    '/api/reference/municipalities',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['reference'],
        summary: 'Municipalities (NIS codes) once imported; empty until `keten municipalities import` has run',
        querystring: z.object({ q: z.string().trim().min(1).max(60).optional() }),
        response: { 200: z.object({ data: z.array(MunicipalitySchema) }) },
      },
    },
    async (req) => ({ data: await findMunicipalities(db, req.query.q) }),
  );
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
