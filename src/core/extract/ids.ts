// Entity ids and sorting helpers shared by the extraction steps (see docs/ARCHITECTURE.md, Ids).

/** `e:` + the canonical name, NFKC and lower-cased, white space collapsed to `-`. */
export function entityId(name: string): string {
  return "e:" + name.normalize("NFKC").toLowerCase().trim().replace(/\s+/gu, "-");
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
