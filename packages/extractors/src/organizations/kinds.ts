import type { ORGANIZATION_KINDS } from "@procmine/core";

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Kinds of armed, criminal and terrorist groups: bodies whose name tells no state and that no state runs. */
export const GROUP_KINDS: ReadonlySet<OrganizationKind> = new Set(["armed_group", "criminal_group", "terrorist_group"]);

/** Whether a body's kind is one of `GROUP_KINDS`. */
export const isGroupKind = (kind: OrganizationKind | undefined): boolean => kind !== undefined && GROUP_KINDS.has(kind);
