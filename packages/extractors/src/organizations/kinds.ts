import type { ORGANIZATION_KINDS } from "@procmine/core";

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
