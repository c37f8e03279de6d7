import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditSearchQuerySchema, AuditSearchResultSchema, type AuditEventView } from '@keten/shared';
import { findAuditEvents, type AuditEventFilter, type AuditEventRow } from '../audit/audit.repo.ts';
import { recordAudit } from '../audit/audit.service.ts';

function presentAuditEvent(row: AuditEventRow): AuditEventView {
  return {
    id: row.id,
    stream: row.stream,
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    actorKind: row.actorKind,
    actorId: row.actorId,
    actorOrganisationId: row.actorOrganisationId,
    actorRoles: row.actorRoles,
    sessionId: row.sessionId,
    action: row.action,
    recordType: row.recordType,
    recordId: row.recordId,
    sections: row.sections,
    reason: row.reason,
    breakGlass: row.breakGlass,
    requestId: row.requestId,
    ip: row.ip,
    details: row.details,
  };
}

/**
 * Audit search for the platform administrator (`audit.search`): metadata of every stream — ids,
 * codes and field names, never record data (the trail holds none). Searching the trail is itself
 * audited ('audit.searched'), with the names of the filters used but not their values.
 */
export const auditSearchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/admin/audit',
    {
      config: { permission: 'audit.search' },
      schema: {
        tags: ['admin'],
        summary: 'Search the audit trail (newest first, cursor-paginated)',
        querystring: AuditSearchQuerySchema,
        response: { 200: AuditSearchResultSchema },
      },
    },
    async (req) => {
      const { cursor, limit, from, to, actorId, recordType, recordId, action, organisationId } = req.query;
      const filter: AuditEventFilter = {
        ...(actorId === undefined ? {} : { actorId }),
        ...(recordType === undefined ? {} : { recordType }),
        ...(recordId === undefined ? {} : { recordId }),
        ...(action === undefined ? {} : { action }),
        ...(organisationId === undefined ? {} : { organisationId }),
        ...(from === undefined ? {} : { from: new Date(from) }),
        ...(to === undefined ? {} : { to: new Date(to) }),
      };
      const filterFields = Object.entries(req.query)
        .filter(([k, v]) => v !== undefined && k !== 'cursor' && k !== 'limit')
        .map(([k]) => k);
      return app.deps.database.db.transaction(async (tx) => {
        const result = await findAuditEvents(tx, filter, { cursor: cursor ?? null, limit });
        await recordAudit(tx, req.ctx, {
          action: 'audit.searched',
          recordType: 'audit',
          details: { filterFields, count: result.data.length },
        });
        return { data: result.data.map(presentAuditEvent), page: result.page };
      });
    },
  );
};
