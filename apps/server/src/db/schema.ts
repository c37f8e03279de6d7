export * from '../reference/reference.schema.ts';
export * from '../organisations/organisation.schema.ts';
export * from '../jobs/job.schema.ts';
