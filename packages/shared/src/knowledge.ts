import { z } from 'zod';
import { LanguageCodeSchema, OrganisationTypeSchema, PageInfoSchema } from './admin.ts';
import { UI_LANGUAGES } from './languages.ts';
import { JUDICIAL_DISTRICTS, LocalizedTextSchema, REGIONS } from './reference.ts';

/*
 * What the knowledge capabilities (referral guide, information for victims, document library and
 * news, action plan follow-up, coordination directory) and their screens agree on: enumerations,
 * limits, request and response schemas, and the restricted text format of managed content.
 */

// --- enumerations -----------------------------------------------------------------------------

/** Who walks through the public referral guide ("I am …"). `self` = "I think I am a victim". */
export const GUIDE_ROLES = ['police', 'inspector', 'doctor', 'teacher', 'social_worker', 'bank_employee', 'citizen', 'self'] as const;
export type GuideRole = (typeof GUIDE_ROLES)[number];
export const GuideRoleSchema = z.enum(GUIDE_ROLES);

export const CONTENT_AUDIENCES = ['adult', 'child'] as const;
export type ContentAudience = (typeof CONTENT_AUDIENCES)[number];

export const CONTENT_STATUSES = ['draft', 'published', 'archived'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

/**
 * Who may see a document or news item: everyone; any logged-in professional; or only users of the
 * named organisation types (reads of those are audited).
 */
export const CLASSIFICATIONS = ['public', 'professionals', 'restricted'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const KNOWLEDGE_TOPICS = [
  'legislation',
  'procedure',
  'indicators',
  'training',
  'awareness',
  'minors',
  'labour_exploitation',
  'sexual_exploitation',
  'financial',
  'international',
  'statistics',
  'coordination',
  'other',
] as const;
export type KnowledgeTopic = (typeof KNOWLEDGE_TOPICS)[number];

/** File types the library accepts: extension → the media type served (after sniffing). */
export const DOCUMENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  png: 'image/png',
  jpg: 'image/jpeg',
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_KEYS = Object.keys(DOCUMENT_TYPES) as DocumentType[];

export const ACTION_PLAN_STATUSES = ['not_started', 'ongoing', 'done', 'postponed', 'dropped'] as const;
export type ActionPlanStatus = (typeof ACTION_PLAN_STATUSES)[number];
export const ActionPlanStatusSchema = z.enum(ACTION_PLAN_STATUSES);
/** Statuses of work still to do: past its timing, such a project is overdue. */
export const OPEN_ACTION_PLAN_STATUSES: readonly ActionPlanStatus[] = ['not_started', 'ongoing', 'postponed'];

/** Scripts written right to left, among the languages content may be published in. */
export const RTL_LANGUAGES = ['ar', 'ary', 'arz', 'ckb', 'fa', 'he', 'ps', 'ur', 'yi'] as const;
export function isRtlLanguage(code: string): boolean {
  return (RTL_LANGUAGES as readonly string[]).includes(code);
}

export const KNOWLEDGE_LIMITS = {
  title: 200,
  description: 2000,
  body: 40_000,
  note: 4000,
  slug: 60,
  link: 500,
  evidenceLinks: 20,
  fileName: 200,
} as const;

// --- the restricted text format -----------------------------------------------------------------

/*
 * Managed content (victim pages, news) is written in a small markdown-like format and rendered
 * as React elements, never as HTML: `## heading`, `### heading`, paragraphs separated by a blank
 * line, `- item` and `1. item` lists, `**bold**` and `[text](target)` links. Raw HTML is refused on
 * save (and would be shown as text anyway). Link targets are limited to https:, mailto:, tel: and
 * paths inside Keten, so content cannot carry a script URL.
 */

export type SafeInline = { type: 'text'; text: string } | { type: 'strong'; text: string } | { type: 'link'; text: string; href: string };
export type SafeBlock =
  | { type: 'heading'; level: 2 | 3; inlines: SafeInline[] }
  | { type: 'paragraph'; inlines: SafeInline[] }
  | { type: 'list'; ordered: boolean; items: SafeInline[][] };

const SAFE_LINK = /^(https:\/\/[^\s]+|mailto:[^\s]+|tel:\+?[0-9 ()-]+|\/(?!\/)[^\s]*)$/;
const HTML_TAG = /<\/?[a-zA-Z!][^>]*>/;

export function isSafeHref(href: string): boolean {
  return href.length <= KNOWLEDGE_LIMITS.link && SAFE_LINK.test(href);
}

function parseInlines(text: string): SafeInline[] {
  const out: SafeInline[] = [];
  const pattern = /\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const at = m.index;
    if (at > last) {
      out.push({ type: 'text', text: text.slice(last, at) });
    }
    if (m[1] !== undefined) {
      out.push({ type: 'strong', text: m[1] });
    } else if (m[2] !== undefined && m[3] !== undefined) {
      // An unsafe target is shown as its text only.
      out.push(isSafeHref(m[3]) ? { type: 'link', text: m[2], href: m[3] } : { type: 'text', text: m[2] });
    }
    last = at + m[0].length;
  }
  if (last < text.length) {
    out.push({ type: 'text', text: text.slice(last) });
  }
  return out;
}

/** Parses the restricted format into blocks; never fails (unknown syntax is plain text). */
export function parseSafeMarkdown(source: string): SafeBlock[] {
  const blocks: SafeBlock[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length > 0) {
      blocks.push({ type: 'paragraph', inlines: parseInlines(paragraph.join(' ')) });
      paragraph = [];
    }
    if (list) {
      blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map(parseInlines) });
      list = null;
    }
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const heading = /^(#{2,3})\s+(.*)$/.exec(line);
    if (heading?.[1] && heading[2] !== undefined) {
      flush();
      blocks.push({ type: 'heading', level: heading[1].length === 2 ? 2 : 3, inlines: parseInlines(heading[2]) });
      continue;
    }
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    const numbered = /^\d+[.)]\s+(.*)$/.exec(line);
    const item = bullet ?? numbered;
    if (item?.[1] !== undefined) {
      const ordered = numbered !== null;
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) {
        flush();
      }
      list ??= { ordered, items: [] };
      list.items.push(item[1]);
      continue;
    }
    if (list) {
      flush();
    }
    paragraph.push(line);
  }
  flush();
  return blocks;
}

/** Problems that make a text unfit for the restricted format (field issue codes). */
export function safeMarkdownIssues(source: string): string[] {
  const issues: string[] = [];
  if (HTML_TAG.test(source)) {
    issues.push('html_not_allowed');
  }
  for (const m of source.matchAll(/\[[^\]]+\]\(([^)\s]+)\)/g)) {
    if (m[1] !== undefined && !isSafeHref(m[1])) {
      issues.push('unsafe_link');
      break;
    }
  }
  return issues;
}

/** A zod string in the restricted format. */
export const safeMarkdown = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine((value, ctx) => {
      for (const issue of safeMarkdownIssues(value)) {
        ctx.addIssue({ code: 'custom', message: issue });
      }
    });

// --- common -------------------------------------------------------------------------------------

export const UiLanguageSchema = z.enum(UI_LANGUAGES);
export const LanguageQuerySchema = z.object({ lang: UiLanguageSchema.default('nl') });
const Title = z.string().trim().min(1).max(KNOWLEDGE_LIMITS.title);
export const SlugSchema = z
  .string()
  .min(2)
  .max(KNOWLEDGE_LIMITS.slug)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase words joined by hyphens');
export const SafeHrefSchema = z.string().trim().max(KNOWLEDGE_LIMITS.link).refine(isSafeHref, 'https:, mailto:, tel: or a path');
/** Optimistic locking: the version the editor loaded; a stale one answers 409. */
const Version = z.int().min(1);

// --- coordination directory ---------------------------------------------------------------------

export const PUBLIC_DIRECTORY_TYPES = ['specialised_centre', 'guardianship_service', 'benelux_contact_point', 'national_rapporteur', 'ngo'] as const;

export const OnCallContactSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  /** A function ("magistrate on duty"), never a person's name. */
  label: z.string(),
  phone: z.string(),
  email: z.string().nullable(),
  hours: z.string().nullable(),
  judicialDistricts: z.array(z.enum(JUDICIAL_DISTRICTS)),
  version: z.int(),
});
export type OnCallContact = z.infer<typeof OnCallContactSchema>;

export const OnCallContactInputSchema = z.strictObject({
  label: z.string().trim().min(2).max(120),
  phone: z.string().trim().regex(/^\+?[0-9 ()./-]{6,30}$/, 'a phone number'),
  email: z.email().max(254).nullable().default(null),
  hours: z.string().trim().max(200).nullable().default(null),
  judicialDistricts: z.array(z.enum(JUDICIAL_DISTRICTS)).max(JUDICIAL_DISTRICTS.length).default([]),
});
export const OnCallContactUpdateSchema = OnCallContactInputSchema.partial().extend({ version: Version });

export const DirectoryEntrySchema = z.object({
  id: z.uuid(),
  type: OrganisationTypeSchema,
  name: z.string(),
  shortName: z.string().nullable(),
  country: z.string(),
  regionCode: z.enum(REGIONS).nullable(),
  judicialDistrict: z.enum(JUDICIAL_DISTRICTS).nullable(),
  servesDistricts: z.array(z.enum(JUDICIAL_DISTRICTS)),
  workingLanguages: z.array(z.string()),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  /** Opening hours in the requested language (falls back to another language). */
  hours: z.string().nullable(),
  officeAddress: z.string().nullable(),
  /** Professionals only; absent on public answers. */
  onCall: z.array(OnCallContactSchema).optional(),
});
export type DirectoryEntry = z.infer<typeof DirectoryEntrySchema>;

export const DirectoryQuerySchema = z.object({
  lang: UiLanguageSchema.default('nl'),
  type: OrganisationTypeSchema.optional(),
  district: z.enum(JUDICIAL_DISTRICTS).optional(),
  language: LanguageCodeSchema.optional(),
  q: z.string().trim().max(100).optional(),
});

// --- referral guide ------------------------------------------------------------------------------

export const GuideStepSchema = z.object({
  code: z.string(),
  text: z.string(),
  urgent: z.boolean(),
  link: z.object({ href: z.string(), label: z.string() }).optional(),
});
export type GuideStep = z.infer<typeof GuideStepSchema>;

export const GuideSchema = z.object({
  role: GuideRoleSchema,
  language: UiLanguageSchema,
  title: z.string(),
  intro: z.string(),
  signs: z.object({
    title: z.string(),
    catalogues: z.array(z.object({ key: z.string(), version: z.int(), title: z.string() })),
    items: z.array(z.object({ id: z.string(), text: z.string() })),
    /** How many further signs the lists hold. */
    more: z.int(),
    note: z.string(),
  }),
  steps: z.array(GuideStepSchema),
  contacts: z.object({
    emergency: z.object({ number: z.string(), text: z.string() }),
    centres: z.array(DirectoryEntrySchema),
    centresText: z.string(),
    guardianship: z.array(DirectoryEntrySchema),
    guardianshipText: z.string(),
    crossBorder: z.array(DirectoryEntrySchema),
    crossBorderText: z.string(),
  }),
  minors: z.object({ title: z.string(), rules: z.array(z.string()) }),
  timeline: z.array(
    z.object({
      code: z.string(),
      order: z.int(),
      name: z.string(),
      text: z.string(),
      document: z.string().nullable(),
      validity: z.string().nullable(),
    }),
  ),
  conditions: z.array(z.object({ code: z.string(), text: z.string() })),
  rights: z.array(z.object({ code: z.string(), text: z.string() })),
  procedureVersion: z.int(),
});
export type Guide = z.infer<typeof GuideSchema>;

export const GuideRoleListSchema = z.object({
  data: z.array(z.object({ role: GuideRoleSchema, title: z.string(), summary: z.string() })),
});

export const GuideQuerySchema = z.object({
  lang: UiLanguageSchema.default('nl'),
  /** The person may be a minor: the guide puts the minors' steps first. */
  minor: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

// --- information for victims (content pages) -----------------------------------------------------

export const ContentPageSchema = z.object({
  id: z.uuid(),
  slug: SlugSchema,
  audience: z.enum(CONTENT_AUDIENCES),
  language: z.string(),
  /** Right to left (Arabic …): the page sets `dir`. */
  rtl: z.boolean(),
  title: z.string(),
  body: z.string(),
  status: z.enum(CONTENT_STATUSES),
  version: z.int(),
  position: z.int(),
  updatedAt: z.iso.datetime(),
  /** Languages in which this page (same slug and audience) is published. */
  languages: z.array(z.string()),
});
export type ContentPage = z.infer<typeof ContentPageSchema>;

export const ContentPageSummarySchema = ContentPageSchema.omit({ body: true });
export type ContentPageSummary = z.infer<typeof ContentPageSummarySchema>;

export const VictimInfoIndexSchema = z.object({
  data: z.array(ContentPageSummarySchema),
  /** Languages in which at least one page is published for this audience. */
  languages: z.array(z.object({ code: z.string(), name: LocalizedTextSchema.nullable(), rtl: z.boolean() })),
  /** Where the quick-exit button goes (configurable: KETEN_QUICK_EXIT_URL). */
  quickExitUrl: z.string(),
});
export type VictimInfoIndex = z.infer<typeof VictimInfoIndexSchema>;

export const VictimInfoQuerySchema = z.object({
  lang: LanguageCodeSchema.default('nl'),
  audience: z.enum(CONTENT_AUDIENCES).default('adult'),
});

export const CreateContentPageSchema = z.strictObject({
  slug: SlugSchema,
  audience: z.enum(CONTENT_AUDIENCES),
  language: LanguageCodeSchema,
  title: Title,
  body: safeMarkdown(KNOWLEDGE_LIMITS.body),
  status: z.enum(CONTENT_STATUSES).default('draft'),
  position: z.int().min(0).max(1000).default(100),
});
export type CreateContentPage = z.input<typeof CreateContentPageSchema>;

export const UpdateContentPageSchema = z.strictObject({
  version: Version,
  title: Title.optional(),
  body: safeMarkdown(KNOWLEDGE_LIMITS.body).optional(),
  status: z.enum(CONTENT_STATUSES).optional(),
  position: z.int().min(0).max(1000).optional(),
});
export type UpdateContentPage = z.infer<typeof UpdateContentPageSchema>;

export const ContentPageListQuerySchema = z.object({
  slug: SlugSchema.optional(),
  language: LanguageCodeSchema.optional(),
  audience: z.enum(CONTENT_AUDIENCES).optional(),
  status: z.enum(CONTENT_STATUSES).optional(),
});

// --- document library and news --------------------------------------------------------------------

const classificationFields = {
  classification: z.enum(CLASSIFICATIONS),
  /** Only with `restricted`: the organisation types that may see the item. */
  organisationTypes: z.array(OrganisationTypeSchema).max(30),
};

function checkClassification(v: { classification?: Classification | undefined; organisationTypes?: readonly string[] | undefined }, ctx: z.RefinementCtx): void {
  if (v.classification === 'restricted' && (v.organisationTypes?.length ?? 0) === 0) {
    ctx.addIssue({ code: 'custom', path: ['organisationTypes'], message: 'restricted items name at least one organisation type' });
  }
  if (v.classification !== undefined && v.classification !== 'restricted' && (v.organisationTypes?.length ?? 0) > 0) {
    ctx.addIssue({ code: 'custom', path: ['organisationTypes'], message: 'only restricted items name organisation types' });
  }
}

export const DocumentSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  topic: z.enum(KNOWLEDGE_TOPICS),
  language: z.string(),
  ...classificationFields,
  fileName: z.string().nullable(),
  fileType: z.enum(DOCUMENT_TYPE_KEYS as [DocumentType, ...DocumentType[]]).nullable(),
  sizeBytes: z.int().nullable(),
  version: z.int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type LibraryDocument = z.infer<typeof DocumentSchema>;

export const CreateDocumentSchema = z
  .strictObject({
    title: Title,
    description: z.string().trim().max(KNOWLEDGE_LIMITS.description).default(''),
    topic: z.enum(KNOWLEDGE_TOPICS),
    language: LanguageCodeSchema,
    classification: classificationFields.classification,
    organisationTypes: classificationFields.organisationTypes.default([]),
  })
  .superRefine(checkClassification);
export type CreateDocument = z.input<typeof CreateDocumentSchema>;

export const UpdateDocumentSchema = z
  .strictObject({
    version: Version,
    title: Title.optional(),
    description: z.string().trim().max(KNOWLEDGE_LIMITS.description).optional(),
    topic: z.enum(KNOWLEDGE_TOPICS).optional(),
    language: LanguageCodeSchema.optional(),
    classification: classificationFields.classification.optional(),
    organisationTypes: classificationFields.organisationTypes.optional(),
  })
  .superRefine(checkClassification);
export type UpdateDocument = z.infer<typeof UpdateDocumentSchema>;

export const NewsItemSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  body: z.string(),
  topic: z.enum(KNOWLEDGE_TOPICS),
  language: z.string(),
  ...classificationFields,
  publishedAt: z.iso.datetime(),
  version: z.int(),
  updatedAt: z.iso.datetime(),
});
export type NewsItem = z.infer<typeof NewsItemSchema>;

export const CreateNewsItemSchema = z
  .strictObject({
    title: Title,
    body: safeMarkdown(KNOWLEDGE_LIMITS.note),
    topic: z.enum(KNOWLEDGE_TOPICS),
    language: LanguageCodeSchema,
    classification: classificationFields.classification,
    organisationTypes: classificationFields.organisationTypes.default([]),
  })
  .superRefine(checkClassification);
export type CreateNewsItem = z.input<typeof CreateNewsItemSchema>;

export const UpdateNewsItemSchema = z
  .strictObject({
    version: Version,
    title: Title.optional(),
    body: safeMarkdown(KNOWLEDGE_LIMITS.note).optional(),
    topic: z.enum(KNOWLEDGE_TOPICS).optional(),
    language: LanguageCodeSchema.optional(),
    classification: classificationFields.classification.optional(),
    organisationTypes: classificationFields.organisationTypes.optional(),
  })
  .superRefine(checkClassification);

export const LibraryQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  topic: z.enum(KNOWLEDGE_TOPICS).optional(),
  language: LanguageCodeSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const DocumentListSchema = z.object({ data: z.array(DocumentSchema), page: PageInfoSchema });
export const NewsListSchema = z.object({ data: z.array(NewsItemSchema), page: PageInfoSchema });

// --- national action plan ---------------------------------------------------------------------------

export const ActionPlanBodySchema = z.object({
  code: z.string(),
  name: LocalizedTextSchema,
  organisationIds: z.array(z.uuid()),
});
export type ActionPlanBody = z.infer<typeof ActionPlanBodySchema>;

export const EvidenceLinkSchema = z.strictObject({ label: z.string().trim().min(1).max(200), url: SafeHrefSchema });

export const ActionPlanProjectSchema = z.object({
  id: z.uuid(),
  plan: z.string(),
  code: z.string(),
  chapter: z.int(),
  section: z.string(),
  sectionTitle: z.string(),
  /** In the plan's language (Dutch), with an English working translation where available. */
  title: z.object({ nl: z.string(), en: z.string().optional() }),
  description: z.string(),
  /** The responsibility column as the plan words it. */
  responsibleText: z.string(),
  bodies: z.array(ActionPlanBodySchema),
  startYear: z.int(),
  endYear: z.int(),
  recurring: z.boolean(),
  timingText: z.string(),
  status: ActionPlanStatusSchema,
  evidenceLinks: z.array(EvidenceLinkSchema),
  overdue: z.boolean(),
  lastNoteAt: z.iso.date().nullable(),
  version: z.int(),
  updatedAt: z.iso.datetime(),
  /** What this viewer may do: `note` (progress notes and status), `edit` (everything). */
  actions: z.array(z.enum(['note', 'edit'])),
});
export type ActionPlanProject = z.infer<typeof ActionPlanProjectSchema>;

export const ProgressNoteSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  noteDate: z.iso.date(),
  text: z.string(),
  statusAfter: ActionPlanStatusSchema.nullable(),
  organisationName: z.string().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type ProgressNote = z.infer<typeof ProgressNoteSchema>;

export const ActionPlanQuerySchema = z.object({
  chapter: z.coerce.number().int().min(1).max(20).optional(),
  body: z.string().max(60).optional(),
  status: ActionPlanStatusSchema.optional(),
  /** Only projects past their timing and not done or dropped. */
  overdue: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
  /** The year "overdue" is measured against (default: this year). */
  asOf: z.coerce.number().int().min(2000).max(2100).optional(),
  q: z.string().trim().max(100).optional(),
});

export const ActionPlanChapterSchema = z.object({ chapter: z.int(), title: LocalizedTextSchema, projects: z.int() });

export const ActionPlanOverviewSchema = z.object({
  plan: z.object({ code: z.string(), title: LocalizedTextSchema, startYear: z.int(), endYear: z.int() }),
  chapters: z.array(ActionPlanChapterSchema),
  bodies: z.array(ActionPlanBodySchema.extend({ projects: z.int() })),
  statuses: z.record(ActionPlanStatusSchema, z.int()),
});

export const UpdateActionPlanProjectSchema = z.strictObject({
  version: Version,
  status: ActionPlanStatusSchema.optional(),
  description: z.string().trim().max(KNOWLEDGE_LIMITS.description).optional(),
  startYear: z.int().min(2000).max(2100).optional(),
  endYear: z.int().min(2000).max(2100).optional(),
  evidenceLinks: z.array(EvidenceLinkSchema).max(KNOWLEDGE_LIMITS.evidenceLinks).optional(),
  bodies: z.array(z.string().max(60)).max(20).optional(),
});
export type UpdateActionPlanProject = z.infer<typeof UpdateActionPlanProjectSchema>;

export const CreateProgressNoteSchema = z.strictObject({
  /** The project version the author saw; a stale one answers 409 (someone else changed it). */
  version: Version,
  noteDate: z.iso.date(),
  text: z.string().trim().min(1).max(KNOWLEDGE_LIMITS.note),
  status: ActionPlanStatusSchema.optional(),
  evidenceLink: EvidenceLinkSchema.optional(),
});
export type CreateProgressNote = z.infer<typeof CreateProgressNoteSchema>;

export const LinkBodySchema = z.strictObject({ organisationIds: z.array(z.uuid()).max(20) });

/**
 * A project is overdue when its timing has passed (its last year is before `asOfYear`) and it is
 * still open. A recurring project (a campaign "to be repeated in the following years") that is
 * ongoing is on track, not overdue.
 */
export function isProjectOverdue(p: { status: ActionPlanStatus; endYear: number; recurring: boolean }, asOfYear: number): boolean {
  if (!OPEN_ACTION_PLAN_STATUSES.includes(p.status) || p.endYear >= asOfYear) {
    return false;
  }
  return !(p.recurring && p.status === 'ongoing');
}
