import { z } from 'zod';
import { CAPABILITIES, ROLES } from './access.ts';
import { UI_LANGUAGES } from './languages.ts';

export const EmailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());

export const LoginRequestSchema = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const LoginStepSchema = z.object({ step: z.literal('second_factor'), pendingToken: z.string() });

export const TotpCodeSchema = z.string().trim().regex(/^\d{3}\s?\d{3}$/, 'six digits');
export const SecondFactorRequestSchema = z
  .object({
    pendingToken: z.string().min(10).max(200),
    code: TotpCodeSchema.optional(),
    recoveryCode: z.string().trim().min(10).max(20).optional(),
  })
  .refine((v) => Boolean(v.code) !== Boolean(v.recoveryCode), { message: 'give either a code or a recovery code', path: ['code'] });
export type SecondFactorRequest = z.infer<typeof SecondFactorRequestSchema>;

export const SessionInfoSchema = z.object({
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    language: z.enum(UI_LANGUAGES),
    organisationId: z.uuid(),
    organisationName: z.string(),
    organisationType: z.string(),
    roles: z.array(z.enum(ROLES)),
    capabilities: z.array(z.enum(CAPABILITIES)),
  }),
  csrfToken: z.string(),
  session: z.object({ id: z.uuid(), expiresAt: z.iso.datetime(), idleTimeoutMinutes: z.number().int() }),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

export const SessionListItemSchema = z.object({
  id: z.uuid(),
  current: z.boolean(),
  authMethod: z.string(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type SessionListItem = z.infer<typeof SessionListItemSchema>;

export const UpdateProfileSchema = z.object({ language: z.enum(UI_LANGUAGES) });

export const PASSWORD_PROBLEMS = ['too_short', 'too_long', 'common', 'context', 'repetitive', 'contains_email'] as const;
export type PasswordProblemCode = (typeof PASSWORD_PROBLEMS)[number];
