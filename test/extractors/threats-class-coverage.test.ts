import { createPipeline } from "@procmine/core";
import { defaultExtractors } from "@procmine/extractors";
import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

const pipeline = createPipeline({ extractors: defaultExtractors });
/** Threats of a full run, with the country layer the extractor reads. */
const full = (raw: string): [string, unknown][] =>
  pipeline.annotate(raw, { docId: "t" }).annotations.filter((a) => a.type === "threat").map((a) => [a.text, (a as { category?: string }).category]);

// The threats23 round: terms each category's vocabulary lacked in English, Spanish and Portuguese,
// and a participle's unlawful-manner adverb. Invented sentences.
describe("class coverage (threats23)", () => {
  it("reads a fraud named by its field, and corruption named by whose it is, as one noun phrase", () => {
    expect(threats("The indictment lists wire fraud and tax fraud among the charges.")).toEqual([
      ["wire fraud", "fraud"],
      ["tax fraud", "fraud"],
    ]);
    expect(threats("The mayor promised to end police corruption in the port.")).toEqual([["police corruption", "corruption"]]);
  });

  it("reads non-state armed groups and state terrorism, not a state's paramilitary force", () => {
    expect(threats("Several non-state armed groups operate along the river.")).toEqual([["non-state armed groups", "insurgency"]]);
    expect(threats("The commission documented state terrorism under the junta.")).toEqual([["state terrorism", "terrorism"]]);
    // A gendarmerie is a paramilitary force too: only `paramilitary group(s)` and `paramilitaries` are listed.
    expect(threats("The new military police is a paramilitary force under the ministry.")).toEqual([]);
  });

  it("reads the verb of rape", () => {
    expect(threats("Witnesses said the soldiers raped two women in the village.")).toEqual([["raped", "sexual_violence"]]);
  });

  it("reads Spanish terms of drug trafficking, extortion, corruption and organized crime", () => {
    expect(threats("La policía cerró tres expendios de drogas y detuvo a dos microtraficantes.")).toEqual([
      ["expendios de drogas", "drug_trafficking"],
      ["microtraficantes", "drug_trafficking"],
    ]);
    expect(threats("Los comerciantes denuncian el cobro de vacuna en el mercado.")).toEqual([["cobro de vacuna", "extortion"]]);
    expect(threats("La fiscalía investiga a las organizaciones delincuenciales del puerto.")).toEqual([["organizaciones delincuenciales", "organized_crime"]]);
    expect(threats("El empresario intentó sobornar al juez del caso.")).toEqual([["sobornar", "corruption"]]);
    expect(threats("El informe advierte sobre la captura del Estado por las élites.")).toEqual([["captura del Estado", "corruption"]]);
  });

  it("reads Portuguese terms of homicide, fraud and cybercrime", () => {
    expect(threats("O estado registrou queda nas mortes violentas intencionais neste ano.")).toEqual([["mortes violentas intencionais", "homicide"]]);
    expect(threats("A perícia confirmou a falsificação da assinatura no contrato.")).toEqual([["falsificação", "fraud"]]);
    expect(threats("A polícia alerta para casos de sextorsão contra adolescentes.")).toEqual([["sextorsão", "cybercrime"]]);
  });

  it("leaves a bare commodity of illegal goods untagged", () => {
    expect(threats("Todos os anos entram no país bilhões em mercadorias ilegais pela fronteira.")).toEqual([]);
  });

  it("keeps an unlawful-manner adverb in a participle's span", () => {
    expect(threats("Firearms are being illegally trafficked across the southern border.")).toEqual([["illegally trafficked", "arms_trafficking"]]);
    expect(threats("The cocaine was clandestinely smuggled into the port.")).toEqual([["clandestinely smuggled", "drug_trafficking"]]);
  });

  it("reads bare trafficking coordinated with a drug activity noun as one drug-trade span", () => {
    expect(threats("The front taxed the areas of cultivation and trafficking in the south.")).toEqual([["cultivation and trafficking", "drug_trafficking"]]);
    expect(threats("Later the front moved into trafficking and production as well.")).toEqual([["trafficking and production", "drug_trafficking"]]);
    // A commodity before the list names another trade.
    expect(threats("The treaty covers arms production and trafficking in the region.")).toEqual([["trafficking", "illicit_trafficking"]]);
  });

  it("leaves `crime de`, `crimen de` and `prática de` out of the threat they name, as `delito de`", () => {
    expect(threats("Os três homens foram presos pelo crime de lavagem de dinheiro em Santos.")).toEqual([["lavagem de dinheiro", "money_laundering"]]);
    expect(threats("El juez lo condenó por el crimen de secuestro agravado.")).toEqual([["secuestro agravado", "kidnapping"]]);
    expect(threats("O grupo vive da prática da extorsão contra os comerciantes.")).toEqual([["extorsão", "extortion"]]);
  });

  it("reads no mode of transport's traffic as trafficking (Portuguese bare tráfico is the drug trade)", () => {
    expect(threats("A Marinha monitora o tráfico marítimo e o tráfico aéreo na costa.")).toEqual([]);
    expect(threats("Os presos comandam o tráfico no bairro.")).toEqual([["tráfico", "illicit_trafficking"]]);
    expect(threats("El tráfico marítimo de cocaína creció en el golfo.")).toEqual([["tráfico marítimo de cocaína", "drug_trafficking"]]);
  });

  it("reads plural cárteles before de and a name as the groups' names, not a threat, unless the name is a country's", () => {
    expect(threats("La fiscalía acusa a los cárteles del Golfo y del Pacífico de la ola de violencia.")).toEqual([]);
    expect(threats("Os cartéis de Medellín e Cali dominaram a rota nos anos oitenta.")).toEqual([]);
    expect(full("El informe señala a los cárteles de México como proveedores.")).toEqual([["cárteles", "organized_crime"]]);
  });

  it("reads no kidnapping in the alternatives to imprisonment", () => {
    expect(threats("El juez aplicó medidas alternativas a la privación de la libertad.")).toEqual([]);
    expect(threats("Lo acusan de privación ilegal de la libertad de dos comerciantes.")).toEqual([["privación ilegal de la libertad", "kidnapping"]]);
  });

  it("reads the Spanish legal formulas al margen de la ley and en grado de tentativa as part of the threat", () => {
    expect(threats("El municipio sufre la presencia de grupos armados al margen de la ley.")).toEqual([["grupos armados al margen de la ley", "insurgency"]]);
    expect(threats("Lo procesan por homicidio en grado de tentativa contra un vecino.")).toEqual([["homicidio en grado de tentativa", "homicide"]]);
  });
});
