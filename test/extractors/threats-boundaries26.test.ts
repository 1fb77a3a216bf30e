import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// Classes of threats26 (issue 18): the noun phrase's modifiers and heads, instruments, hostages.
describe("English modifiers and heads of a threat phrase", () => {
  it("takes `online` as a modifier that names the kind of crime", () => {
    expect(threats("The new unit targets online child sexual exploitation in the provinces.")).toEqual([["online child sexual exploitation", "sexual_violence"]]);
    expect(threats("Banks lost millions to online financial scams last winter.")).toEqual([["online financial scams", "fraud"]]);
  });

  it("reads `entities` and `commander` after a threat attributive, and `rulers` and `elements` after `corrupt`", () => {
    expect(threats("Several terrorist entities opened offices in the port.")).toEqual([["terrorist entities", "terrorism"]]);
    expect(threats("The army captured a guerrilla commander near the river.")).toEqual([["guerrilla commander", "insurgency"]]);
    expect(threats("Voters ousted the corrupt rulers and the corrupt elements around them.")).toEqual([
      ["corrupt rulers", "corruption"],
      ["corrupt elements", "corruption"],
    ]);
  });

  it("reads the joined spelling of a listed modifier, a sexual offender and a drug deal", () => {
    expect(threats("Leftwing guerrillas blew up the pipeline.")).toEqual([["Leftwing guerrillas", "insurgency"]]);
    expect(threats("The law keeps sexual offenders away from schools.")).toEqual([["sexual offenders", "sexual_violence"]]);
    expect(threats("The colonel profited from heroin deals for a decade.")).toEqual([["heroin deals", "drug_trafficking"]]);
  });
});

describe("Spanish and Portuguese instruments and plurals", () => {
  it("keeps the instrument after con/com in the phrase in either number", () => {
    expect(threats("Los homicidios con armas de fuego subieron en la frontera.")).toEqual([["homicidios con armas de fuego", "homicide"]]);
    expect(threats("La fiscalía investiga atentados con bombas en el puerto.")).toEqual([["atentados con bombas", "terrorism"]]);
    expect(threats("A polícia registrou homicídios com arma de fogo na periferia.")).toEqual([["homicídios com arma de fogo", "homicide"]]);
  });

  it("stops a phrase's plural before a Romance preposition", () => {
    expect(threats("Ese hombre cobraba por asesinatos por encargo en la ciudad.")).toEqual([["asesinatos por encargo", "homicide"]]);
  });

  it("keeps arms and ammunition a mention each", () => {
    expect(threats("El puerto frenó el tráfico de armas y municiones hacia el sur.")).toEqual([
      ["tráfico de armas", "arms_trafficking"],
      ["municiones", "arms_trafficking"],
    ]);
  });
});

describe("hostages in Spanish and Portuguese", () => {
  it("tags the taking of hostages, not the hostages alone", () => {
    expect(threats("El comando irrumpió en la sede, tomando como rehenes a los diplomáticos.")).toEqual([["tomando como rehenes", "kidnapping"]]);
    expect(threats("Tras la negociación, el ejército logró la liberación de los rehenes en la capital.")).toEqual([]);
    expect(threats("Os homens armados estão mantendo reféns a tripulação do navio há semanas, disse a marinha.")).toEqual([["mantendo reféns", "kidnapping"]]);
    expect(threats("A marinha libertou os reféns do navio na costa da Somália.")).toEqual([]);
  });
});

describe("Spanish and Portuguese actor adjectives after a noun, spyware and banditry", () => {
  it("takes the noun before a postposed extremist or paramilitary adjective", () => {
    expect(threats("El informe culpa a los elementos extremistas de los ataques en la sierra.")).toEqual([["elementos extremistas", "terrorism"]]);
    expect(threats("La fiscalía denunció un plan paramilitar contra el alcalde del pueblo.")).toEqual([["plan paramilitar", "insurgency"]]);
    expect(threats("Son extremistas, dijo el ministro en la capital.")).toEqual([["extremistas", "terrorism"]]);
  });

  it("reads spyware in Spanish and Portuguese", () => {
    expect(threats("Los periodistas hallaron rastros del software espía en sus teléfonos.")).toEqual([["software espía", "cybercrime"]]);
    expect(threats("O relatório detectou um programa espião nos celulares dos jornalistas do jornal.")).toEqual([["programa espião", "cybercrime"]]);
  });

  it("reads banditry as a gang phenomenon", () => {
    expect(threats("A polícia do estado combateu o banditismo e o cangaço no sertão durante décadas.")).toEqual([
      ["banditismo", "gangs"],
      ["cangaço", "gangs"],
    ]);
    expect(threats("Rural banditry grew after the war.")).toEqual([["Rural banditry", "gangs"]]);
  });
});

describe("a Spanish list word English spells alike", () => {
  it("leaves English `subversion` untagged, Spanish `subversión` an insurgency", () => {
    expect(threats("The alliance stood firm against Soviet subversion in the hemisphere.")).toEqual([]);
    expect(threats("El ejército combatió la subversión en la sierra durante una década.")).toEqual([["subversión", "insurgency"]]);
  });
});

describe("a level before a threat, the narcoterrorist state", () => {
  it("takes a level modifier into the phrase", () => {
    expect(threats("The court diverts street level drug dealers to treatment.")).toEqual([["street level drug dealers", "drug_trafficking"]]);
    expect(threats("Prosecutors focus on high-level money laundering in the capital.")).toEqual([["high-level money laundering", "money_laundering"]]);
  });

  it("reads a narcoterrorist state as terrorism, as a narco-state is drug trafficking", () => {
    expect(threats("Critics call the regime a narco-terrorist state.")).toEqual([["narco-terrorist state", "terrorism"]]);
  });
});

describe("a figure in words splits a drug activity as digits do", () => {
  it("leaves the spelled-out quantity out of the activity", () => {
    // The activity alone, of its clause's goods (threats35: blind36's gold gives `smuggling` one ton of cocaine drug_trafficking).
    expect(threats("The crews were smuggling two tons of heroin across the bay.")).toEqual([["smuggling", "drug_trafficking"]]);
    expect(threats("The crews were smuggling tons of heroin across the bay.")).toEqual([["smuggling tons of heroin", "drug_trafficking"]]);
  });
});
