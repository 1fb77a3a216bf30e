import { z } from "./zod.js";
import { LANGUAGES } from "./language.js";

export const ANNOTATION_TYPES = ["country", "organization", "threat", "numeric_claim"] as const;
export const AnnotationTypeSchema = z.enum(ANNOTATION_TYPES);
export type AnnotationType = z.infer<typeof AnnotationTypeSchema>;

export const ORGANIZATION_KINDS = [
  "government", "military", "police", "intergovernmental", "armed_group", "criminal_group",
  "terrorist_group", "company", "academic", "ngo", "program",
] as const;

export const THREAT_CATEGORIES = [
  "drug_trafficking", "human_trafficking", "migrant_smuggling", "arms_trafficking", "money_laundering",
  "corruption", "terrorism", "organized_crime", "gangs", "kidnapping", "extortion", "homicide", "cybercrime",
  "environmental_crime", "smuggling", "insurgency", "fraud", "sexual_violence", "illicit_trafficking",
  "proliferation", "natural_disaster", "pandemic",
] as const;

const Iso3 = z.string().regex(/^[A-Z]{3}$/, "ISO 3166-1 alpha-3 code");
const NumericValue = z.union([z.number(), z.tuple([z.number(), z.number()])]);

/** The attributes of each type (shared/ANNOTATION.md). */
export const CountryAttrsSchema = z.object({ iso3: Iso3 });
export const OrganizationAttrsSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(ORGANIZATION_KINDS).optional(),
  country: Iso3.optional().describe("ISO alpha-3 of the country the organization belongs to"),
  acronym: z.string().optional(),
});
export const ThreatAttrsSchema = z.object({
  category: z.enum(THREAT_CATEGORIES),
  iccs: z.string().regex(/^\d{2,6}$/).optional().describe("UNODC ICCS 2015 code of the category"),
});
export const NumericClaimAttrsSchema = z.object({
  value: NumericValue,
  unit: z.string().optional(),
  qualifier: z.string().optional(),
  year: z.number().int().optional(),
});

const SpanFields = {
  doc: z.string().min(1).describe("the input file's name without its extension"),
  start: z.number().int().nonnegative().describe("UTF-16 offset into the raw text"),
  end: z.number().int().nonnegative().describe("exclusive UTF-16 offset into the raw text"),
  text: z.string().min(1).describe("raw.slice(start, end)"),
};

/** Where a line of the span sits on its PDF page: points, origin at the top-left of the page as viewers show it, its CropBox (as pdftotext -cropbox -bbox draws). */
export const BoxSchema = z.object({
  page: z.number().int().positive(),
  x0: z.number(),
  y0: z.number(),
  x1: z.number(),
  y1: z.number(),
});
export type Box = z.infer<typeof BoxSchema>;

const Provenance = {
  id: z.string().describe("stable id: doc, raw span and type"),
  page: z.number().int().positive(),
  line: z.number().int().positive().describe("1-based line of the raw file where the span starts"),
  column: z.number().int().positive().describe("1-based character column in that line"),
  sentence: z.number().int().describe("0-based index of the sentence in the document, -1 outside"),
  section: z.string().describe("section path, titles joined by ' > '"),
  lang: z.enum(LANGUAGES).optional().describe("language of the paragraph the span is in (ISO 639-1)"),
  extractor: z.string().describe("extractor name@version"),
  rule: z.string(),
  confidence: z.number().min(0).max(1),
  boxes: z
    .array(BoxSchema)
    .min(1)
    .optional()
    .describe("PDF inputs only: one box per line the span covers, in PDF points from the top-left of the page's CropBox (the page as viewers show it)"),
};

/** A gold record: the fields gold files and procmine's output share. */
export const GoldRecordSchema = z.discriminatedUnion("type", [
  z.object({ ...SpanFields, type: z.literal("country"), ...CountryAttrsSchema.partial().shape }),
  z.object({ ...SpanFields, type: z.literal("organization"), ...OrganizationAttrsSchema.partial().shape }),
  z.object({ ...SpanFields, type: z.literal("threat"), ...ThreatAttrsSchema.partial().shape }),
  z.object({ ...SpanFields, type: z.literal("numeric_claim"), ...NumericClaimAttrsSchema.partial().shape }),
]);
export type GoldRecord = z.infer<typeof GoldRecordSchema>;

/** procmine's output record of each type: the shared fields, the type's attributes and provenance. */
export const RECORD_SCHEMAS = {
  country: z.object({ ...SpanFields, type: z.literal("country"), ...CountryAttrsSchema.shape, ...Provenance }),
  organization: z.object({ ...SpanFields, type: z.literal("organization"), ...OrganizationAttrsSchema.shape, ...Provenance }),
  threat: z.object({ ...SpanFields, type: z.literal("threat"), ...ThreatAttrsSchema.shape, ...Provenance }),
  numeric_claim: z.object({ ...SpanFields, type: z.literal("numeric_claim"), ...NumericClaimAttrsSchema.shape, ...Provenance }),
} as const;

/** procmine's output record: the shared fields, the type's attributes and provenance. */
export const AnnotationSchema = z.discriminatedUnion("type", [
  RECORD_SCHEMAS.country,
  RECORD_SCHEMAS.organization,
  RECORD_SCHEMAS.threat,
  RECORD_SCHEMAS.numeric_claim,
]);
export type Annotation = z.infer<typeof AnnotationSchema>;

export const ATTRS_SCHEMAS = {
  country: CountryAttrsSchema,
  organization: OrganizationAttrsSchema,
  threat: ThreatAttrsSchema,
  numeric_claim: NumericClaimAttrsSchema,
} as const;

type AttributeField = { [T in AnnotationType]: keyof (typeof ATTRS_SCHEMAS)[T]["shape"] }[AnnotationType];

/** Attribute columns in a stable order (the types' attributes in type order), for flat tables (CSV): from the schemas. */
export const ATTRIBUTE_FIELDS: readonly AttributeField[] = [...new Set(ANNOTATION_TYPES.flatMap((t) => Object.keys(ATTRS_SCHEMAS[t].shape)))] as AttributeField[];
/** Provenance fields in record order: from the schema. */
export const PROVENANCE_FIELDS = Object.keys(Provenance) as readonly (keyof typeof Provenance)[];

/** Boxes as one compact cell: `page:x0,y0,x1,y1` per line, joined by `;` (CSV, review page). */
export function formatBoxes(boxes: readonly Box[] | undefined): string | undefined {
  if (!boxes?.length) return undefined;
  return boxes.map((b) => `${b.page}:${b.x0},${b.y0},${b.x1},${b.y1}`).join(";");
}

/** The JSON Schema of the annotation record, generated from the zod schema. */
export function annotationJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(AnnotationSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
}
