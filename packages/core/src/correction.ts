import { z } from "./zod.js";
import { ANNOTATION_TYPES } from "./schema.js";

/** What a reviewer said of a record (review.html exports them; `procmine apply` reads them). */
export const CORRECTION_STATUSES = ["accepted", "rejected", "edited", "added"] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

/**
 * A line of a corrections file: a record (its attributes are checked per type when applied) plus
 * `status`. `id` names the record an accepted, rejected or edited line corrects; an added
 * record has none yet.
 */
export const CorrectionSchema = z
  .looseObject({
    doc: z.string().min(1),
    type: z.enum(ANNOTATION_TYPES),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string().min(1),
    id: z.string().optional(),
    status: z.enum(CORRECTION_STATUSES),
  })
  .refine((c) => c.start < c.end, { message: "start must be before end", path: ["end"] })
  .refine((c) => c.status === "added" || c.id !== undefined, { message: "an accepted, rejected or edited record needs the id of the record it corrects", path: ["id"] });
export type Correction = z.infer<typeof CorrectionSchema>;
