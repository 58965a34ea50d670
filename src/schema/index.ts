/**
 * The deal record: the zod schema is the source of truth for the output contract.
 * Names required by ../shared/docs/record.md are kept exactly; everything else is ours.
 * A breaking change to a required name bumps SCHEMA_VERSION.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = '1' as const;

const offset = z.number().int().nonnegative();

/** A span of the record's clean `text`: UTF-16 offsets, end-exclusive. */
export const SpanSchema = z.object({
  start: offset,
  end: offset,
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;

export const EntityTypeSchema = z.enum(['organization', 'person', 'place', 'product']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  mentions: z.array(SpanSchema),
  /** Which rule or source first recognized the entity (e.g. "suffix", "gazetteer"). */
  rule: z.string(),
});
export type Entity = z.infer<typeof EntitySchema>;

export const QualifierSchema = z.enum(['approx', 'more_than', 'less_than', 'at_least', 'up_to']).nullable();
export type Qualifier = z.infer<typeof QualifierSchema>;

export const MoneySchema = SpanSchema.extend({
  /** Full units: "$13 billion" -> 13000000000. For a range, the lower bound. */
  value: z.number(),
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  qualifier: QualifierSchema,
  /** Bounds of a range ("$1-2 billion"); both null for a single amount. */
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** A price per share ("$12 a share"), as opposed to a total. */
  perShare: z.boolean(),
  rule: z.string(),
});
export type Money = z.infer<typeof MoneySchema>;

export const PercentSchema = SpanSchema.extend({
  /** In percent: "20%" -> 20. For a range, the lower bound. */
  value: z.number(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  qualifier: QualifierSchema,
  /** "percentage points" are a difference of percentages, not a share. */
  unit: z.enum(['percent', 'percentage_points']),
  rule: z.string(),
});
export type Percent = z.infer<typeof PercentSchema>;

export const DateRelationSchema = z.enum(['since', 'until', 'before', 'after', 'from', 'by']).nullable();

/** An ISO-8601 bound of a range: a year, month, day, or minute/second of a day. */
const DATE_BOUND_RE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$/;

export const DateRangeSchema = z.object({
  /** First unit of the span, inclusive, at its own precision ("2026-03-21", "2026-11-07T18:00"). */
  start: z.string().regex(DATE_BOUND_RE),
  /** Last unit of the span, inclusive, at its own precision ("2026-03-31", "1999"). */
  end: z.string().regex(DATE_BOUND_RE),
});
export type DateRange = z.infer<typeof DateRangeSchema>;

export const DateMentionSchema = SpanSchema.extend({
  /**
   * ISO-8601 prefix at the stated precision; unknown parts are X ("XXXX-10"). Also: a time of day
   * ("2026-11-07T17:00", "2026-11-07T17:00:30"), a quarter or half ("2025-Q3", "2027-H2"), an ISO
   * week ("2026-W45") and a decade as TIMEX writes it ("198" = the 1980s).
   */
  value: z.string().regex(/^(\d{4}|XXXX)(-(\d{2}|XX)(-(\d{2}|XX)(T\d{2}:\d{2}(:\d{2})?)?)?)?$|^(\d{4}|XXXX)-(Q[1-4]|H[12])$|^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$|^\d{3}$/),
  relation: DateRelationSchema,
  /** The span a period covers, inclusive bounds ("late March" -> 03-21..03-31), or null for a plain date. */
  range: DateRangeSchema.nullable(),
  rule: z.string(),
});
export type DateMention = z.infer<typeof DateMentionSchema>;

export const DealTypeSchema = z.enum([
  'acquisition', 'merger', 'investment', 'funding_round', 'partnership',
  'licensing', 'joint_venture', 'divestiture', 'stake_change', 'other',
]);
export type DealType = z.infer<typeof DealTypeSchema>;

export const DealStatusSchema = z.enum(['rumored', 'proposed', 'agreed', 'completed', 'terminated', 'revised']).nullable();
export type DealStatus = z.infer<typeof DealStatusSchema>;

export const RoleSchema = z.enum([
  'acquirer', 'target', 'seller', 'investor', 'investee', 'partner',
  'licensor', 'licensee', 'payer', 'payee', 'provider', 'customer',
  'advisor', 'lender', 'borrower', 'other',
]);
export type Role = z.infer<typeof RoleSchema>;

export const PartySchema = z.object({
  /** Id of the entity in `entities`, or null for an unnamed party ("its pipeline unit"). */
  entity: z.string().nullable(),
  name: z.string(),
  role: RoleSchema,
  evidence: SpanSchema,
});
export type Party = z.infer<typeof PartySchema>;

export const TermKindSchema = z.enum([
  'revenue_share', 'licence', 'exclusivity', 'stake', 'cap', 'duration', 'cloud_provider',
  'investment', 'valuation', 'price_per_share', 'consideration', 'exchange_ratio', 'royalty',
  'milestone', 'upfront_payment', 'break_fee', 'ownership_split', 'recapitalization', 'closing', 'guarantee',
  'premium', 'financing', 'condition', 'undertaking', 'governance',
  'other',
]);
export type TermKind = z.infer<typeof TermKindSchema>;

export const TermSchema = SpanSchema.extend({
  kind: TermKindSchema,
  /** True when the article says the term no longer holds or does not hold ("will no longer pay"). */
  negated: z.boolean(),
  /** Entity ids bound by the term, with the role each plays in it. */
  parties: z.array(z.object({ entity: z.string().nullable(), name: z.string(), role: RoleSchema })),
  money: z.array(MoneySchema),
  percentages: z.array(PercentSchema),
  dates: z.array(DateMentionSchema),
  /** Every sentence that states the term (the first is the term's own span). */
  evidence: z.array(SpanSchema),
  rule: z.string(),
});
export type Term = z.infer<typeof TermSchema>;

export const DealSchema = z.object({
  type: DealTypeSchema,
  status: DealStatusSchema,
  /** The sentence that reports the deal. */
  evidence: SpanSchema,
  parties: z.array(PartySchema),
  value: MoneySchema.nullable(),
  /** True when the article says the value was not disclosed. */
  valueUndisclosed: z.boolean(),
  /** Evidence for the status ("completed its acquisition"), or null. */
  statusEvidence: SpanSchema.nullable(),
  terms: z.array(TermSchema),
});
export type Deal = z.infer<typeof DealSchema>;

export const SourceSchema = z.object({
  title: z.string().nullable(),
  publishedAt: z.string().nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  siteName: z.string().nullable(),
  language: z.string().nullable(),
});

export const DealRecordSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.string(),
    source: SourceSchema,
    text: z.string(),
    entities: z.array(EntitySchema),
    money: z.array(MoneySchema),
    percentages: z.array(PercentSchema),
    dates: z.array(DateMentionSchema),
    deal: DealSchema.nullable(),
    /** Further deals reported in the same article, after the main one. */
    otherDeals: z.array(DealSchema),
  })
  .superRefine((rec, ctx) => {
    // Every span must index the record's own text.
    const check = (s: Span, path: (string | number)[]) => {
      if (s.end < s.start || s.end > rec.text.length || rec.text.slice(s.start, s.end) !== s.text) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `span [${s.start}, ${s.end}) does not match its text ${JSON.stringify(s.text)}`,
        });
      }
    };
    rec.entities.forEach((e, i) => e.mentions.forEach((m, j) => check(m, ['entities', i, 'mentions', j])));
    rec.money.forEach((m, i) => check(m, ['money', i]));
    rec.percentages.forEach((m, i) => check(m, ['percentages', i]));
    rec.dates.forEach((m, i) => check(m, ['dates', i]));
    const deals = rec.deal ? [rec.deal, ...rec.otherDeals] : rec.otherDeals;
    deals.forEach((d, k) => {
      const base: (string | number)[] = k === 0 && rec.deal ? ['deal'] : ['otherDeals', rec.deal ? k - 1 : k];
      check(d.evidence, [...base, 'evidence']);
      if (d.statusEvidence) check(d.statusEvidence, [...base, 'statusEvidence']);
      if (d.value) check(d.value, [...base, 'value']);
      d.parties.forEach((p, i) => check(p.evidence, [...base, 'parties', i, 'evidence']));
      d.terms.forEach((t, i) => {
        check(t, [...base, 'terms', i]);
        t.evidence.forEach((e, j) => check(e, [...base, 'terms', i, 'evidence', j]));
      });
    });
  });
export type DealRecord = z.infer<typeof DealRecordSchema>;

export const ErrorLineSchema = z.object({
  id: z.string(),
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorLine = z.infer<typeof ErrorLineSchema>;

/** The record's JSON Schema, generated from the zod schema. */
export function recordJsonSchema(): unknown {
  return z.toJSONSchema(DealRecordSchema, { io: 'output', unrepresentable: 'any' });
}
