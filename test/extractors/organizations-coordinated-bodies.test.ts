import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** [text, name] of each organization mention. */
function orgs(raw: string): string[][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), String(m.attrs.name)]);
}

describe("coordinated bodies in Spanish and Portuguese", () => {
  it("ends a body named bare at `y` + article + a capitalized word: the next body starts there", () => {
    const found = orgs("En el norte de México, el Ejército y la Marina cerraron tres pistas clandestinas.");
    expect(found[0]).toEqual(["Ejército", "Ejército Mexicano"]);
    expect(found.map((o) => o[0])).not.toContain("Ejército y la Marina");
    const argentina = orgs("Durante la guerra en Argentina hubo disputas entre la Fuerza Aérea y la Marina por el mando.");
    expect(argentina[0]).toEqual(["Fuerza Aérea", "Fuerza Aérea Argentina"]);
  });

  it("reads a dative `a` before the article of the second body", () => {
    const found = orgs("En Colombia el informe culpó al Ministro de Defensa y a las Fuerzas Armadas del ataque.");
    expect(found.map((o) => o[0])).toContain("Fuerzas Armadas");
    expect(found.map((o) => o[0]).some((t) => t?.includes(" y a las "))).toBe(false);
  });

  it("keeps a name's own coordinated nouns after a complement in one name", () => {
    expect(orgs("La Comisión para la Cooperación y el Desarrollo Regional publicó su informe.").map((o) => o[0])).toEqual(["Comisión para la Cooperación y el Desarrollo Regional"]);
  });
});

describe("the same body under one name in a document", () => {
  it("gives a short form the name of the full form it opens, named before it", () => {
    const found = orgs("La Dirección de Pesquisas de la Guardia Costera de Puerto Azul abrió el caso. Después, la Dirección de Pesquisas detuvo a dos hombres.");
    expect(found).toEqual([
      ["Dirección de Pesquisas de la Guardia Costera de Puerto Azul", "Dirección de Pesquisas de la Guardia Costera de Puerto Azul"],
      ["Dirección de Pesquisas", "Dirección de Pesquisas de la Guardia Costera de Puerto Azul"],
    ]);
    const english = orgs("The Regional Commission on River Safety met in May. Later the Regional Commission said more.");
    expect(english[1]).toEqual(["Regional Commission", "Regional Commission on River Safety"]);
  });

  it("leaves a short form as written where two full forms fit, or where it comes first", () => {
    const two = orgs("La Dirección de Pesquisas de la Guardia Costera abrió el caso. La Dirección de Pesquisas de la Aduana Norte lo cerró. Luego la Dirección de Pesquisas habló.");
    expect(two[2]).toEqual(["Dirección de Pesquisas", "Dirección de Pesquisas"]);
    const before = orgs("The Regional Commission met in May. The Regional Commission on River Safety said more.");
    expect(before[0]).toEqual(["Regional Commission", "Regional Commission"]);
  });
});

describe("the same body under one name: a part and its parent", () => {
  it("leaves a part named short where the text names its parent on its own", () => {
    const found = orgs("El Frente Río Claro del Comando Central Unido atacó. El Comando Central Unido lo negó. El Frente Río Claro se retiró.");
    expect(found[found.length - 1]![1]).not.toContain("Comando Central Unido");
  });
});

describe("a body after a person's title", () => {
  it("starts at the body's own word, not at the article after the title's `de`", () => {
    const found = orgs("En Argentina, el comandante en Jefe de la Armada viajó al sur.");
    expect(found.map((o) => o[0])).toEqual(["Armada"]);
    expect(found[0]![1]).toBe("Armada Argentina");
  });
});

describe("a listed body's name written in lower case", () => {
  it("is that body in a Spanish paragraph", () => {
    const found = orgs("Las comunidades denunciaron que el ministerio de gobernación no respondió a sus pedidos de diálogo durante la crisis.");
    expect(found).toEqual([["ministerio de gobernación", "Ministerio de Gobernación"]]);
  });

  it("leaves a generic reference (a head and a demonym) and English text alone", () => {
    expect(orgs("Los vecinos dijeron que la policía paraguaya los mantuvo detenidos durante varios días.")).toEqual([]);
  });
});

describe("a company named with its legal form after a comma", () => {
  it("is one company with the form, and its words alone name it again", () => {
    const found = orgs("The money went to Harbor Pine Holdings, Incorporated, a firm in Zurich. Months later Harbor Pine Holdings paid the crews.");
    expect(found).toEqual([
      ["Harbor Pine Holdings, Incorporated", "Harbor Pine Holdings, Incorporated"],
      ["Harbor Pine Holdings", "Harbor Pine Holdings, Incorporated"],
    ]);
  });

  it("joins a Spanish name's words across de and y before the form", () => {
    const found = orgs("La empresa Agencia Norteña de Fletes y Centro Mercantil, S.A. de C.V. fue sancionada.");
    expect(found.map((o) => o[0])).toContain("Agencia Norteña de Fletes y Centro Mercantil, S.A. de C.V.");
  });
});

describe("a head and one adjective in lower case", () => {
  it("stays a generic reference", () => {
    expect(orgs("Segundo o jornal, a polícia federal prendeu dois suspeitos no porto ontem à noite.")).toEqual([]);
  });
});
