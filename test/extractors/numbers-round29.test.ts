import { describe, expect, it } from "vitest";
import { claims, claimTexts, es, pt } from "./numbers-helpers.js";

// Invented sentences for the classes of numbers that name, cite or place something (numbers29).

describe("numbers that name a document's part or a goal's target (numeric-non-claims.json identifierHeads, subsectionHeads)", () => {
  it("reads numbers after plural and abbreviated paragraph heads as citations", () => {
    expect(claimTexts(es("Véanse los párrafos 23 y 24 del informe, que registra 310 casos."))).toEqual(["310"]);
    expect(claimTexts(es("El Comité reitera su recomendación anterior (párr. 12) y observa que 340 niños fueron víctimas."))).toEqual(["340"]);
    expect(claimTexts(pt("Conforme os parágrafos 4 e 5 do relatório, 60 presos fugiram."))).toEqual(["60"]);
  });

  it("reads a number with a sub-number after a target's or an indicator's head as its number", () => {
    expect(claimTexts(es("En consonancia con la meta 5.3 de los Objetivos de Desarrollo Sostenible, 80 municipios firmaron."))).toEqual(["80"]);
    expect(claimTexts(pt("O indicador 16.1.3 mede a violência, e 45 cidades o informam."))).toEqual(["45"]);
    expect(claimTexts("Under target 16.2 of the Goals, 12 countries reported.")).toEqual(["12"]);
  });

  it("keeps a goal stated as an amount after the same heads", () => {
    expect(claimTexts(es("El gobierno fijó la meta de 30 mil detenciones."))).toEqual(["30 mil"]);
    expect(claimTexts("The target 2.5% was missed.")).toEqual(["2.5%"]);
  });

  it("reads a city's numbered zone, a numbered court and a coding scheme's code as names", () => {
    expect(claimTexts(es("En la zona 1 de la capital se registraron 8 asaltos."))).toEqual(["8"]);
    expect(claimTexts(es("El Juzgado 5 Penal condenó a 6 acusados."))).toEqual(["6"]);
    expect(claimTexts(es("Se usó el código 99 para los datos faltantes de 14 provincias."))).toEqual(["14"]);
    expect(claimTexts(es("El Caso 12.345 ante la Comisión involucra a 9 víctimas."))).toEqual(["9"]);
  });
});

describe("dates written as an event's name or as a list of days (named-numbers.ts)", () => {
  it("reads a day hyphened to a month's initial as a date", () => {
    expect(claimTexts(es("Tras el 11-S y el 11-M, 30 países cambiaron sus leyes."))).toEqual(["30"]);
    expect(claimTexts(pt("No 8-M, 20 mil mulheres marcharam."))).toEqual(["20 mil"]);
  });

  it("reads the first day of a list of days of one month as a date", () => {
    expect(claimTexts(es("Los días 3, 4 y 5 de junio hubo 17 capturas."))).toEqual(["17"]);
    expect(claimTexts(es("El 7 y el 8 de marzo se registraron 9 ataques."))).toEqual(["9"]);
    expect(claimTexts(pt("Nos dias 3, 4 e 5 de junho houve 17 prisões."))).toEqual(["17"]);
  });

  it("reads a round two-digit number after a decade's lead as the decade", () => {
    expect(claimTexts(es("A mediados de los 80 surgieron 5 carteles."))).toEqual(["5"]);
    expect(claimTexts(pt("No fim dos 90, 3 facções dominavam os presídios."))).toEqual(["3"]);
  });

  it("keeps a count after the same lead", () => {
    expect(claimTexts(es("A finales de los 80 detenidos se les negó la fianza."))).toEqual(["80"]);
  });
});

describe("a number a comma sets off after a list's head (exclusions.ts inCitationList)", () => {
  it("keeps a count with its noun right after a day's number and a comma", () => {
    expect(claimTexts(pt("Até o dia 30, 12 presos fugiram."))).toEqual(["12"]);
  });

  it("still reads a list of cited articles and their Latin ordinals as citations", () => {
    expect(claimTexts(es("Los artículos 3 y 4 constitucionales establecen la prisión preventiva."))).toEqual([]);
    expect(claimTexts(es("Se reformaron los artículos 448, 448 septies y 448 octies del código, con 5 cambios."))).toEqual(["5"]);
  });
});

describe("page furniture of addresses, telephones and catalogue records (named-numbers.ts, exclusions.ts isPhoneNumber)", () => {
  it("reads the number after a street's head and name as the building's", () => {
    expect(claimTexts(pt("A sede fica na Rua das Flores, 123, Centro, e atende 300 pessoas."))).toEqual(["300"]);
    expect(claimTexts(pt("Endereço: Av. Farquar, 2986 - Pedrinhas. A unidade tem 40 agentes."))).toEqual(["40"]);
    expect(claimTexts(es("La oficina de la Avenida de los Insurgentes 1578 recibió 25 denuncias."))).toEqual(["25"]);
  });

  it("keeps a count with its noun after a street's name", () => {
    expect(claimTexts(es("En la Avenida Juárez, 40 personas resultaron heridas."))).toEqual(["40"]);
  });

  it("reads a Brazilian postal code as an identifier", () => {
    expect(claimTexts(pt("Porto Velho - RO, 76801-470. O batalhão prendeu 7 pessoas."))).toEqual(["7"]);
  });

  it("reads digit groups led by a zero (a trunk or toll-free prefix) as a telephone number", () => {
    expect(claimTexts(es("Línea Anticorrupción 01 8000 911 670. Se recibieron 35 denuncias."))).toEqual(["35"]);
    expect(claimTexts(pt("Denúncias 0800 123 4567. Foram 35 denúncias."))).toEqual(["35"]);
  });

  it("reads a number before a page abbreviation in a catalogue record as a page count", () => {
    const record = es("Atlas comparativo de la defensa.\nMontevideo: RESDAL, 2024\n246 p.\nEl atlas cubre 26 países.");
    expect(claimTexts(record)).toEqual(["26"]);
  });

  it("keeps percentage points written with a doubled page letter", () => {
    expect(claimTexts(es("La tasa subió 3 p.p. en un año."))).toEqual(["3"]);
  });

  it("reads a rate's base in a table's header with an abbreviated population as no claim", () => {
    expect(claimTexts(es("| Municipio | Homicidios | Tasa por 100 mil hab. |\n|---|---|---|\n| Norte | 640 | 5,59 |"))).toEqual(["640", "5,59"]);
  });
});

describe("a count of things comes whole (extract.ts wholeCount)", () => {
  it("reads one mark and three digits before a counted noun as thousands in a document that writes decimal points", () => {
    const text = es("El índice subió 5.2 puntos y 6.8 por ciento. El documento básico no debe superar 42.400 palabras.");
    expect(claims(text).find((c) => c[0] === "42.400")?.[1]).toBe(42400);
  });

  it("keeps a measure's decimals", () => {
    const text = es("El índice subió 5.2 puntos y 6.8 por ciento. El río recorre 2.125 km.");
    expect(claims(text).find((c) => c[0] === "2.125 km")?.[1]).toBe(2.125);
  });
});

describe("page furniture of court records, style sheets and maps (numbers29, second step)", () => {
  it("reads numbers in an HTML style element as code, and a six-digit colour after # as no rank", () => {
    const page = es("<html><head><style>\nbody { font-size: 14px; color: #333333; }\nh1 { margin: 0 0 12px; line-height: 1.5; }\n</style></head>\n<body><p>La JEP acreditó a 2.500 víctimas.</p></body></html>");
    expect(claimTexts(page)).toEqual(["2.500"]);
    expect(claimTexts("The palette uses #003366 for headers; the city ranks #12 in safety.")).toEqual(["#12"]);
  });

  it("reads the numbers of a court record's registry, sheets and a journal's issue as identifiers", () => {
    expect(claimTexts(pt("Registro: 2020.0000123456\nA defesa apresentou resposta.\nfls. 245\nOs réus subtraíram 12 caminhões."))).toEqual(["12"]);
    expect(claimTexts(pt("Estudos Estratégicos, v. 3, n. 2, p. 45-67. O estudo ouviu 80 oficiais."))).toEqual(["80"]);
  });

  it("reads a telephone number after a word that asks the reader to call", () => {
    expect(claimTexts(es("Para más información comuníquese al 601 7446000. Se atendieron 90 casos."))).toEqual(["90"]);
  });

  it("reads degrees, minutes and seconds as a coordinate", () => {
    expect(claimTexts(pt("As coordenadas 12°34'56\" S e 38° 15' W marcam o local onde 3 barcos afundaram."))).toEqual(["3"]);
  });

  it("keeps a temperature in degrees", () => {
    expect(claimTexts(es("La temperatura llegó a 32 °C y murieron 4 personas."))).toContain("4");
  });
});

describe("statutes and reports in English (numbers29, third step)", () => {
  it("reads an amount whose thousands a space groups after its currency sign as one amount", () => {
    expect(claims("The offender is liable to a fine of $500 000 or to imprisonment for 25 years.")).toEqual([
      ["$500 000", 500000, "USD", undefined],
      ["25 years", 25, "years", undefined],
    ]);
    expect(claimTexts(es("La multa llega a $1 250 000 por cada infracción."))).toEqual(["$1 250 000"]);
  });

  it("keeps two numbers a space apart with no currency sign before them", () => {
    expect(claimTexts("In 2019 500 officers were hired.")).toEqual(["500"]);
  });

  it("reads numbers chained by points as a section's number", () => {
    expect(claimTexts("Section 2.1.3 lists 7 indicators.")).toEqual(["7"]);
  });

  it("reads a statute's chapter, a code's title, a flat and a postal code as identifiers", () => {
    expect(claimTexts("The Firearms Act, Cap. 179 is amended by 3 new sections.")).toEqual(["3"]);
    expect(claimTexts("See title 18, United States Code, which 12 defendants violated.")).toEqual(["12"]);
    expect(claimTexts("Apartment 4B was searched by 6 officers.")).toEqual(["6"]);
    expect(claimTexts("Zip code 90210 has 2 police stations.")).toEqual(["2"]);
  });
});

describe("page furniture of web pages and data dictionaries, and units of measure (numbers29, fourth step)", () => {
  it("reads a page's reading time as furniture", () => {
    expect(claimTexts(es("Tiempo estimado de lectura: 9 minutos\nLa policía detuvo a 14 personas."))).toEqual(["14"]);
    expect(claimTexts(es("Lectura: 8 min\nLa policía detuvo a 14 personas."))).toEqual(["14"]);
    expect(claimTexts("5 min read\nPolice arrested 14 people.")).toEqual(["14"]);
  });

  it("reads a reading time whose label Markdown sets in bold, the colon inside the emphasis (numbers47)", () => {
    expect(claimTexts(es("**Tiempo de lectura:** 6 minutos\nLa policía detuvo a 14 personas."))).toEqual(["14"]);
    expect(claimTexts(pt("__Tempo de leitura:__ 4 minutos\nA polícia prendeu 12 pessoas."))).toEqual(["12"]);
    // Bold over another label keeps its period a claim.
    expect(claimTexts(es("**Duración del juicio:** 6 meses\nLa policía detuvo a 14 personas."))).toEqual(["6 meses", "14"]);
  });

  it("keeps a period of minutes that measures an event", () => {
    expect(claimTexts(es("El tiroteo duró 8 minutos y dejó 3 heridos."))).toEqual(["8 minutos", "3"]);
  });

  it("reads the codes a data dictionary gives its values as no counts", () => {
    expect(claimTexts(es("- tipo_bien: 1 = vehículo; 2 = arma; 3 = estupefaciente.\n- La base contiene 15.432 registros."))).toEqual(["15.432"]);
  });

  it("keeps a sample size after an equals sign", () => {
    expect(claimTexts("The survey (n = 240) found that 35% of respondents feared gangs.")).toContain("35%");
  });

  it("reads an article's number before an abbreviated inciso as a citation", () => {
    expect(claimTexts(es("Se aplica el régimen (ej.: 5 inc. c de la Ley 23.737) a 40 causas."))).toEqual(["40"]);
  });

  it("reads a gallery's photo number and its total as identifiers", () => {
    expect(claimTexts(es("Foto 1 de 12. La marcha reunió a 300 personas."))).toEqual(["300"]);
  });

  it("reads miles, gallons, barrels and centimetres as units of measure in the span", () => {
    expect(claims(es("La lancha fue interceptada a 20 millas de la costa con 300 galones de combustible."))).toEqual([
      ["20 millas", 20, "miles", undefined],
      ["300 galones", 300, "gallons", undefined],
    ]);
    expect(claimTexts(pt("Foram apreendidos 40 barris de óleo e uma faca de 30 centímetros."))).toEqual(["40 barris", "30 centímetros"]);
  });
});

describe("Spanish and Portuguese number forms (numbers29, fifth step)", () => {
  it("reads a dozen, a ten and a hundred named by a collective noun after its article", () => {
    expect(claims(es("La policía habló con una docena de testigos."))).toEqual([["una docena", 12, "testigos", undefined]]);
    expect(claimTexts(es("Una decena de policías resultó herida."))).toEqual(["Una decena"]);
    expect(claimTexts(pt("Uma dezena de policiais ficou ferida e uma centena de presos fugiu."))).toEqual(["Uma dezena", "uma centena"]);
  });

  it("leaves the plurals vague", () => {
    expect(claimTexts(es("Decenas de policías y centenares de vecinos marcharon."))).toEqual([]);
  });

  it("reads half a million written without an article", () => {
    expect(claims(es("Medio millón de personas vive en la zona."))).toEqual([["Medio millón", 500000, "personas", undefined]]);
    expect(claimTexts(pt("O esquema movimentou meio bilhão de reais."))).toEqual(["meio bilhão"]);
  });

  it("reads Brazilian news' short scales mi, bi and tri", () => {
    expect(claims(pt("O prejuízo foi de R$ 3,2 mi, e o tráfico movimenta R$ 15 bi."))).toEqual([
      ["R$ 3,2 mi", 3200000, "BRL", undefined],
      ["R$ 15 bi", 15000000000, "BRL", undefined],
    ]);
  });
});

describe("set phrases whose number counts nothing (numeric-non-claims.json idioms)", () => {
  it("reads a number inside a set phrase as no claim", () => {
    expect(claimTexts(pt("A violência chegou aos quatro cantos do país, com 12 facções."))).toEqual(["12"]);
    expect(claimTexts(es("Lo anunció a los cuatro vientos y detuvo a 5 personas."))).toEqual(["5"]);
    expect(claimTexts("Gangs operate in the four corners of the country, with 3,000 members.")).toEqual(["3,000"]);
  });

  it("keeps the same number counting things", () => {
    expect(claimTexts(pt("Os quatro estados do Nordeste registraram 300 mortes."))).toEqual(["quatro", "300"]);
  });
});

describe("the document's decimal mark is told from numbers that are quantities (format.ts)", () => {
  it("takes no evidence from a section's, a version's or a target's number", () => {
    const text = es("Según la sección 3.2 del informe y la versión 1.5 del protocolo, se decomisaron 2.125 kilos de cocaína.");
    expect(claims(text)).toEqual([["2.125 kilos", 2125, "kilograms", undefined]]);
  });

  it("still takes evidence from a quantity written with a decimal point", () => {
    const text = es("La tasa subió 3.5 puntos y se decomisaron 2.125 kilos de cocaína.");
    expect(claims(text).find((c) => c[0] === "2.125 kilos")?.[1]).toBe(2.125);
  });
});

describe("a day written as an ordinal with a point before its sign (named-numbers.ts isDottedOrdinalDay)", () => {
  it("reads `1.º de enero` as a date", () => {
    expect(claimTexts(es("El 1.º de enero entró en vigor la reforma y 30 presos salieron."))).toEqual(["30"]);
    expect(claimTexts(pt("Em 1.º de maio, 200 pessoas marcharam."))).toEqual(["200"]);
  });
});
