import { hashPassword } from '../auth/password.ts';
import type { AppCrypto } from '../crypto/app-crypto.ts';
import type { Db } from '../db/types.ts';
import { stableUuid } from '../lib/ids.ts';
import { organisations } from '../organisations/organisation.schema.ts';
import { userRoles, users } from '../users/user.schema.ts';
import { DEMO_ORGANISATIONS } from './demo-organisations.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from './demo-users.ts';
import { seedKnowledgeDemo } from '../knowledge/knowledge-demo.ts';

export const demoOrganisationId = (key: string): string => stableUuid('demo-organisation', key);
export const demoUserId = (key: string): string => stableUuid('demo-user', key);

/**
 * Seeds fictional demo data. Idempotent: running it on every start adds only what is missing.
 * Never called in production (config refuses KETEN_DEMO there).
 */
export async function seedDemoData(db: Db, crypto: AppCrypto): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const rows = DEMO_ORGANISATIONS.map(({ key, ...org }) => ({ id: demoOrganisationId(key), ...org }));
    if (rows.length > 0) {
      await tx.insert(organisations).values(rows).onConflictDoNothing({ target: organisations.id });
    }
    for (const u of DEMO_USERS) {
      const id = demoUserId(u.key);
      const inserted = await tx
        .insert(users)
        .values({
          id,
          organisationId: demoOrganisationId(u.organisation),
          email: u.email,
          displayName: u.displayName,
          jobTitle: u.jobTitle,
          language: u.language,
          status: 'active',
          passwordHash,
          totpSecret: crypto.cipher.encrypt(DEMO_TOTP_SECRET, { table: 'users', row: id, column: 'totp_secret' }),
          totpEnrolledAt: new Date(),
        })
        .onConflictDoNothing({ target: users.id })
        .returning({ id: users.id });
      if (inserted.length > 0) {
        await tx.insert(userRoles).values(u.roles.map((role) => ({ userId: id, role })));
      }
    }
    await seedKnowledgeDemo(tx, { organisationId: demoOrganisationId, userId: demoUserId });
  });
}
