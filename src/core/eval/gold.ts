// The gold annotation format (shared/eval/seed-gold.json): per talk, the entities a careful
// reader expects ("must", with accepted alternative names and types) and further acceptable
// terms ("ok"), plus entities that must link several talks ("shared").
import { z } from "zod";

const mustSchema = z.object({
  name: z.string().min(1),
  /** One type or alternatives separated by "|". */
  type: z.string().min(1),
  alt: z.array(z.string()).default([]),
});

const goldTalkSchema = z.object({
  n: z.number().int(),
  title: z.string().min(1),
  title_alt: z.array(z.string()).default([]),
  speaker: z.string().nullable().optional(),
  company: z.string().nullable().optional(),
  event: z.string().nullable().optional(),
  collection: z.string().nullable().optional(),
  must: z.array(mustSchema),
  ok: z.array(z.string()).default([]),
});

export const goldSchema = z.object({
  source: z.string().optional(),
  about: z.string().optional(),
  matching: z.string().optional(),
  talks: z.array(goldTalkSchema).min(1),
  shared: z.array(z.object({ entity: z.string(), talks: z.array(z.number().int()) })).default([]),
});

export type Gold = z.infer<typeof goldSchema>;
export type GoldTalk = z.infer<typeof goldTalkSchema>;

export class EvalError extends Error {
  override name = "EvalError";
}

/** Checks a loaded gold file; `file` only names it in errors. */
export function parseGold(data: unknown, file = "gold"): Gold {
  const result = goldSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new EvalError(`eval: ${file}: ${issues.join("; ")}`);
  }
  return result.data;
}

/** The gold file's matching rule: NFKC, lower case, no white space and no - _ . / · */
export function goldKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\-_./·]+/gu, "");
}
