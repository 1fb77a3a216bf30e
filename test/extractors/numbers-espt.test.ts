import { describe, expect, it } from "vitest";
import { romanceValue } from "../../packages/extractors/src/numbers/tokenize.js";
import { claims, es, pt } from "./numbers-helpers.js";

describe("Spanish and Portuguese numbers", () => {
  it("a counted noun after a partitive skips the language's articles (function-words.json)", () => {
    expect(claims(es("La policía decomisó 40 de las armas."))[0]).toEqual(["40", 40, "armas", undefined]);
  });

  it("reads the thousands point and the decimal comma", () => {
    expect(claims(es("Se destruyeron 12.350 hectáreas y el robo bajó 3,7 % en la zona."))).toEqual([
      ["12.350 hectáreas", 12350, "hectares", undefined],
      ["3,7 %", 3.7, "percent", undefined],
    ]);
    expect(claims(pt("Foram apreendidas 1.234.567 unidades e 2.450,75 quilos em 2022."))).toEqual([
      ["1.234.567", 1234567, "unidades", undefined],
      ["2.450,75 quilos", 2450.75, "kilograms", undefined],
    ]);
  });

  it("follows a document that writes numbers the Mexican way (comma thousands, decimal point)", () => {
    const raw = es("Se registraron 12,350 detenidos, un alza de 3.7 por ciento y de 1.25 puntos porcentuales, con 45.500 elementos.");
    expect(claims(raw)).toEqual([
      ["12,350", 12350, "detenidos", undefined],
      ["3.7 por ciento", 3.7, "percent", undefined],
      ["1.25 puntos porcentuales", 1.25, "percentage points", undefined],
      // Things counted by their noun come whole: one mark and three digits there are thousands (extract.ts wholeCount).
      ["45.500", 45500, "elementos", undefined],
    ]);
  });

  it("reads the lone group of three as thousands when the document shows no decimals", () => {
    expect(romanceValue("12.350", undefined)).toBe(12350);
    expect(romanceValue("12,350", undefined)).toBe(12350);
    expect(romanceValue("0,350", undefined)).toBe(0.35);
    expect(romanceValue("12,350", ",")).toBe(12.35);
    expect(romanceValue("2.1.3", undefined)).toBeNaN();
  });

  it("multiplies scale words: mil, millones, mil millones, bilhões (a currency after de names the unit, outside the span)", () => {
    expect(claims(es("Participaron 45 mil elementos y se gastaron 2,5 millones de pesos y mil millones de dólares."))).toEqual([
      ["45 mil", 45000, "elementos", undefined],
      ["2,5 millones", 2500000, "pesos", undefined],
      ["mil millones", 1e9, "USD", undefined],
    ]);
    expect(claims(pt("O Brasil investiu 3 bilhões de reais e um milhão de dólares na fronteira."))).toEqual([
      ["3 bilhões", 3e9, "BRL", undefined],
      ["um milhão", 1e6, "USD", undefined],
    ]);
  });

  it("adds up spelled-out numbers", () => {
    expect(claims(es("Se aseguraron doce mil trescientos cincuenta cartuchos y treinta y cinco armas."))).toEqual([
      ["doce mil trescientos cincuenta", 12350, "cartuchos", undefined],
      ["treinta y cinco", 35, "armas", undefined],
    ]);
    expect(claims(pt("Foram presos duzentos e quarenta suspeitos na operação."))).toEqual([["duzentos e quarenta", 240, "suspeitos", undefined]]);
  });

  it("gives qualifiers in English and reads por ciento / por cento", () => {
    expect(claims(es("Hay más de 300 bandas, alrededor de 40 por ciento, casi 9 mil víctimas y hasta 20 %."))).toEqual([
      ["más de 300", 300, "bandas", "more than"],
      ["alrededor de 40 por ciento", 40, "percent", "about"],
      ["casi 9 mil", 9000, "víctimas", "nearly"],
      ["hasta 20 %", 20, "percent", "up to"],
    ]);
    expect(claims(pt("Há mais de 70 facções, cerca de 15 por cento do total."))).toEqual([
      ["mais de 70", 70, "facções", "more than"],
      ["cerca de 15 por cento", 15, "percent", "about"],
    ]);
  });

  it("reads a day of the month between commas after a day name as a date", () => {
    expect(claims(pt("O juiz decidiu na terça-feira, 14, soltar 3 presos.")).map((c) => c[0])).toEqual(["3"]);
    expect(claims(es("El martes, 9, la fiscalía citó a 4 testigos.")).map((c) => c[0])).toEqual(["4"]);
    // A count after the day name, with no comma after it, stays a claim.
    expect(claims(es("El martes, 12 agentes cerraron el paso.")).map((c) => c[0])).toEqual(["12"]);
  });

  it("takes the article of a share into its qualifier (al menos el, cercana al, pelo menos o)", () => {
    expect(claims(es("Los grupos dominan al menos el 60% del valle, con una impunidad cercana al 90%."))).toEqual([
      ["al menos el 60%", 60, "percent", "at least"],
      ["cercana al 90%", 90, "percent", "about"],
    ]);
    expect(claims(pt("As facções controlam pelo menos o 40% das rotas."))).toEqual([["pelo menos o 40%", 40, "percent", "at least"]]);
  });

  it("reads a rate per population: por cada 100 mil (habitantes, counted, stays out of the span)", () => {
    expect(claims(es("La tasa fue de 25,3 por cada 100 mil habitantes en la zona."))).toEqual([["25,3 por cada 100 mil", 25.3, "per 100K", undefined]]);
  });

  it("keeps a duration (durante al menos los últimos 3 años) and leaves a period that only locates a time", () => {
    expect(claims(es("La fuerza operó durante al menos los últimos 3 años y en las próximas 2 semanas cambiará."))).toEqual([["3 años", 3, "years", "at least"]]);
  });

  it("reads Spanish ranges", () => {
    expect(claims(es("Cada célula tiene entre 5 y 7 integrantes."))).toEqual([["entre 5 y 7", [5, 7], "integrantes", undefined]]);
  });

  it("an article or `un` before a range's second end keeps the range whole (`entre 15 y los 17 años`)", () => {
    expect(claims(es("El taller admite a jóvenes de entre 13 y los 16 años cada verano."))).toEqual([["entre 13 y los 16 años", [13, 16], "years", undefined]]);
    expect(claims(es("La cobertura varía entre 35 y un 70% según la provincia."))).toEqual([["entre 35 y un 70%", [35, 70], "percent", undefined]]);
    expect(claims(pt("O programa atende crianças entre 8 e os 11 anos no bairro."))).toEqual([["entre 8 e os 11 anos", [8, 11], "years", undefined]]);
    expect(claims(pt("A adesão oscilou entre 12 e um 40% nas cidades."))).toEqual([["entre 12 e um 40%", [12, 40], "percent", undefined]]);
  });

  it("an article after `y` with no range opener leaves two claims (`13 y los 16 años`)", () => {
    expect(claims(es("Llegaron 13 camiones y los 16 restantes quedaron en la frontera."))).toEqual([
      ["13", 13, "camiones", undefined],
      ["16", 16, "restantes", undefined],
    ]);
  });

  it("leaves out dates, times of day, article, decree and law numbers", () => {
    expect(claims(es("El 15 de marzo de 2021, a las 10:30 horas, según el artículo 21 y la Ley 30 del Decreto 45, se reunieron."))).toEqual([]);
    expect(claims(pt("Em 3 de junho de 2020, às 14:00 horas, conforme o artigo 144 da Lei 13.675, houve a reunião."))).toEqual([]);
  });

  it("leaves out a reference number after nro. or núm.", () => {
    expect(claims(es("La queja fue registrada (nro. 318) y la respuesta llegó con el oficio núm. 77."))).toEqual([]);
  });

  it("leaves out a time of day written with a las / às", () => {
    expect(claims(es("La reunión empezó a las 10 horas y duró 3 horas con 40 personas."))).toEqual([
      ["3 horas", 3, "hours", undefined],
      ["40", 40, "personas", undefined],
    ]);
    expect(claims(pt("A reunião começou às 9 horas com os 30 agentes."))).toEqual([["30", 30, "agentes", undefined]]);
  });

  it("keeps English rules for English paragraphs of the same document", () => {
    const raw = `${es("Se decomisaron 12.350 cajas en la frontera.")}\n\nThe unit seized 12.35 tons of cocaine and 1,250 rifles in the port, the report says.\n`;
    expect(claims(raw)).toEqual([
      ["12.350", 12350, "cajas", undefined],
      ["12.35 tons", 12.35, "tons", undefined],
      ["1,250", 1250, "rifles", undefined],
    ]);
  });
});

describe("Spanish and Portuguese units, signs, ranks and marks", () => {
  it("reads a Markdown heading's or list line's section number as no claim", () => {
    expect(claims(`## 1. Contexto general\n\n${es("Hubo 45 detenidos en la operación.")}\n`).map((c) => c[0])).toEqual(["45"]);
    expect(claims(`- [2. Actores armados](#actores)\n\n${es("Se incautaron 12 toneladas.")}\n`).map((c) => c[0])).toEqual(["12 toneladas"]);
  });

  it("reads a section number on any line of a Markdown list as no claim, not only the first", () => {
    const toc = "- [1. Origen de las bandas](#origen)\n- [2. Rutas del puerto](#rutas)\n- [3. Respuesta estatal](#respuesta)";
    expect(claims(`${toc}\n\n${es("Hubo 45 detenidos en la operación.")}\n`).map((c) => c[0])).toEqual(["45"]);
  });

  it("reads a number inside a Markdown link target or an HTML tag as markup, not a claim", () => {
    const link = es("Ver [la ficha](/catalogo/ficha.pl?registro=552019) con 37 toneladas.");
    expect(claims(link).map((c) => c[0])).toEqual(["37 toneladas"]);
    const anchor = es("Consulte [el capítulo](#4-rutas-maritimas) con 12 toneladas.");
    expect(claims(anchor).map((c) => c[0])).toEqual(["12 toneladas"]);
    const tag = pt('<img width="640" height="480" src="foto.png"> A polícia apreendeu 18 toneladas.');
    expect(claims(tag).map((c) => c[0])).toEqual(["18 toneladas"]);
  });

  it("reads a front named by number and a decade as no claim", () => {
    expect(claims(es("Los milicianos del frente 18 movían 60 toneladas.")).map((c) => c[0])).toEqual(["60 toneladas"]);
    expect(claims(pt("Na década de 90 a rota levava 8 toneladas.")).map((c) => c[0])).toEqual(["8 toneladas"]);
    // A decade named by its two digits after the article and `años`/`anos`, as English `the 1990s`.
    expect(claims(es("En los años 70 y 80 el puerto recibía 12 barcos.")).map((c) => c[0])).toEqual(["12"]);
    expect(claims(pt("Nos anos 60 a milícia tinha 300 homens.")).map((c) => c[0])).toEqual(["300"]);
    // A count of years is still a claim.
    expect(claims(es("El capo pasó 20 años preso.")).map((c) => c[0])).toEqual(["20 años"]);
  });

  it("puts a unit of measure in the span, as English does", () => {
    expect(claims(es("La patrulla halló 340 kilógramos de cocaína, 18 toneladas de precursores y 9 mil litros de diésel."))).toEqual([
      ["340 kilógramos", 340, "kilograms", undefined],
      ["18 toneladas", 18, "metric tons", undefined],
      ["9 mil litros", 9000, "liters", undefined],
    ]);
    expect(claims(pt("A operação erradicou 75 hectares de maconha e apreendeu 2 toneladas de cocaína no porto."))).toEqual([
      ["75 hectares", 75, "hectares", undefined],
      ["2 toneladas", 2, "metric tons", undefined],
    ]);
  });

  it("reads menos as a minus sign, but not inside a qualifier", () => {
    expect(claims(es("El robo bajó en Colima, con menos 12.4 por ciento, y en Nayarit, con 30.1 por ciento menos."))).toEqual([
      ["menos 12.4 por ciento", -12.4, "percent", undefined],
      ["30.1 por ciento menos", -30.1, "percent", undefined],
    ]);
    expect(claims(es("Llegaron al menos 40 agentes y por lo menos 12 patrullas a la zona."))).toEqual([
      ["al menos 40", 40, "agentes", "at least"],
      ["por lo menos 12", 12, "patrullas", "at least"],
    ]);
  });

  it("reads an ordinal before lugar or puesto as a rank", () => {
    expect(claims(es("En el informe, Colima ocupa el tercer lugar y Sonora el quinto puesto de la lista."))).toEqual([
      ["tercer lugar", 3, "rank", undefined],
      ["quinto puesto", 5, "rank", undefined],
    ]);
  });

  it("leaves out the day of a month (el día 14) and a period named by estos", () => {
    expect(claims(es("El día 14, en la costa, la Marina detuvo a 6 personas; en estos 10 días hubo 3 operativos."))).toEqual([
      ["6", 6, "personas", undefined],
      ["3", 3, "operativos", undefined],
    ]);
  });

  it("leaves out bracketed note marks and keeps the cells of a comma-separated table", () => {
    expect(claims(pt("O Poder Naval[3] atua na costa com 14 navios.[[4]]"))).toEqual([["14", 14, "navios", undefined]]);
    const table = `Zona,2019,2020\nNorte,415,"1,020"\nSur,"2,310",96\n`;
    expect(claims(es(table)).map((c) => c[1])).toEqual(expect.arrayContaining([415, 1020, 2310, 96]));
  });
});

describe("Mexican ways of writing amounts", () => {
  it("adds the digits written after a scale word, and a fraction of the scale", () => {
    expect(claims(es("Se desplegaron cuatro mil 865 elementos y mil 566 patrullas, con 87 mil 235 visitas y 12 millones y medio de litros."))).toEqual([
      ["cuatro mil 865", 4865, "elementos", undefined],
      ["mil 566", 1566, "patrullas", undefined],
      ["87 mil 235", 87235, "visitas", undefined],
      ["12 millones y medio", 12500000, "litros", undefined],
    ]);
  });
});

describe("Spanish and Portuguese shares", () => {
  it("reads la mitad de and a metade de as 50 percent, with their qualifier", () => {
    expect(claims(es("Los robos bajaron y prácticamente la mitad de los casos ocurrió de noche."))).toEqual([
      ["prácticamente la mitad", 50, "percent", "nearly"],
    ]);
    expect(claims(pt("Os dados mostram que a metade dos casos ocorreu na fronteira."))).toEqual([["a metade", 50, "percent", undefined]]);
  });
});

describe("shares, multiples and non-claims read the same way in every language", () => {
  it("a count out of a larger count is a share in percent, the whole ratio its span", () => {
    expect(claims(es("La encuesta halló que uno de cada cuatro comerciantes paga cuotas."))).toEqual([["uno de cada cuatro", 25, "percent", undefined]]);
    expect(claims(pt("O estudo apontou que 3 em cada 10 motoristas já foram assaltados."))).toEqual([["3 em cada 10", 30, "percent", undefined]]);
    expect(claims("Investigators said one in five detainees had been held before, and 2 out of 10 cases closed.")).toEqual([
      ["one in five", 20, "percent", undefined],
      ["2 out of 10", 20, "percent", undefined],
    ]);
    // Out of a group's size that is no round base, the claim counts the group's members (numbers-round26.test.ts).
    expect(claims("Of the unit's officers, 2 out of 8 left.")).toEqual([["2 out of 8", 2, undefined, undefined]]);
  });

  it("a unit after the second number makes a pace, not a ratio", () => {
    expect(claims("The patrol covered 4 in 20 minutes.")).toEqual([
      ["4", 4, undefined, undefined],
      ["20 minutes", 20, "minutes", undefined],
    ]);
  });

  it("el doble de / o dobro do is a multiple; doble before a noun is an adjective", () => {
    expect(claims(es("Las cifras de robo subieron a casi doble de lo esperado."))).toEqual([["casi doble", 2, "times", "nearly"]]);
    expect(claims(es("Las extorsiones sumaron el doble de las denunciadas antes."))).toEqual([["doble", 2, "times", undefined]]);
    expect(claims(pt("A apreensão chegou ao dobro do volume anterior."))).toEqual([["dobro", 2, "times", undefined]]);
    expect(claims(es("Se investiga un doble homicidio en la carretera."))).toEqual([]);
  });

  it("fractions after a cardinal and a bare metade are shares", () => {
    expect(claims(es("Dos tercios de los detenidos eran reincidentes."))).toEqual([["Dos tercios", 66.7, "percent", undefined]]);
    expect(claims(pt("Pelo menos metade dos presos aguardava julgamento."))).toEqual([["Pelo menos metade", 50, "percent", "at least"]]);
  });

  it("the base of a rate after por cada, or a round base before a population after por, is no count", () => {
    expect(claims(es("La tasa fue de 31 homicidios por cada cien mil habitantes."))).toEqual([["31", 31, "homicidios", undefined]]);
    expect(claims(es("Se comparan tasas por 100.000 habitantes en la región."))).toEqual([]);
    expect(claims(es("El lote se vendió por 10.000 pesos en la frontera."))).toEqual([["10.000 pesos", 10000, "pesos", undefined]]);
  });

  it("an age is a claim in years, its bound a qualifier, as a share's bound is", () => {
    expect(claims(es("Los menores de 12 años recibirán la vacuna."))).toEqual([["menores de 12 años", 12, "years", "less than"]]);
    expect(claims(es("Hubo alzas mayores de 20 por ciento en la zona."))).toEqual([["mayores de 20 por ciento", 20, "percent", "more than"]]);
  });

  it("an invented example's numbers, to the paragraph's end, state nothing", () => {
    const raw =
      "Por ejemplo, imaginemos una ciudad de 40 mil habitantes con 8 robos. Su tasa sería de 20. Las autoridades de la región lo informaron.\n\nEn la capital hubo 312 robos el año pasado según las autoridades de la región.";
    expect(claims(raw)).toEqual([["312", 312, "robos", undefined]]);
    expect(claims("Suppose a province of 5,000 people saw 10 murders. The rate would be 200.\n\nThe state recorded 412 murders.")).toEqual([
      ["412", 412, "murders", undefined],
    ]);
  });
});

describe("times, names, categories and web addresses are no claims", () => {
  it("a time of day said in words is no count", () => {
    expect(claims("The shop opened from seven in the morning to nine at night for 40 customers.")).toEqual([["40", 40, "customers", undefined]]);
    expect(claims(es("La oficina atiende de ocho a diez de la noche a 25 usuarios."))).toEqual([["25", 25, "usuarios", undefined]]);
  });

  it("a capitalized number word after a word is part of a name; a list item's first word still counts", () => {
    expect(claims(es("El plan Cero Tolerancia y la brigada Diez ha recibido a 14 agentes."))).toEqual([["14", 14, "agentes", undefined]]);
    expect(claims("Highlights:\n\n- Twelve small farms joined the program.")).toEqual([["Twelve", 12, "farms", undefined]]);
  });

  it("a hurricane's category and a number inside a web address are no claims", () => {
    expect(claims("A category 3 storm reached 12 towns.")).toEqual([["12", 12, "towns", undefined]]);
    expect(claims("The list (https://example.org/list?id=77&page=2) names 31 firms.")).toEqual([["31", 31, "firms", undefined]]);
  });
});

describe("telephone numbers", () => {
  it("digit groups after a phone word, with a plus, an area code or a toll-free prefix are no claims", () => {
    expect(claims("For help, call 877-555-0142 or (800) 555-0199; 14 staff answer.")).toEqual([["14", 14, "staff", undefined]]);
    expect(claims(es("Para denuncias, marque al teléfono 800 555 0134 o al WhatsApp +52 55 5555 0101; atienden 20 operadores."))).toEqual([
      ["20", 20, "operadores", undefined],
    ]);
  });

  it("a span of years and a number's thousands are no telephone number", () => {
    expect(claims("Phone numbers 1983-1988 were the years of the study.")).toEqual([]);
    expect(claims(es("La línea de teléfono 1.234.567 llamadas recibió en el año."))).toEqual([["1.234.567", 1234567, "llamadas", undefined]]);
  });
});

describe("a tilde as a qualifier", () => {
  it("~ and ≈ before a number mean about", () => {
    expect(claims("Officials counted ~3,000 recruits and ≈ 12 camps.")).toEqual([
      ["~3,000", 3000, "recruits", "about"],
      ["≈ 12", 12, "camps", "about"],
    ]);
  });
});

describe("a survey's confidence level", () => {
  it("the level after nivel de confianza / nível de confiança is the method's setting, not a claim; the margin of error stays", () => {
    expect(claims(pt("O nível de confiança é de 95% e a margem de erro, de 3 pontos percentuais."))).toEqual([["3 pontos percentuais", 3, "percentage points", undefined]]);
    expect(claims(es("La encuesta tiene un nivel de confianza del 95% y un error de 2,5 %."))).toEqual([["2,5 %", 2.5, "percent", undefined]]);
  });

  it("a percent of trust without the marker stays a claim", () => {
    expect(claims(es("La confianza en la policía subió al 40% este año."))).toEqual([["40%", 40, "percent", undefined]]);
  });
});

describe("numbered weeks", () => {
  it("a list of numbers after a plural head, or repeating the head's article, names items: las semanas 33 y 34, la fase 2 y la 3", () => {
    expect(claims(es("Entre la semana 20 y la 21 subieron los robos, y en las semanas 33 y 34 se abrieron los tramos 4 y 5 con 60 agentes."))).toEqual([
      ["60", 60, "agentes", undefined],
    ]);
    expect(claims(es("Se abrieron los tramos 4 y 5 en los tres estados del sur."))).toEqual([["tres", 3, "estados", undefined]]);
    expect(claims(pt("Entre a semana 20 e a 21 houve queda, e nas semanas 33 e 34 as fases 2 e 3 somaram 80 presos."))).toEqual([["80", 80, "presos", undefined]]);
    expect(claims(pt("Conforme os itens 4 e 5 do edital, 12 empresas concorrem."))).toEqual([["12", 12, "empresas", undefined]]);
    expect(claims(es("Según los ítems 3 y 9 del pliego, 12 empresas compiten."))).toEqual([["12", 12, "empresas", undefined]]);
  });

  it("a coordinated count with an article but no identifier head stays a claim", () => {
    expect(claims(es("Llegaron 20 patrullas y los 45 agentes restantes, y la 3 de ellas."))).toEqual([
      ["20", 20, "patrullas", undefined],
      ["45", 45, "agentes", undefined],
      ["3", 3, "ellas", undefined],
    ]);
  });

  it("la semana 12 / a semana epidemiológica 30 name a week; 12 semanas count them", () => {
    expect(claims(es("Los contagios bajaron hasta la semana 12 y en la semana epidemiológica 30 hubo 40 casos en 9 semanas."))).toEqual([
      ["40", 40, "casos", undefined],
      ["9 semanas", 9, "weeks", undefined],
    ]);
  });
});

describe("labels, totals and paragraph numbers", () => {
  it("a label's number after a colon, in prose or JSON, is an identifier", () => {
    expect(claims(es('{ "No.": "14", "Texto": "Los guardias detuvieron a 30 personas." }'))).toEqual([["30", 30, "personas", undefined]]);
    expect(claims(pt("Documento: 5521907 - Os agentes prenderam 12 suspeitos na fronteira."))).toEqual([["12", 12, "suspeitos", undefined]]);
  });

  it("the total after an identifier's number (Página 3 de 9, Part 2 of 5) is no count", () => {
    expect(claims(pt("O relatório segue. Página 3 de 9. Foram presos 40 homens."))).toEqual([["40", 40, "homens", undefined]]);
    expect(claims("See Part 2 of 5 where 70 officers testified.")).toEqual([["70", 70, "officers", undefined]]);
    // Any other identifier goes on to a count: the well's number, then its depth.
    expect(claims(es("El agua bajó en el pozo número 3 de 41 metros."))).toEqual([["41 metros", 41, "meters", undefined]]);
  });

  it("a cited precedent (Súmula 7, Inq 2201), a volume and a coordinate are identifiers", () => {
    expect(claims(pt("Aplica-se a Súmula 7 do tribunal e o Inq 2201 citado; foram ouvidas 9 testemunhas."))).toEqual([
      ["9", 9, "testemunhas", undefined],
    ]);
    expect(claims("Treaty Series, vols. 1420 and 1421; south of latitude 15-degrees North, 8 vessels sailed.")).toEqual([
      ["8", 8, "vessels", undefined],
    ]);
  });

  it("a percent-encoded character in a path is no share", () => {
    expect(claims("PDF: /files/reports/Annual%20review%20-%20Peru.pdf lists 25 seizures.")).toEqual([["25", 25, "seizures", undefined]]);
  });

  it("a number alone on its line with a point, or opening a line after a blank one, marks a paragraph or a note", () => {
    expect(claims("They seized 60 boats. \n \n4. \nWe urge the members to act. \n \n7 Official Records, supplement.")).toEqual([
      ["60", 60, "boats", undefined],
    ]);
    // A wrapped sentence that ends on a number keeps it.
    expect(claims("The count of seized boats rose to\n60.\n\nThe patrols go on.")).toEqual([["60", 60, undefined, undefined]]);
  });
});

describe("note marks set apart", () => {
  it("a small number after a capitalized word is a note mark when a line opens with it", () => {
    const text = "The Treaty on Maritime Cooperation 4 and the Accord, 6 bind the parties; 12 ships patrol.\n \n4 Official Records, vol. 9.\n6 Ibid.";
    expect(claims(text)).toEqual([["12", 12, "ships", undefined]]);
    // With no note line of that number it is no note mark: bare after a capitalized word in running
    // prose it is read as part of the name (numbers-named-by-word), and a count keeps its noun.
    expect(claims("The Treaty on Maritime Cooperation 4 and the Accord bind them.")).toEqual([]);
    expect(claims("The Treaty on Maritime Cooperation sent 4 ships to the strait.")).toEqual([["4", 4, "ships", undefined]]);
  });
});

describe("periods that only locate a time in Spanish and Portuguese", () => {
  it("hace N años locates (ago), desde hace N años lasts (for); N dias após locates", () => {
    expect(claims(es("Hace tres años llegaron 40 agentes y desde hace 12 años patrullan."))).toEqual([
      ["40", 40, "agentes", undefined],
      ["12 años", 12, "years", undefined],
    ]);
    expect(claims(pt("Dois dias após a operação, 15 presos foram soltos."))).toEqual([["15", 15, "presos", undefined]]);
  });
});

describe("multiples, qualifiers and periods in Spanish and Portuguese (threats7)", () => {
  it("`veces`/`vezes` after a number is a multiple, in the span", () => {
    expect(claims(es("El costo de la obra resultó 2.9 veces mayor que el presupuesto original."))[0]).toEqual(["2.9 veces", 2.9, "times", undefined]);
    expect(claims(pt("O gasto por preso é dez vezes maior que o gasto por aluno."))[0]).toEqual(["dez vezes", 10, "times", undefined]);
  });

  it("a connector joins a round number to a smaller one only: `duas e três` is a range's ends", () => {
    expect(claims(pt("A coleta deveria ser feita entre duas e três vezes por dia nos bairros."))[0]).toEqual(["entre duas e três vezes", [2, 3], "times", undefined]);
    expect(claims(pt("Foram presos mil e quinhentos suspeitos na operação."))[0]).toEqual(["mil e quinhentos", 1500, "suspeitos", undefined]);
  });

  it("qualifiers: `algo como`, `um pouco mais de`, `menores al`, `más o menos`", () => {
    expect(claims(pt("O estudo apontava algo como 350 mil pessoas nas ruas."))[0]).toEqual(["algo como 350 mil", 350000, "pessoas", "about"]);
    expect(claims(pt("A fronteira tem um pouco mais de 7.300 quilômetros de extensão."))[0]).toEqual(["um pouco mais de 7.300 quilômetros", 7300, "kilometers", "more than"]);
    expect(claims(es("Los municipios con tasas menores al 10% recibieron menos fondos."))[0]).toEqual(["menores al 10%", 10, "percent", "less than"]);
    expect(claims(es("El brote empezó, más o menos, en la semana 39 y creció con más o menos 400 casos."))).toEqual([["más o menos 400", 400, "casos", "about"]]);
  });

  it("periods that place a time: `há dez anos`, `nesses primeiros cinco meses`, `en los primeros seis meses`", () => {
    expect(claims(pt("Há dez anos eu descrevi o conflito na revista da cidade."))).toEqual([]);
    expect(claims(pt("Nesses primeiros cinco meses do ano já houve mortes no campo."))).toEqual([]);
    expect(claims(es("En los primeros seis meses del año bajaron los robos en la capital."))).toEqual([]);
  });

  it("a fraction of a span of time places a moment, not a share", () => {
    expect(claims(pt("Na metade da década, o estado mudou de rumo."))).toEqual([]);
    expect(claims(es("A mitad del mes de agosto bajaron los contagios."))).toEqual([]);
    expect(claims(es("La mitad de los detenidos eran jóvenes."))[0]).toEqual(["La mitad", 50, "percent", undefined]);
  });

  it("an English number word in a Spanish paragraph is a Spanish word (`ten`, `eleven`)", () => {
    expect(claims(es("Ten cuidado: las pandillas eleven su perfil cuando el gobierno las exhibe."))).toEqual([]);
  });
});

describe("Mexican compounds and pesos (threats7)", () => {
  it("`mil 177 millones` is 1,177 million; `un millón 809 mil 436` one number", () => {
    expect(claims(es("El fondo recibió mil 177 millones de pesos para la frontera."))[0]).toEqual(["mil 177 millones", 1177000000, "pesos", undefined]);
    expect(claims(es("Se aseguraron un millón 809 mil 436 cartuchos en los operativos."))[0]).toEqual(["un millón 809 mil 436", 1809436, "cartuchos", undefined]);
  });

  it("`pesos` right after the number join the span; after a partitive they name the unit only", () => {
    expect(claims(es("Se decomisaron 558 mil 393 pesos y más de 46 millones de pesos en cuentas."))).toEqual([
      ["558 mil 393 pesos", 558393, "pesos", undefined],
      ["más de 46 millones", 46000000, "pesos", "more than"],
    ]);
  });
});

describe("bounds after a number and numbers glossed in words (numbers11)", () => {
  it("`or more`, `o más`, `ou mais` after a number join its span as `at least`; the noun comes after them", () => {
    expect(claims("Households with three or more cars pay a higher fee in the new district.")[0]).toEqual(["three or more", 3, "cars", "at least"]);
    expect(claims("Loans of $5,000 or less were waived by the county board last spring.")[0]).toEqual(["$5,000 or less", 5000, "USD", "at most"]);
    expect(claims(es("Se castiga a quien actúe con cuatro o más cómplices en el robo."))[0]).toEqual(["cuatro o más", 4, "cómplices", "at least"]);
    expect(claims(pt("A quadrilha reunia 12 ou mais integrantes armados na fronteira."))[0]).toEqual(["12 ou mais", 12, "integrantes", "at least"]);
  });

  it("`or so` after a number hedges it as `about`", () => {
    expect(claims("Police counted 40,000 or so migrants at the gap last year.")[0]).toEqual(["40,000 or so", 40000, "migrants", "about"]);
  });

  it("a bound that goes on to another number or a comparison is no bound of this one", () => {
    expect(claims("Teams of 5 or more than 10 players were split during the drill at the park.")[0]).toEqual(["5", 5, undefined, undefined]);
  });

  it("a statute's number repeated in words in parentheses is one number: `6 (seis) anos`, `2 (dos) a 9 (nueve) años`", () => {
    expect(claims(pt("A pena será de reclusão de 6 (seis) anos para o réu condenado."))[0]).toEqual(["6 (seis) anos", 6, "years", undefined]);
    expect(claims(es("Se impondrá prisión de 2 (dos) a 9 (nueve) años al responsable."))[0]).toEqual(["2 (dos) a 9 (nueve) años", [2, 9], "years", undefined]);
    expect(claims(pt("O grupo reúne 5 (cinco) ou mais pessoas armadas na região."))[0]).toEqual(["5 (cinco) ou mais", 5, "pessoas", "at least"]);
  });

  it("words in parentheses that name another value stay apart", () => {
    expect(claims(pt("Foram 7 (oito, segundo a defesa) os presos levados à delegacia.")).map((c) => c[0])).toContain("7");
  });
});

describe("durations in parts (numbers11)", () => {
  it("a duration of decreasing units is one claim in the unit of its second part", () => {
    expect(claims(pt("O réu foi condenado a cinco anos e dois meses de prisão pelo juiz."))[0]).toEqual(["cinco anos e dois meses", 62, "months", undefined]);
    expect(claims(es("Recibió una pena de 2 años, 3 meses y 6 días en la cárcel estatal."))[0]).toEqual(["2 años, 3 meses y 6 días", 27.2, "months", undefined]);
    expect(claims("The deal took 1 year and 6 months to sign, officials said.")[0]).toEqual(["1 year and 6 months", 18, "months", undefined]);
  });

  it("a half after a duration adds to it: `tres años y medio`, `dois anos e meio`, `two years and a half`", () => {
    expect(claims(es("Vivió tres años y medio en la frontera antes de volver."))[0]).toEqual(["tres años y medio", 3.5, "years", undefined]);
    expect(claims(pt("Ele passou dois anos e meio preso sem julgamento no estado."))[0]).toEqual(["dois anos e meio", 2.5, "years", undefined]);
    expect(claims("The talks lasted two years and a half before the accord.")[0]).toEqual(["two years and a half", 2.5, "years", undefined]);
    // The half of a decade is no half year: the span stays as it was read.
    expect(claims(es("La guerra duró una década y media en la sierra del sur."))[0]).toEqual(["una década", 10, "years", undefined]);
  });

  it("a range whose low end is in a smaller unit is stated in the unit of its high end", () => {
    expect(claims(es("Se le impondrá prisión de tres meses a dos años por el delito."))[0]).toEqual(["tres meses a dos años", [0.25, 2], "years", undefined]);
  });

  it("parts in a rising order or joined by other words stay apart", () => {
    expect(claims(pt("Ele ficou 4 meses em casa e depois 2 anos no exterior com a família.")).map((c) => c[0])).toEqual(["4 meses", "2 anos"]);
    expect(claims("They waited 3 days and 2 years passed before the verdict.").map((c) => c[0])).toEqual(["3 days", "2 years"]);
  });
});

describe("fractions named by ordinal parts (numbers11)", () => {
  it("`dos terceras partes`, `una quinta parte`, `a terceira parte` are shares in percent", () => {
    expect(claims(es("La multa subirá en dos terceras partes si hay armas."))[0]).toEqual(["dos terceras partes", 66.7, "percent", undefined]);
    expect(claims(es("Una quinta parte de los barcos llegó tarde al puerto."))[0]).toEqual(["Una quinta parte", 20, "percent", undefined]);
    expect(claims(pt("O bando levou a terceira parte das cargas roubadas."))[0]).toEqual(["a terceira parte", 33.3, "percent", undefined]);
  });

  it("a second part is a section, not a share", () => {
    expect(claims(es("En la segunda parte del informe se describe la ruta."))).toEqual([]);
  });
});

describe("fractions named by fraction words (numbers12)", () => {
  it("a numerator word and a fraction word that agrees with it is a share, alone or before a partitive", () => {
    expect(claims(pt("O tribunal reduziu a multa de um terço ao fim do processo."))[0]).toEqual(["um terço", 33.3, "percent", undefined]);
    expect(claims(pt("Os réus cumpriram dois terços da condenação fechados."))[0]).toEqual(["dois terços", 66.7, "percent", undefined]);
    expect(claims(es("Un quinto de los envíos y tres cuartos de los camiones pasaron."))).toEqual([
      ["Un quinto", 20, "percent", undefined],
      ["tres cuartos", 75, "percent", undefined],
    ]);
    expect(claims(pt("Um sexto dos navios voltou ao porto vazio."))[0]).toEqual(["Um sexto", 16.7, "percent", undefined]);
  });

  it("two fraction words joined by a range link are one range", () => {
    expect(claims(pt("A multa pode subir de um sexto a dois terços conforme o dano."))).toEqual([["um sexto a dois terços", [16.7, 66.7], "percent", undefined]]);
    expect(claims(pt("O castigo cresce de um terço até a metade se houver reincidência."))).toEqual([["um terço até a metade", [33.3, 50], "percent", undefined]]);
    expect(claims(es("La sanción bajará entre un cuarto y la mitad según el caso."))).toEqual([["entre un cuarto y la mitad", [25, 50], "percent", undefined]]);
  });

  it("a fraction word that is also an ordinal or a room needs a partitive or a range", () => {
    expect(claims(pt("Ficou no quarto até o sexto dia da missão."))).toEqual([]);
    expect(claims(es("El senador obtuvo un quinto mandato sin rivales."))).toEqual([]);
    expect(claims(pt("Alugaram um quarto perto da fronteira norte."))).toEqual([]);
  });
});

describe("decades and case numbers (numbers11)", () => {
  it("`la década del 80` names a decade; `Ação Penal 612` and `inquérito 4781` name cases", () => {
    expect(claims(es("La crisis empezó a finales de la década del 80 con la deuda."))).toEqual([]);
    expect(claims(pt("Ele foi condenado na Ação Penal 612 e no inquérito 4781 do tribunal."))).toEqual([]);
  });
});

describe("note marks after a comma in PDF text (numbers11)", () => {
  it("numbers in sequence after a comma, before a wide gap or a line's end, are note marks", () => {
    const text = "Noting the study of the Special Rapporteur, 5  and welcoming the survey of the Registry, 6 \nRecalling that 40 states signed it.";
    expect(claims(text)).toEqual([["40", 40, "states", undefined]]);
    // PDF text kept in a JSON string: the line ends are `\n` escapes.
    const json = '{"text": "Noting the study of the Panel, 5  and the survey of the Registry, 6 \\n \\nRecalling that 40 states signed it."}';
    expect(claims(json).map((c) => c[0])).toEqual(["40"]);
  });

  it("a lone count after a comma stays a count", () => {
    expect(claims("Among the arrested, 5  were minors and the rest adults.").map((c) => c[0])).toEqual(["5"]);
  });
});

describe("fractions in digits (numbers11)", () => {
  it("a fraction with a partitive after it, or glossed in words, is a share in percent", () => {
    expect(claims(pt("O juiz somou 1/3 da pena ao réu reincidente."))[0]).toEqual(["1/3", 33.3, "percent", undefined]);
    expect(claims("Roughly 1/4 of the boats were seized.")[0]).toEqual(["Roughly 1/4", 25, "percent", "roughly"]);
    expect(claims(pt("A multa cresce de 1/5 (um quinto) a 1/2 (metade) conforme o dano."))[0]).toEqual(["1/5 (um quinto) a 1/2 (metade)", [20, 50], "percent", undefined]);
  });

  it("a bare fraction, a day and month, or a date stays no share", () => {
    expect(claims("The vote on 1/3 was delayed again.")).toEqual([]);
    expect(claims(es("Se reunieron el 1/3 de marzo en la sede del partido."))).toEqual([]);
  });
});

describe("a random sample of unannotated text (numbers13)", () => {
  it("a number written with a scale word is a quantity after a month, a clock word or an identifier's head", () => {
    const texts = claims(es("En mayo tres mil 215 casos quedaron abiertos, desde las mil 380 asambleas vecinales, y de ese número dos mil 90 fueron cerrados.")).map((c) => c[0]);
    expect(texts).toEqual(["tres mil 215", "mil 380", "dos mil 90"]);
    // Without a scale word the same heads still say a day, an hour and an identifier.
    expect(claims(es("En mayo 12 hubo reunión, desde las 8 de la noche, en el número 40 de la calle."))).toEqual([]);
  });

  it("`otros`, `otras`, `the other`, `the remaining` before a number add or count, not select", () => {
    expect(claims(es("Murieron seis personas y otras 14 quedaron heridas.")).map((c) => c[0])).toEqual(["seis", "14"]);
    expect(claims(pt("Foram presos nove suspeitos e outros 23 fugiram da cidade.")).map((c) => c[0])).toEqual(["nove", "23"]);
    expect(claims("Of the crews, 40 returned home and the remaining 160 stayed at sea.").map((c) => c[0])).toEqual(["40", "160"]);
    // A selector by place in a list still picks: `los primeros tres puntos`.
    expect(claims(es("Revisamos los primeros tres puntos del acuerdo con los gobernadores."))).toEqual([]);
  });

  it("an English article is no `one` in Spanish or Portuguese: `a millones de` is a vague amount", () => {
    expect(claims(es("La campaña llegó a millones de hogares del país."))).toEqual([]);
    expect(claims(pt("A campanha chegou a milhões de casas do país."))).toEqual([]);
    expect(claims(es("Se invirtió un millón de pesos en la obra."))[0]).toEqual(["un millón", 1000000, "pesos", undefined]);
  });

  it("a number opening a speaker's turn, after a line all in capitals, is an answer, not a code or a name", () => {
    const turn = "---\nMINISTRA DE HACIENDA RAMÍREZ\nNueve mil.\n---\nPRESIDENTE\nNueve mil, pues son tres años del presupuesto de la región.";
    expect(claims(turn).map((c) => c[0])).toEqual(["Nueve mil", "Nueve mil", "tres años"]);
    // A code after an address's state stays a code; a capitalized number word mid-line stays a name.
    expect(claims("Send the forms to the office in Fort Walton Beach, FL\n32548 before May.")).toEqual([]);
    expect(claims(es("El programa Nueve ayudó a la comunidad."))).toEqual([]);
  });

  it("a glued `m` is metres in Spanish and Portuguese, millions in English", () => {
    expect(claims(pt("A atleta mede 1,72m e saltou a cerca de 300m da pista."))).toEqual([
      ["1,72m", 1.72, "meters", undefined],
      ["cerca de 300m", 300, "meters", "about"],
    ]);
    expect(claims(es("El muro mide 4,5m de alto en el tramo norte."))[0]).toEqual(["4,5m", 4.5, "meters", undefined]);
    expect(claims("The fund raised $7m for the new clinics.")[0]).toEqual(["$7m", 7000000, "USD", undefined]);
  });

  it("`tramo 3` names a stretch of a road or railway; its length is the claim", () => {
    expect(claims(es("El tramo 3 mide 172 kilómetros y llega a la costa del sur.")).map((c) => c[0])).toEqual(["172 kilómetros"]);
    expect(claims(es("Se construyó un tramo de 40 kilómetros en la costa.")).map((c) => c[0])).toEqual(["40 kilómetros"]);
  });
});

describe("a currency code or symbol glued to the digits (numbers22)", () => {
  it("a currency code glued to the digits reads as the same code with a space (units.json prefixes)", () => {
    const glued = claims(es("El fondo recibió cerca de USD4.250 millones y el municipio más de Bs81,5 millones en 2021."));
    const spaced = claims(es("El fondo recibió cerca de USD 4.250 millones y el municipio más de Bs 81,5 millones en 2021."));
    expect(glued).toEqual([
      ["cerca de USD4.250 millones", 4250000000, "USD", "about"],
      ["más de Bs81,5 millones", 81500000, "BOB", "more than"],
    ]);
    expect(glued.map((c) => c.slice(1))).toEqual(spaced.map((c) => c.slice(1)));
  });

  it("a word of letters and digits that is no currency keeps its digits (G20, F16, km2)", () => {
    expect(claims(es("La cumbre del G20 revisó los aviones F16 que vigilan 35 km2 de costa."))).toEqual([["35 km2", 35, "square kilometers", undefined]]);
  });
});
