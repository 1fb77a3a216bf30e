import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** [text, iso3] of each country mention. */
function countries(raw: string): [string, unknown][] {
  const doc = analyze(raw, { docId: "t" });
  return [...countryExtractor.extract(doc)].map((m) => [doc.rawText(m.start, m.end), m.attrs.iso3]);
}

describe("Spanish and Portuguese countries", () => {
  it("tags demonyms and country adjectives in every inflection, in lower case", () => {
    expect(countries("Los pescadores mexicanos y las patrullas colombianas detuvieron a dos venezolanas en la costa.")).toEqual([
      ["mexicanos", "MEX"], ["colombianas", "COL"], ["venezolanas", "VEN"],
    ]);
    expect(countries("A Marinha brasileira e os militares paraguaios patrulham a fronteira com os norte-americanos.")).toEqual([
      ["brasileira", "BRA"], ["paraguaios", "PRY"], ["norte-americanos", "USA"],
    ]);
  });

  it("tags a country inside a name, and short forms (EE.UU., EUA)", () => {
    expect(countries("La Armada de México y la Policía Federal brasileira cooperan con EE.UU. en el Caribe.")).toEqual([
      ["México", "MEX"], ["brasileira", "BRA"], ["EE.UU.", "USA"],
    ]);
    expect(countries("O acordo entre o Brasil e os EUA foi assinado no Peru.")).toEqual([["Brasil", "BRA"], ["EUA", "USA"], ["Peru", "PER"]]);
  });

  it("does not tag states, cities and regions that hold a country's name", () => {
    expect(countries("Los operativos en Sinaloa, la Ciudad de México, el Estado de México y Nuevo México siguen en el Golfo de México.")).toEqual([]);
    expect(countries("Las fuerzas de América Latina y de Centroamérica se reunieron en la ciudad de Guatemala.")).toEqual([]);
    expect(countries("Desde México, D.F. y México DF llegan noticias de México.")).toEqual([["México", "MEX"]]);
    // However the region's later words are written.
    expect(countries("Los gobiernos de América latina y de América del sur firmaron el acuerdo.")).toEqual([]);
    expect(countries("As forças do Rio de Janeiro e do Distrito Federal chegaram à Cidade do México.")).toEqual([]);
  });

  it("does not read a country code inside a project code", () => {
    expect(countries("El Proyecto COL/J12 de la oficina y el proyecto MEX/K53 se cerraron con los socios.")).toEqual([]);
  });

  it("tags North African and Middle Eastern demonyms in Spanish and Portuguese", () => {
    expect(countries("Los traficantes marroquíes y un juez argelino hablaron con diplomáticos egipcios.")).toEqual([
      ["marroquíes", "MAR"], ["argelino", "DZA"], ["egipcios", "EGY"],
    ]);
    expect(countries("A polícia marroquina prendeu dois argelinos e um nigeriano no porto.")).toEqual([
      ["marroquina", "MAR"], ["argelinos", "DZA"], ["nigeriano", "NGA"],
    ]);
  });

  it("reads `ingleses` as the United Kingdom's people, `en inglés` as the language", () => {
    expect(countries("Los marinos ingleses desembarcaron; el parte se redactó en inglés.")).toEqual([["ingleses", "GBR"]]);
    expect(countries("As tropas inglesas chegaram à Geórgia do Sul.").map((c) => c[1])).toEqual(["GBR", "SGS"]);
    expect(countries("Las Georgias del Sur y Sandwich del Sur quedaron aisladas.")).toEqual([["Georgias del Sur", "SGS"], ["Sandwich del Sur", "SGS"]]);
  });

  it("reads a demonym that names a language as the language", () => {
    expect(countries("El informe se publicó en español con un resumen para los socios del gobierno español.")).toEqual([["español", "ESP"]]);
  });

  it("leaves a lower-case Spanish word alone in an English paragraph", () => {
    expect(countries("The chilenos collective and the Mexican delegation met in the capital with their partners.")).toEqual([["Mexican", "MEX"]]);
  });
});

describe("Spanish and Portuguese country names", () => {
  it("reads long forms and the Portuguese name of Guyana", () => {
    expect(countries("La República Mexicana y la República Argentina firmaron el acuerdo con la Guiana.")).toEqual([
      ["República Mexicana", "MEX"], ["República Argentina", "ARG"], ["Guiana", "GUY"],
    ]);
  });
});

describe("spellings of one state that fold to one key", () => {
  it("keeps a Spanish name whose key an English spelling with other letters shares", () => {
    // `Afġānistān` (an English-list spelling) and `Afganistán` fold to one key; each must match as written.
    expect(countries("La guerra en Afganistán terminó; Afeganistão também.")).toEqual([
      ["Afganistán", "AFG"],
      ["Afeganistão", "AFG"],
    ]);
  });
});

describe("country forms that are surnames, continents and clipped abbreviations", () => {
  it("reads a country form after a given name as a surname, as in English", () => {
    expect(countries("Uma reportagem de Jamil Chade mostrou a rota; a Holanda e o Chade assinaram.")).toEqual([["Holanda", "NLD"], ["Chade", "TCD"]]);
    expect(countries("Obras em Nova Holanda, no Rio, seguem.")).toEqual([]);
    expect(countries("Los pueblos de Miguel Aleman y Reynosa crecen; el gobierno alemán ayuda.")).toEqual([["alemán", "DEU"]]);
  });

  it("leaves Antarctica out: a continent, no state", () => {
    expect(countries("A Marinha apoia a pesquisa na Antártica e o Chile também.")).toEqual([["Chile", "CHL"]]);
  });

  it("reads `U.S` written without its last period", () => {
    expect(countries("The U.S and Mexican teams met.")).toEqual([["U.S", "USA"], ["Mexican", "MEX"]]);
  });

  it("reads a country form hyphened to a capitalized word before it as part of another place's name", () => {
    expect(countries("Em 1830 a Nova-Bolívia se dividiu; depois a Grã-Colômbia também.")).toEqual([]);
    // Two countries, or a state and a country, stay as written.
    expect(countries("The Peru-Chile border and the Arizona-Mexico route stayed open to traders.")).toEqual([
      ["Peru", "PER"], ["Chile", "CHL"], ["Mexico", "MEX"],
    ]);
  });
});

describe("former states in Spanish and Portuguese", () => {
  it("tags the Soviet Union and Yugoslavia under their ISO 3166-3 codes", () => {
    expect(countries("El bloque de la URSS y la Unión Soviética apoyó a Yugoslavia.")).toEqual([["URSS", "SUN"], ["Unión Soviética", "SUN"], ["Yugoslavia", "YUG"]]);
    expect(countries("O mundo dividido entre os EUA e a URSS, e a guerra na antiga Iugoslávia.")).toEqual([["EUA", "USA"], ["URSS", "SUN"], ["Iugoslávia", "YUG"]]);
    expect(countries("Armas de Alemania Oriental y de Checoslovaquia; a Tchecoslováquia e a Alemanha Oriental.")).toEqual([["Alemania Oriental", "DDR"], ["Checoslovaquia", "CSK"], ["Tchecoslováquia", "CSK"], ["Alemanha Oriental", "DDR"]]);
  });
});

describe("colloquial demonyms of the United States", () => {
  it("tags yanqui and ianque in every inflection", () => {
    expect(countries("Los jueces yanquis y el gobierno yanqui discutieron con los ministros mexicanos.")).toEqual([["yanquis", "USA"], ["yanqui", "USA"], ["mexicanos", "MEX"]]);
    expect(countries("Os marinheiros ianques e o navio ianque chegaram ao porto brasileiro.")).toEqual([["ianques", "USA"], ["ianque", "USA"], ["brasileiro", "BRA"]]);
  });

  it("leaves a sentence without them as it was", () => {
    expect(countries("Los jueces locales y el gobierno federal discutieron con los ministros mexicanos.")).toEqual([["mexicanos", "MEX"]]);
  });
});

describe("americano: the United States in lower case, the hemisphere otherwise", () => {
  it("tags a lower-case americano on its own as the United States", () => {
    expect(countries("O professor americano visitou o mercado americano com a diplomacia americana.")).toEqual([["americano", "USA"], ["americano", "USA"], ["americana", "USA"]]);
  });

  it("leaves the hemisphere's names, nouns and compounds alone", () => {
    expect(countries("A Convenção Americana e a Organização dos Estados Americanos falaram aos povos americanos do continente americano.")).toEqual([]);
    expect(countries("A integração sul-americana e os países latino-americanos assinaram com os norte-americanos.")).toEqual([["norte-americanos", "USA"]]);
    expect(countries("La Convención Americana y los pueblos americanos del hemisferio americano.")).toEqual([]);
  });

  it("leaves an English American alone when it names the hemisphere", () => {
    expect(countries("The American continent and the Organization of American States met.")).toEqual([]);
  });
});

describe("América alone in Spanish and Portuguese: the continent", () => {
  it("leaves América alone and the patria americana untagged, the United States tagged", () => {
    expect(countries("Los pueblos de nuestra América y la Patria americana exigen respeto a Estados Unidos.")).toEqual([["Estados Unidos", "USA"]]);
    expect(countries("Os países da América cooperam com os Estados Unidos da América.")).toEqual([["Estados Unidos da América", "USA"]]);
  });

  it("leaves an English America as the United States", () => {
    expect(countries("Voters in America trust the courts of America.")).toEqual([["America", "USA"], ["America", "USA"]]);
  });
});

describe("Spanish and Portuguese names with their later words in lower case", () => {
  it("tags Estados unidos and Reino unido", () => {
    expect(countries("La cocaína que se vende en Estados unidos y en el Reino unido llega de Colombia.")).toEqual([
      ["Estados unidos", "USA"], ["Reino unido", "GBR"], ["Colombia", "COL"],
    ]);
  });

  it("leaves a lower-case phrase and a saviour opening a sentence untagged", () => {
    expect(countries("Los estados unidos por el río firmaron. El salvador de la patria habló en El Salvador.")).toEqual([["El Salvador", "SLV"]]);
    // A territory's name in lower case is a description: here the Dutch Caribbean, its adjective the Netherlands.
    expect(countries("El oro del Caribe neerlandés llegó al Caribe Neerlandés.")).toEqual([["neerlandés", "NLD"], ["Caribe Neerlandés", "BES"]]);
  });
});

describe("common words spelled like a territory", () => {
  it("leaves Reunião and Reunión, a meeting, untagged", () => {
    expect(countries("Na 16a Reunião do Fórum e na Reunión del Consejo falou o Brasil.")).toEqual([["Brasil", "BRA"]]);
  });

  it("tags the country names of the same sentence", () => {
    expect(countries("No Fórum do Peru e no Conselho falou o Brasil.")).toEqual([["Peru", "PER"], ["Brasil", "BRA"]]);
  });
});

describe("the Paraguay-Paraná waterway", () => {
  it("leaves the river system's name untagged, in either order and language", () => {
    expect(countries("As bacias do Paraguai-Paraná e a hidrovía Paraguay-Paraná servem o Brasil.")).toEqual([["Brasil", "BRA"]]);
  });

  it("tags the states the waterway joins", () => {
    expect(countries("A hidrovia liga o Paraguai e a Argentina ao Brasil.")).toEqual([["Paraguai", "PRY"], ["Argentina", "ARG"], ["Brasil", "BRA"]]);
  });
});

describe("short forms that name a state in one language only", () => {
  it("reads Spanish EU as the United States in a Spanish paragraph", () => {
    expect(countries("El gobierno de EU anunció una nueva operación en la frontera México-EU contra el tráfico de armas.")).toEqual([
      ["EU", "USA"], ["México", "MEX"], ["EU", "USA"],
    ]);
  });

  it("leaves EU alone in English and Portuguese paragraphs of the same document", () => {
    const raw = [
      "El gobierno de EU y el de Colombia firmaron un acuerdo de cooperación contra el narcotráfico.",
      "The EU and Canada agreed on new sanctions against the smuggling networks of the region.",
      "EU NÃO SEI O QUE O GOVERNO DO BRASIL FARÁ COM OS RECURSOS DA SEGURANÇA PÚBLICA.",
    ].join("\n\n");
    expect(countries(raw)).toEqual([["EU", "USA"], ["Colombia", "COL"], ["Canada", "CAN"], ["BRASIL", "BRA"]]);
  });
});

describe("demonyms in one language only, and less common states' demonyms", () => {
  it("reads gringo as a U.S. citizen in Spanish, not in Portuguese or English", () => {
    const raw = [
      "Los agentes gringos llegaron a la frontera y un periodista gringo preguntó por el cártel.",
      "O turista gringo perguntou pelo caminho até a praia de Copacabana naquela tarde de domingo.",
      "A gringo reporter asked the police about the cartel and its leaders in the state.",
    ].join("\n\n");
    expect(countries(raw)).toEqual([["gringos", "USA"], ["gringo", "USA"]]);
  });

  it("tags Rioplatense, Balkan, Gulf and African demonyms in Spanish and Portuguese", () => {
    expect(countries("Un empresario brasilero, dos militantes palestinos y una ciudadana keniana fueron detenidos con un camionero rumano.")).toEqual([
      ["brasilero", "BRA"], ["palestinos", "PSE"], ["keniana", "KEN"], ["rumano", "ROU"],
    ]);
    expect(countries("O navio grego levava marinheiros angolanos, um técnico sérvio e dois pescadores moçambicanos.")).toEqual([
      ["grego", "GRC"], ["angolanos", "AGO"], ["sérvio", "SRB"], ["moçambicanos", "MOZ"],
    ]);
  });
});

describe("Spanish and Portuguese demonyms of European, Asian and African states", () => {
  it("tags them in every inflection, inside a name too", () => {
    expect(countries("La Iglesia Sueca y dos diplomáticos noruegos visitaron a los refugiados paquistaníes con una ONG belga.")).toEqual([
      ["Sueca", "SWE"], ["noruegos", "NOR"], ["paquistaníes", "PAK"], ["belga", "BEL"],
    ]);
    expect(countries("A empresa sul-africana e o banco suíço negociaram com investidores dinamarqueses e poloneses.")).toEqual([
      ["sul-africana", "ZAF"], ["suíço", "CHE"], ["dinamarqueses", "DNK"], ["poloneses", "POL"],
    ]);
  });

  it("still reads the country names they share a spelling with, and leaves English paragraphs alone", () => {
    expect(countries("Suiza, Noruega e Indonesia financian el programa de la oficina regional.")).toEqual([
      ["Suiza", "CHE"], ["Noruega", "NOR"], ["Indonesia", "IDN"],
    ]);
    expect(countries("The belga sculpture and the Swiss delegation arrived before the summit opened.")).toEqual([["Swiss", "CHE"]]);
  });

  it("reads one that names a language as the language", () => {
    expect(countries("El manual se tradujo al sueco y al polaco para los voluntarios de la misión.")).toEqual([]);
    expect(countries("O relatório foi publicado em norueguês e chegou aos parceiros da missão.")).toEqual([]);
  });
});

describe("England and Inglaterra: the United Kingdom", () => {
  it("reads them among states", () => {
    expect(countries("Los gobiernos de Inglaterra y Estados Unidos respaldaron la propuesta de la cancillería.")).toEqual([
      ["Inglaterra", "GBR"], ["Estados Unidos", "USA"],
    ]);
    expect(countries("The ministers of England and France met in Brussels to discuss the sanctions.")).toEqual([["England", "GBR"], ["France", "FRA"]]);
  });

  it("leaves a surname and New England alone", () => {
    expect(countries("The letter from Secretary England reached the governors of New England last week.")).toEqual([]);
    expect(countries("A imprensa da Nova Inglaterra cobriu a visita do ministro na semana passada.")).toEqual([]);
  });
});

describe("lists of languages in Spanish and Portuguese", () => {
  it("leaves a language coordinated across a bare language name untagged", () => {
    expect(countries("El folleto, traducido al español, árabe y francés, llegó a México.")).toEqual([["México", "MEX"]]);
  });
});

describe("territories and former states in Spanish and Portuguese", () => {
  it("tags Geórgia do Sul, Tristão da Cunha, the Malvinas and the URSS's full name", () => {
    expect(countries("A União das Repúblicas Socialistas Soviéticas, a Geórgia do Sul, Tristão da Cunha e as Malvinas.")).toEqual([
      ["União das Repúblicas Socialistas Soviéticas", "SUN"], ["Geórgia do Sul", "SGS"], ["Tristão da Cunha", "SHN"], ["Malvinas", "FLK"],
    ]);
  });
});

describe("Great Britain, surnames and places that hold a country's name", () => {
  it("tags Grã-Bretanha and Gran Bretaña as the United Kingdom", () => {
    expect(countries("A Grã-Bretanha falou; la Gran Bretaña calló.")).toEqual([["Grã-Bretanha", "GBR"], ["Gran Bretaña", "GBR"]]);
  });

  it("leaves a surname Montenegro, the province Panamá Oeste and Asunción del Paraguay untagged", () => {
    expect(countries("Lo dijo el sargento Luis Montenegro en Panamá Oeste, y no en Asunción del Paraguay ni en Montenegro.")).toEqual([["Montenegro", "MNE"]]);
  });

  it("tags a city or saint's name of a Caribbean state only listed beside another state", () => {
    expect(countries("Firmaron Granada, Santa Lucía y Dominica; la feria de Granada fue en Guadalupe.")).toEqual([
      ["Granada", "GRD"], ["Santa Lucía", "LCA"], ["Dominica", "DMA"],
    ]);
    expect(countries("|Barbados|Granada|\n|**Haití** **Guadalupe**|")).toEqual([
      ["Barbados", "BRB"], ["Granada", "GRD"], ["Haití", "HTI"], ["Guadalupe", "GLP"],
    ]);
  });

  it("tags territories by their full Spanish names and leaves cities named after a state", () => {
    expect(countries("Las Islas Vírgenes Británicas y la Guyana Francesa firmaron la Declaración de Puerto España en Puerto Argentino.")).toEqual([
      ["Islas Vírgenes Británicas", "VGB"], ["Guyana Francesa", "GUF"],
    ]);
    expect(countries("Visitó las Antillas Francesas.")).toEqual([]);
  });

  it("tags a multi-word name after a prefix and a name glued onto a preposition", () => {
    expect(countries("Crecía el sentimiento anti-Estados Unidos en la capital deMéxico.")).toEqual([
      ["Estados Unidos", "USA"], ["México", "MEX"],
    ]);
  });

  it("reads a lower-case portuguesa as Portugal and the capitalized state Portuguesa as no country", () => {
    expect(countries("Llegaron familias de origen portuguesa a la gobernación de Portuguesa.")).toEqual([["portuguesa", "PRT"]]);
  });

  it("reads a feminine language word after habla or língua as the language", () => {
    expect(countries("Llegaron vecinos de habla francesa, y la embajada francesa los recibió.")).toEqual([["francesa", "FRA"]]);
  });

  it("reads a state's name after a street head as the street", () => {
    expect(countries("La marcha salió de la Avenida Brasil hacia la Calle Colombia, lejos de Colombia.")).toEqual([["Colombia", "COL"]]);
  });

  it("reads bolivianos after an amount as the currency", () => {
    expect(countries("Cada celda cuesta 450 bolivianos y el penal recibió 3 millones de bolivianos; los bolivianos votaron.")).toEqual([
      ["bolivianos", "BOL"],
    ]);
  });

  it("tags Spanish and Portuguese names of states the generated data lacks", () => {
    expect(countries("Delegados de Birmania, Corea y Sierra Leona llegaron.")).toEqual([["Birmania", "MMR"], ["Corea", "KOR"], ["Sierra Leona", "SLE"]]);
    expect(countries("Chegaram delegados de Trinidad e Tobago, dos Países Baixos e da Tchéquia.")).toEqual([
      ["Trinidad e Tobago", "TTO"], ["Países Baixos", "NLD"], ["Tchéquia", "CZE"],
    ]);
  });

  it("tags Santa Helena and Ascensão listed beside another territory, not a feast or a saint alone", () => {
    expect(countries("O arquipélago inclui Santa Helena, Ascensão e Tristão da Cunha. A festa da Ascensão lembra Santa Helena.")).toEqual([
      ["Santa Helena", "SHN"], ["Ascensão", "SHN"], ["Tristão da Cunha", "SHN"],
    ]);
  });
});
