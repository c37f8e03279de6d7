import { eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcedureRequest, Referral, Task } from '@keten/shared';
import { notifications } from '../../apps/server/src/notifications/notification.schema.ts';
import { referrals } from '../../apps/server/src/referrals/referral.schema.ts';
import { scanDeadlines } from '../../apps/server/src/tasks/deadline-scan.ts';
import { tasks } from '../../apps/server/src/tasks/task.schema.ts';
import { demoUser, loginAs, type LoggedIn } from '../support/auth.ts';
import { expectOk, openVictimFile, orgId, signalFactory, submitSignal } from '../support/cases.ts';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let smtp: TestSmtpServer;
const who: Record<string, LoggedIn> = {};
let signal: Awaited<ReturnType<typeof signalFactory>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ demo: true, env: { SMTP_URL: smtp.url, KETEN_PUBLIC_URL: 'https://keten.example/' } });
  for (const key of ['reporter', 'caseworker', 'coordinator', 'immigration']) {
    who[key] = await loginAs(t.app, t.database, key);
  }
  signal = await signalFactory(t);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const as = (key: string) => who[key]!;
const post = (key: string, url: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url, headers: as(key).headers, payload });
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const myTasks = async (key: string, query = '') => (await t.app.inject({ method: 'GET', url: `/api/tasks${query}`, headers: { cookie: as(key).cookie } })).json<{ data: Task[] }>().data;

describe('referral deadlines', () => {
  it('an urgent referral mails the recipient’s people at once (real SMTP), without any victim data', async () => {
    const signalId = await submitSignal(t, as('reporter'), signal());
    const res = await post('reporter', '/api/referrals', { source: { type: 'signal', id: signalId }, toOrganisationId: await orgId(t, 'centre-pagasa'), purpose: 'centre_intake', urgent: true, consentRecordedOn: inDays(-1) });
    expectOk(res, 201);
    await t.jobs.drain();
    const mails = smtp.to(demoUser('caseworker').email);
    expect(mails.length).toBeGreaterThanOrEqual(1);
    expect(mails.at(-1)?.subject).toBe('Dringende doorverwijzing op Keten');
    expect(smtp.to(demoUser('coordinator').email).at(-1)?.subject).toBe('Orientation urgente sur Keten');
    expect(JSON.stringify(smtp.messages)).not.toContain('Fictivescu');
    // The recipient has a task until it answers.
    expect((await myTasks('caseworker')).some((x) => x.kind === 'referral_unanswered' && x.recordId === res.json<Referral>().id)).toBe(true);
  });

  it('unanswered in time: the sender is alerted and the recipient’s coordinator escalated to (chunked scan)', async () => {
    const signalId = await submitSignal(t, as('reporter'), signal());
    const r = (await post('reporter', '/api/referrals', { source: { type: 'signal', id: signalId }, toOrganisationId: await orgId(t, 'centre-pagasa'), purpose: 'centre_intake', consentRecordedOn: inDays(-1) })).json<Referral>();
    expect(new Date(r.answerDueAt).getTime() - new Date(r.sentAt).getTime()).toBeCloseTo(24 * 3_600_000, -4);
    await t.database.db.update(referrals).set({ answerDueAt: new Date(Date.now() - 60_000) }).where(eq(referrals.id, r.id));
    const before = smtp.to(demoUser('reporter').email).length;
    const result = await scanDeadlines(t.database.db, t.jobs, new Date(), 1);
    expect(result.escalations).toBeGreaterThanOrEqual(1);
    expect(result.chunks).toBeGreaterThanOrEqual(result.escalations);
    const notes = await t.database.db.select().from(notifications).where(eq(notifications.kind, 'referral.escalated'));
    expect(notes.some((n) => n.payload.referralId === r.id && n.userId === demoUser('coordinator').id)).toBe(true);
    await t.jobs.drain();
    expect(smtp.to(demoUser('reporter').email).length).toBe(before + 1);
    expect(smtp.to(demoUser('reporter').email).at(-1)?.subject).toBe('Doorverwijzing zonder antwoord op Keten');
    // Escalated once only.
    expect((await scanDeadlines(t.database.db, t.jobs)).escalations).toBe(0);
  });
});

describe('document deadlines', () => {
  let fileId: string;
  beforeAll(async () => {
    fileId = await openVictimFile(t, as('reporter'), as('caseworker'), signal());
    expectOk(await post('caseworker', `/api/victim-files/${fileId}/procedure`, { country: 'BE', startedOn: inDays(-2) }), 201);
    expectOk(await post('caseworker', `/api/victim-files/${fileId}/procedure/transitions`, { transition: 'start_reflection', occurredOn: inDays(-1), version: 1 }), 200);
    const req = (await post('caseworker', `/api/victim-files/${fileId}/procedure/document-requests`, { requestedOn: inDays(-1) })).json<ProcedureRequest>();
    // Expires in 20 days: the 30-day reminder is due now, the 14- and 7-day ones later.
    expectOk(await post('immigration', `/api/procedure/requests/${req.id}/issue`, { issuedOn: inDays(-25), expiresOn: inDays(20), documentNumber: 'A15-777', version: 1 }), 200);
  });

  it('issuing a document creates the 30/14/7-day reminders; the list shows one line per deadline', async () => {
    const rows = await t.database.db.select().from(tasks).where(eq(tasks.recordId, fileId));
    expect(rows.map((r) => r.leadDays).sort()).toEqual([14, 30, 7]);
    const list = (await myTasks('caseworker')).filter((x) => x.recordId === fileId);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ kind: 'reflection_ending', overdue: false });
  });

  it('the scan reminds in-app and by mail for the reminders that are due, once', async () => {
    const before = smtp.to(demoUser('caseworker').email).length;
    const result = await scanDeadlines(t.database.db, t.jobs);
    expect(result.reminders).toBe(1);
    const due = await t.database.db.select().from(notifications).where(eq(notifications.kind, 'task.due'));
    expect(due.some((n) => n.payload.recordId === fileId && n.payload.leadDays === 30)).toBe(true);
    await t.jobs.drain();
    expect(smtp.to(demoUser('caseworker').email).length).toBe(before + 1);
    expect(smtp.to(demoUser('caseworker').email).at(-1)?.subject).toBe('Termijn op Keten');
    expect((await scanDeadlines(t.database.db, t.jobs)).reminders).toBe(0);
  });

  it('the 14- and 7-day reminders follow at their own time, each by mail once', async () => {
    // Only this file's deadline: the referral tasks of the tests above would be due too by then.
    await t.database.db.update(tasks).set({ status: 'done' }).where(ne(tasks.recordId, fileId));
    const [row] = await t.database.db.select().from(tasks).where(eq(tasks.recordId, fileId));
    const dueAt = row?.dueAt.getTime() ?? 0;
    for (const lead of [14, 7]) {
      const at = new Date(dueAt - lead * 86_400_000 + 60_000);
      const before = smtp.to(demoUser('caseworker').email).length;
      expect((await scanDeadlines(t.database.db, t.jobs, at)).reminders).toBe(1);
      const reminded = await t.database.db.select().from(tasks).where(eq(tasks.recordId, fileId));
      expect(reminded.filter((r) => r.remindedAt !== null).map((r) => r.leadDays).sort()).toEqual(lead === 14 ? [14, 30] : [14, 30, 7]);
      await t.jobs.drain();
      expect(smtp.to(demoUser('caseworker').email).length).toBe(before + 1);
      expect((await scanDeadlines(t.database.db, t.jobs, at)).reminders).toBe(0);
    }
  });

  it('overdue deadlines are flagged; the calendar feed lists deadlines by date; other organisations see none of them', async () => {
    await t.database.db.update(tasks).set({ dueAt: new Date(Date.now() - 86_400_000) }).where(eq(tasks.recordId, fileId));
    const list = (await myTasks('caseworker')).filter((x) => x.recordId === fileId);
    expect(list[0]?.overdue).toBe(true);
    const cal = await t.app.inject({ method: 'GET', url: `/api/tasks/calendar?from=${inDays(-3)}&to=${inDays(3)}`, headers: { cookie: as('caseworker').cookie } });
    expectOk(cal, 200);
    expect(cal.json<{ data: (Task & { date: string })[] }>().data.some((x) => x.recordId === fileId && x.date === inDays(-1))).toBe(true);
    const far = await t.app.inject({ method: 'GET', url: `/api/tasks/calendar?from=${inDays(100)}&to=${inDays(200)}`, headers: { cookie: as('caseworker').cookie } });
    expect(far.json<{ data: Task[] }>().data.some((x) => x.recordId === fileId)).toBe(false);
    expect((await myTasks('immigration')).some((x) => x.recordId === fileId)).toBe(false);
  });

  it('mine: tasks assigned to me or to nobody', async () => {
    await t.database.db.update(tasks).set({ assigneeUserId: demoUser('coordinator').id }).where(eq(tasks.recordId, fileId));
    expect((await myTasks('caseworker', '?mine=true')).some((x) => x.recordId === fileId)).toBe(false);
    expect((await myTasks('caseworker', '?mine=false')).some((x) => x.recordId === fileId)).toBe(true);
    expect((await myTasks('coordinator', '?mine=true')).some((x) => x.recordId === fileId)).toBe(true);
  });

  it('done and reopen: the assignee or the coordinator, all reminders of the deadline together; audited on the file', async () => {
    const task = (await myTasks('coordinator', '?mine=true')).find((x) => x.recordId === fileId);
    expect(task).toBeDefined();
    const done = (key: string, value: boolean) => post(key, `/api/tasks/${task?.id ?? ''}/done`, { done: value });
    // Assigned to the coordinator: a caseworker of the centre may not close it; another organisation does not find it.
    expect((await done('caseworker', true)).statusCode).toBe(403);
    expect((await done('immigration', true)).statusCode).toBe(404);
    const closed = await done('coordinator', true);
    expectOk(closed, 200);
    expect(closed.json<Task>()).toMatchObject({ id: task?.id, status: 'done', overdue: false });
    expect((await t.database.db.select().from(tasks).where(eq(tasks.recordId, fileId))).map((r) => r.status)).toEqual(['done', 'done', 'done']);
    expect((await myTasks('coordinator')).some((x) => x.recordId === fileId)).toBe(false);
    expect((await myTasks('coordinator', '?status=done')).some((x) => x.recordId === fileId)).toBe(true);
    expect((await done('coordinator', true)).statusCode).toBe(409);
    // Nothing left to remind.
    expect((await scanDeadlines(t.database.db, t.jobs, new Date(Date.now() + 400 * 86_400_000))).reminders).toBe(0);
    expectOk(await done('coordinator', false), 200);
    expect((await myTasks('coordinator')).find((x) => x.recordId === fileId)).toMatchObject({ status: 'open', overdue: true });
    const timeline = await t.app.inject({ method: 'GET', url: `/api/victim-files/${fileId}/timeline`, headers: { cookie: as('caseworker').cookie } });
    expect(timeline.json<{ data: { code: string }[] }>().data.map((e) => e.code).filter((c) => c.startsWith('task.'))).toEqual(['task.completed', 'task.reopened']);
  });

  it('a task assigned to nobody: anyone of the organisation closes it', async () => {
    await t.database.db.update(tasks).set({ assigneeUserId: null }).where(eq(tasks.recordId, fileId));
    const task = (await myTasks('caseworker', '?mine=true')).find((x) => x.recordId === fileId);
    expectOk(await post('caseworker', `/api/tasks/${task?.id ?? ''}/done`, { done: true }), 200);
  });
});
