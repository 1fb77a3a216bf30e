import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

describe("a bare name that ends a longer listed name after a linking word", () => {
  it("is the body the longer one belongs to, when a list names it so, not the longer body", () => {
    const out = named(
      "O Conselho Nacional do Ministério Público (CNMP) abriu uma revisão das normas internas nesta terça-feira. " +
        "Segundo a nota, o Ministério Público terá trinta dias para responder às perguntas dos conselheiros.",
    );
    expect(out).toContainEqual(["Conselho Nacional do Ministério Público", "Conselho Nacional do Ministério Público"]);
    const bare = out.filter(([text]) => text === "Ministério Público");
    expect(bare.length).toBeGreaterThan(0);
    expect(bare.map(([, name]) => name)).not.toContain("Conselho Nacional do Ministério Público");
  });

  it("stays the longer body when no list names it otherwise", () => {
    const out = named(
      "El Servicio de Administración Tributaria revisó las cuentas de las empresas durante el año pasado. " +
        "Según el informe, la Administración Tributaria encontró facturas falsas en varios estados del país.",
    );
    expect(out).toContainEqual(["Administración Tributaria", "Servicio de Administración Tributaria"]);
  });
});
