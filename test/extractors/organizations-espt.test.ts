import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** [text, name, kind] of each organization mention. */
function orgs(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  // What the pipeline hands the organization extractor: the text's country layer.
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name, m.attrs.kind]);
}

describe("Spanish and Portuguese organizations", () => {

  it("reads a plural head before its complement as a name, one body per repeated complement", () => {
    expect(orgs("Asistieron los titulares de las Secretarías de Pesca Ribereña y de Obras Lacustres al acto.").map((o) => o.slice(0, 2))).toEqual([
      ["Secretarías de Pesca Ribereña", "Secretaría de Pesca Ribereña"],
      ["Obras Lacustres", "Secretaría de Obras Lacustres"],
    ]);
    expect(orgs("As Delegacias de Proteção ao Turista de Vila Serena abriram cedo.").map((o) => o.slice(0, 2))).toEqual([["Delegacias de Proteção ao Turista de Vila Serena", "Delegacias de Proteção ao Turista de Vila Serena"]]);
    // A Portuguese plural is made singular in its own spelling.
    expect(orgs("As Polícias de Fronteira e de Costa Norte trocaram dados.").map((o) => o[1])).toEqual(["Polícia de Fronteira", "Polícia de Costa Norte"]);
    // Before an adjective a plural head is a class of bodies; one `y` inside a complement stays in one name.
    expect(orgs("Os Tribunais Superiores decidiram ontem.").map((o) => o[0])).toEqual([]);
    expect(orgs("Las Secretarías de Pesca y Acuicultura firmaron.").map((o) => o[0])).toEqual(["Secretarías de Pesca y Acuicultura"]);
    // The singular head reads as before.
    expect(orgs("La Secretaría de Pesca Ribereña y la Fiscalía de Aguas firmaron.").map((o) => o[0])).toEqual(["Secretaría de Pesca Ribereña", "Fiscalía de Aguas"]);
  });

  it("keeps a court's matter after the neuter `de lo` inside its name", () => {
    expect(orgs("El recurso llegó a la Sala de lo Civil de la Corte Superior de Puerto Azul ayer.").map((o) => o[0])).toEqual(["Sala de lo Civil de la Corte Superior de Puerto Azul"]);
    expect(orgs("En marzo la Cámara Segunda de lo Laboral de Villa Rica confirmó el fallo.").map((o) => o[0])).toEqual(["Cámara Segunda de lo Laboral de Villa Rica"]);
    // A lower-case `lo` after a name is no link: the name ends before it.
    expect(orgs("La Fiscalía de Aguas dijo lo que sabía.").map((o) => o[0])).toEqual(["Fiscalía de Aguas"]);
  });

  it("ends a name at a line that a head opens with its own connector (a title, then its byline)", () => {
    expect(orgs("Se publicó la versión estenográfica de la sesión del Consejo Estatal de Pesca Ribereña\nPresidencia de la República\n3 de marzo de 2021\n\nEl texto sigue aquí con más detalles.").map((o) => o[0])).toEqual(["Consejo Estatal de Pesca Ribereña", "Presidencia de la República"]);
    // A name wrapped after its connector, or on one line, stays whole.
    expect(orgs("Lo revisó la Corte Suprema de\nJusticia de Villa Rica ayer.").map((o) => o[0])).toEqual(["Corte Suprema de\nJusticia de Villa Rica"]);
    expect(orgs("Lo recibió el Centro Cultural Banco de Villa Rica ayer.").map((o) => o[0])).toEqual(["Centro Cultural Banco de Villa Rica"]);
  });

  it("reads a numbered meeting as an event, the body it belongs to after its connector as a body", () => {
    expect(orgs("Lo acordó la XII Reunión Ordinaria del Consejo Regional de Aguas Limpias en junio.").map((o) => o[0])).toEqual(["Consejo Regional de Aguas Limpias"]);
    expect(orgs("Lo firmaron en la IV Cumbre Extraordinaria de Ministros de Pesca del Caribe.").map((o) => o[0])).toEqual([]);
  });

  it("gives a UN body named in Spanish or Portuguese its English name", () => {
    expect(orgs("La Asamblea General de las Naciones Unidas votó la resolución.").map((o) => o.slice(0, 2))).toEqual([["Asamblea General de las Naciones Unidas", "United Nations General Assembly"]]);
    expect(orgs("A Comissão de Entorpecentes reuniu-se em Viena.").map((o) => o.slice(0, 2))).toEqual([["Comissão de Entorpecentes", "Commission on Narcotic Drugs"]]);
  });

  it("reads a Title Case acronym in parentheses as the body's when it is built from the starts of the name's words", () => {
    expect(orgs("O acordo envolve o Instituto Estadual de Florestas Nativas (Inflor) e a prefeitura. Depois, o Inflor recuou.").map((o) => o.slice(0, 2))).toEqual([
      ["Instituto Estadual de Florestas Nativas", "Instituto Estadual de Florestas Nativas"],
      ["Inflor", "Instituto Estadual de Florestas Nativas"],
      ["Inflor", "Instituto Estadual de Florestas Nativas"],
    ]);
    // A place in parentheses after a body is no acronym of it.
    expect(orgs("A Prefeitura de Serra Alta (Serra) abriu vagas.").map((o) => o[0])).toEqual(["Prefeitura de Serra Alta"]);
  });

  it("reads a court's chamber, a municipality and a museum as bodies by their head word", () => {
    const texts = (raw: string) => orgs(raw).map((o) => o[0]);
    expect(texts("El amparo lo resolvió la Sala Constitucional Transitoria el lunes.")).toEqual(["Sala Constitucional Transitoria"]);
    expect(texts("A Prefeitura de Vila Serena abriu as inscrições ontem.")).toEqual(["Prefeitura de Vila Serena"]);
    expect(texts("Vecinos pidieron a la Municipalidad de Río Claro más faroles.")).toEqual(["Municipalidad de Río Claro"]);
    expect(texts("Los patrulleros de la Comisaría de Valle Verde llegaron tarde.")).toEqual(["Comisaría de Valle Verde"]);
    expect(texts("O acervo foi doado ao Museu Regional do Vale em março.")).toEqual(["Museu Regional do Vale"]);
  });

  it("knows the Spanish and Portuguese heads of bodies (Alliance, Office, Mission, Federation, Initiative, Company, Comptroller, Harbour Master, Under-Secretariat, Party)", () => {
    const found = (raw: string) => orgs(raw).map((o) => o.slice(0, 3));
    expect(found("O tema foi levado à Aliança dos Portos Fluviais na segunda.")).toEqual([["Aliança dos Portos Fluviais", "Aliança dos Portos Fluviais", undefined]]);
    expect(found("Segundo o diretor do Escritório Regional de Controle de Fronteiras, a rota mudou.")).toEqual([["Escritório Regional de Controle de Fronteiras", "Escritório Regional de Controle de Fronteiras", "government"]]);
    expect(found("Los datos los reunió la Misión de Observación para la Justicia Rural en mayo.")).toEqual([["Misión de Observación para la Justicia Rural", "Misión de Observación para la Justicia Rural", undefined]]);
    expect(found("La Federación Andina de Pescadores Artesanales pidió más patrullas.")).toEqual([["Federación Andina de Pescadores Artesanales", "Federación Andina de Pescadores Artesanales", undefined]]);
    expect(found("El dinero lo administra la Iniciativa Costera de Agua Limpia desde 2019.")).toEqual([["Iniciativa Costera de Agua Limpia", "Iniciativa Costera de Agua Limpia", "program"]]);
    expect(found("A carga pertencia à Companhia Fluvial do Norte, segundo a polícia.")).toEqual([["Companhia Fluvial do Norte", "Companhia Fluvial do Norte", "company"]]);
    expect(found("O caso foi levado à Controladoria Municipal de Vila Serena.")).toEqual([["Controladoria Municipal de Vila Serena", "Controladoria Municipal de Vila Serena", "government"]]);
    expect(found("A Capitania Fluvial do Alto Rio fiscalizou as balsas.")).toEqual([["Capitania Fluvial do Alto Rio", "Capitania Fluvial do Alto Rio", "military"]]);
    expect(found("La Subsecretaría de Pesca Artesanal y el Partido Verde Andino firmaron.").map((o) => o[0])).toEqual(["Subsecretaría de Pesca Artesanal", "Partido Verde Andino"]);
    // The same words as ordinary nouns, in lower case, name nothing.
    expect(found("Por iniciativa del alcalde, la misión de los vecinos fue formar una alianza con la compañía de agua y un partido.")).toEqual([]);
  });

  it("runs a name on through `a`, `al`, `ao` and an article to what its body serves or fights, never onto another body", () => {
    const texts = (raw: string) => orgs(raw).map((o) => o[0]);
    expect(texts("La Misión de Apoyo a la Pesca Artesanal cerró su oficina.")).toEqual(["Misión de Apoyo a la Pesca Artesanal"]);
    expect(texts("A Secretaria de Apoio ao Pescador Artesanal abriu vagas.")).toEqual(["Secretaria de Apoio ao Pescador Artesanal"]);
    expect(texts("El Consejo Estatal de Atención a las Familias Rurales sesionó ayer.")).toEqual(["Consejo Estatal de Atención a las Familias Rurales"]);
    expect(texts("O Centro de Apoio às Famílias Ribeirinhas (Cafar) abriu. O Cafar atende cem famílias.")).toEqual(["Centro de Apoio às Famílias Ribeirinhas", "Cafar", "Cafar"]);
    // `às` is matched as written: the English `as` links no name.
    expect(texts("He served the Harbor Authority as Pilot Inspector for years.")).toEqual(["Harbor Authority"]);
    // A head after the link opens the body the first one writes to.
    expect(texts("O parecer da Comissão de Ética ao Conselho Superior chegou ontem.")).toEqual(["Comissão de Ética", "Conselho Superior"]);
  });

  it("reads a named operation written with a lower-case head as a program, never a body named after its connector", () => {
    expect(orgs("A carga foi apreendida na operação Rio Claro, em março.").map((o) => o.slice(0, 3))).toEqual([["operação Rio Claro", "Operação Rio Claro", "program"]]);
    expect(orgs("Durante la operación Cerro Azul hubo tres detenidos.").map((o) => o.slice(0, 3))).toEqual([["operación Cerro Azul", "Operación Cerro Azul", "program"]]);
    expect(orgs("Fue una operación de la Policía Vecinal del puerto.").map((o) => o[0])).toEqual(["Policía Vecinal"]);
  });

  it("keeps a serial list of what a Spanish or Portuguese body deals in, after any of its connectors, in its name", () => {
    const texts = (raw: string) => orgs(raw).map((o) => o[0]);
    expect(texts("Agentes da Delegacia Especializada em Pesca, Caça e Madeira prenderam dois homens.")).toEqual(["Delegacia Especializada em Pesca, Caça e Madeira"]);
    // A list of states or of bodies is no portfolio.
    expect(texts("La Oficina Regional en Colombia, Perú y Bolivia cerró.")).not.toContain("Oficina Regional en Colombia, Perú y Bolivia");
    expect(texts("A Secretaria Especial em Brasília, Exército e Marinha assinaram.")).not.toContain("Secretaria Especial em Brasília, Exército e Marinha");
  });

  it("keeps a numbered chamber's ordinal in its name: the 7th court is not the 8th", () => {
    expect(orgs("O pedido foi negado pela 7ª Vara Criminal de Serra Alta na sexta.").map((o) => o.slice(0, 2))).toEqual([["7ª Vara Criminal de Serra Alta", "7ª Vara Criminal de Serra Alta"]]);
    expect(orgs("La apelación llegó a la 3° Sala Civil de Valle Hondo en mayo.").map((o) => o[0])).toEqual(["3° Sala Civil de Valle Hondo"]);
    // A number that is no ordinal (a year, a count) stays out.
    expect(orgs("En 2019 Sala Civil Mixta dictó sentencia.").map((o) => o[0])).toEqual(["Sala Civil Mixta"]);
  });
  it("reads an acronym defined for the body a chamber belongs to as that body's: the chamber keeps its own name", () => {
    const named = (raw: string) => orgs(raw).map((o) => o.slice(0, 2));
    expect(named("A 4ª Câmara do Tribunal Regional de Vale Serena (TRVS) negou o recurso.")).toEqual([
      ["4ª Câmara", "4ª Câmara"],
      ["Tribunal Regional de Vale Serena", "Tribunal Regional de Vale Serena"],
      ["TRVS", "Tribunal Regional de Vale Serena"],
    ]);
    // An acronym that spells the whole name defines the whole name.
    expect(named("La Sala Penal de Valle Hondo (SPVH) falló ayer.")).toEqual([
      ["Sala Penal de Valle Hondo", "Sala Penal de Valle Hondo"],
      ["SPVH", "Sala Penal de Valle Hondo"],
    ]);
  });

  it("reads a place where people are held as a place, not a body", () => {
    const texts = (raw: string) => orgs(raw).map((o) => o[0]);
    expect(texts("Los reos del Centro Penal de Valle Alto cavaron un túnel.")).toEqual([]);
    expect(texts("Fue trasladado al Centro de Readaptación Social de Río Frío.")).toEqual([]);
    expect(texts("Ele ficou no Centro de Detenção Provisória de Serra Alta.")).toEqual([]);
    // A centre that studies or treats is a body.
    expect(texts("El Centro de Estudios Penales de Valle Alto publicó el informe.")).toEqual(["Centro de Estudios Penales de Valle Alto"]);
  });

  it("reads a prison defined with its acronym, or opened by `Instituto Penal`, as a place", () => {
    const texts = (raw: string) => orgs(raw).map((o) => o[0]);
    expect(texts("Dez presos fugiram do Centro de Detenção Provisória de Serra Alta (CDPSA). O CDPSA foi revistado.")).toEqual([]);
    expect(texts("Ela foi presa no Instituto Penal Rio Claro durante a revista.")).toEqual([]);
    expect(texts("O Instituto Nacional Penitenciário publicou o censo.")).toEqual(["Instituto Nacional Penitenciário"]);
  });

  it("reads a named Programa as a program, as Program is in English", () => {
    expect(orgs("El Programa Nacional de Huertos Escolares llegó a cien municipios.")).toEqual([["Programa Nacional de Huertos Escolares", "Programa Nacional de Huertos Escolares", "program"]]);
  });

  it("ends a body's name before a Portuguese given name that opens a person's name", () => {
    const texts = (raw: string) => orgs(raw).map((o) => o[0]);
    expect(texts("Em Brasília, o comandante do Exército Enzo Barbosa Lima recebeu a comitiva.")).toEqual([]);
  });

  it("keeps two listed bodies joined by y/e apart, whatever links them", () => {
    expect(orgs("Pidió a la Fiscalía General de la Nación y a la Rama Judicial revisar los casos.").map((o) => o.slice(0, 2))).toEqual([
      ["Fiscalía General de la Nación", "Fiscalía General de la Nación"],
      ["Rama Judicial", "Rama Judicial"],
    ]);
    expect(orgs("O recurso chegou ao Superior Tribunal de Justiça e ao Supremo Tribunal Federal.").map((o) => o[0])).toEqual([
      "Superior Tribunal de Justiça",
      "Supremo Tribunal Federal",
    ]);
  });

  it("reads a capitalized service on its own as the body of the country in context", () => {
    expect(orgs("En Chile, el Ejército y la Armada patrullan la costa con la Policía Nacional.").map((o) => o.slice(0, 2))).toEqual([
      ["Ejército", "Ejército de Chile"],
      ["Armada", "Armada de Chile"],
      ["Policía Nacional", "Policía Nacional"],
    ]);
  });

  it("leaves out plans, conferences and declarations defined with an acronym", () => {
    expect(orgs("El Plan de Configuración de Fuerza (PCF) y la Conferencia Regional de Seguridad (CORESE) fueron aprobados.")).toEqual([]);
  });

  it("names Latin American bodies by their official name in Spanish text and by their English name in English text, international ones in English", () => {
    expect(orgs("La Fiscalía General de la República y la Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) firmaron el acuerdo.")).toEqual([
      ["Fiscalía General de la República", "Fiscalía General de la República", "government"],
      ["Oficina de las Naciones Unidas contra la Droga y el Delito", "United Nations Office on Drugs and Crime", "intergovernmental"],
      ["UNODC", "United Nations Office on Drugs and Crime", "intergovernmental"],
    ]);
    expect(orgs("The Brazilian Navy and the Sinaloa Cartel were discussed by the panel.")).toEqual([
      ["Brazilian Navy", "Brazilian Navy", "military"],
      ["Sinaloa Cartel", "Sinaloa Cartel", "criminal_group"],
    ]);
  });

  it("reads Spanish and Portuguese name patterns, a cartel with its head word", () => {
    expect(orgs("La Fiscalía Especializada en Delincuencia Organizada y el Cártel de los Valles Altos se enfrentaron ante el Gobierno de Colombia.")).toEqual([
      ["Fiscalía Especializada en Delincuencia Organizada", "Fiscalía Especializada en Delincuencia Organizada", "government"],
      ["Cártel de los Valles Altos", "Cártel de los Valles Altos", "criminal_group"],
      ["Gobierno de Colombia", "Gobierno de Colombia", "government"],
    ]);
    expect(orgs("A Polícia Civil de Minas Gerais e o Ministério da Defesa atuam juntos.")).toEqual([
      ["Polícia Civil de Minas Gerais", "Polícia Civil de Minas Gerais", "police"],
      ["Ministério da Defesa", "Ministério da Defesa", "government"],
    ]);
  });

  it("keeps a body named after its parent as a body of its own (the head comes first)", () => {
    expect(orgs("El Comando de Operaciones Especiales del Ejército Mexicano desplegó tropas.")).toEqual([
      ["Comando de Operaciones Especiales del Ejército Mexicano", "Comando de Operaciones Especiales del Ejército Mexicano", "military"],
    ]);
  });

  it("does not read job titles as organizations", () => {
    expect(orgs("El secretario de la Defensa Nacional y la secretaria de Seguridad visitaron la zona.")).toEqual([]);
    expect(orgs("SECRETARIO DE SEGURIDAD Y PROTECCIÓN CIUDADANA: Muchas gracias a todos.")).toEqual([]);
    // The Army a commander leads is a body; the commander's title is not part of it.
    expect(orgs("O ministro da Justiça e o comandante do Exército falaram aos jornalistas.")).toEqual([["Exército", "Exército", "military"]]);
  });

  it("ties an acronym defined in parentheses to its Spanish expansion", () => {
    expect(orgs("El Centro de Investigación Criminal Conjunta (CICC) publicó su informe. El CICC recibió apoyo.")).toEqual([
      ["Centro de Investigación Criminal Conjunta", "Centro de Investigación Criminal Conjunta", "government"],
      ["CICC", "Centro de Investigación Criminal Conjunta", "government"],
      ["CICC", "Centro de Investigación Criminal Conjunta", "government"],
    ]);
  });
});

describe("a group's head word in lower case before its name", () => {
  it("is one organization with the head word, named as the gazetteer lists it", () => {
    expect(orgs("Hubo choques entre el cártel de Juárez y el cártel Jalisco Nueva Generación, y también con el cártel de los Hermanos Ruiz.")).toEqual([
      ["cártel de Juárez", "Cártel de Juárez", "criminal_group"],
      ["cártel Jalisco Nueva Generación", "Cártel de Jalisco Nueva Generación", "criminal_group"],
      ["cártel de los Hermanos Ruiz", "Cártel de los Hermanos Ruiz", "criminal_group"],
    ]);
  });

  it("leaves plain lower-case cartels to the threat extractor", () => {
    expect(orgs("Los cárteles y el cártel más grande de la región crecieron con los socios.")).toEqual([]);
  });
});

describe("international bodies in Spanish and Portuguese", () => {
  it("keep their English names, and coordinated bodies stay apart", () => {
    expect(orgs("La Comunidad del Caribe y la Unión de Naciones Suramericanas invitaron al Alto Comisionado de las Naciones Unidas para los Refugiados.").map((o) => o[1])).toEqual([
      "Caribbean Community",
      "Union of South American Nations",
      "United Nations High Commissioner for Refugees",
    ]);
    expect(orgs("A Organização Internacional para as Migrações e a Organização Mundial da Saúde assinaram o acordo.").map((o) => o[1])).toEqual([
      "International Organization for Migration",
      "World Health Organization",
    ]);
  });
});

describe("names inside longer capitalized runs", () => {
  it("splits a body from an acronym after and, and from a Romance-headed body after y", () => {
    expect(orgs("The Department of Energy and USAID trained local staff last spring.").map((o) => o[0])).toEqual(["Department of Energy", "USAID"]);
    expect(orgs("Ayer la Secretaría de Turismo y Auditoría Interna del Estado revisaron las cuentas de la región.").map((o) => o[0])).toEqual([
      "Secretaría de Turismo",
      "Auditoría Interna del Estado",
    ]);
  });
});

describe("armed forces named bare", () => {
  it("name the armed forces of the country in context", () => {
    expect(orgs("En México, las Fuerzas Armadas vigilan la costa del Pacífico desde el año pasado.").map((o) => o.slice(0, 2))).toEqual([
      ["Fuerzas Armadas", "Fuerzas Armadas de México"],
    ]);
    expect(orgs("En Colombia, las Fuerzas Armadas vigilan la costa del Pacífico desde el año pasado.").map((o) => o.slice(0, 2))).toEqual([
      ["Fuerzas Armadas", "Fuerzas Militares de Colombia"],
    ]);
  });

  it("name the branches of government of the country in context", () => {
    expect(orgs("En México, el Poder Judicial y el Poder Legislativo revisaron la reforma que envió el Poder Ejecutivo.").map((o) => o.slice(0, 2))).toEqual([
      ["Poder Judicial", "Poder Judicial de la Federación"],
      ["Poder Legislativo", "Poder Legislativo Federal"],
      ["Poder Ejecutivo", "Poder Ejecutivo Federal"],
    ]);
    // A country with no listed branch keeps the bare name.
    expect(orgs("En el Perú, el Poder Judicial abrió el proceso ayer.").map((o) => o.slice(0, 2))).toEqual([["Poder Judicial", "Poder Judicial"]]);
    // Portuguese `Poder Executivo` is the generic branch, as the bare `o Executivo` is (DEV gold: 6 of 7 such mentions).
    expect(orgs("No Brasil, o Poder Executivo editou o decreto na semana passada.").map((o) => o.slice(0, 2))).toEqual([["Poder Executivo", "Poder Executivo"]]);
  });

  it("knows the major criminal groups of the region, a group whose name opens with Los written with a lower-case article too (outside the span)", () => {
    expect(orgs("Según la policía, los Choneros y Tiguerones disputan el puerto con el Tren del Llano.")).toEqual([
      ["Choneros", "Los Choneros", "criminal_group"],
      ["Tiguerones", "Los Tiguerones", "criminal_group"],
      ["Tren del Llano", "Tren del Llano", "criminal_group"],
    ]);
    // The name's own word stays capitalized: `los lobos` are animals.
    expect(orgs("En la sierra viven los lobos y las águilas.")).toEqual([]);
    // Only an article is left out: a listed name that opens in lower case is the whole span.
    expect(orgs("Los agentes rastrearon las armas con eTrace la semana pasada.").map((o) => o.slice(0, 2))).toEqual([["eTrace", "eTrace"]]);
  });

  it("reads a group named with its plural article also without it, once the text has named it", () => {
    expect(orgs("La banda de los Lobos creció en la cárcel y los Choneros la siguieron.\n| Lobos | Choneros |\nLos **Lobos** perdieron terreno.").map((o) => o.slice(0, 2))).toEqual([
      ["Lobos", "Los Lobos"],
      ["Choneros", "Los Choneros"],
      ["Lobos", "Los Lobos"],
      ["Choneros", "Los Choneros"],
      ["Lobos", "Los Lobos"],
    ]);
    // A text that never names the group keeps the capitalized word as a word.
    expect(orgs("Lobos y zorros cruzan el valle de noche.")).toEqual([]);
  });

  it("reads a family's cartel by the family name after its article, and in a heading in capitals, not inside a person's name", () => {
    expect(orgs("Según el informe, los Beltrán Leyva y los Carrillo Fuentes se disputan la plaza.\n\n“BELTRAN LEYVA”\n\nSu jefe, Marcos Beltrán Leyva, huyó.").map((o) => o.slice(0, 2))).toEqual([
      ["Beltrán Leyva", "Cártel de los Beltrán Leyva"],
      ["Carrillo Fuentes", "Cártel de Juárez"],
      ["BELTRAN LEYVA", "Cártel de los Beltrán Leyva"],
    ]);
  });

  it("reads bare armed forces as those of the country whose bodies the text names, when no country is named near them", () => {
    expect(orgs("Los Zetas y el Cártel de Sinaloa pelean la ruta que viene de Colombia, como cuentan los colombianos.\n\nEvitan chocar con las Fuerzas Armadas.").map((o) => o.slice(0, 2))).toEqual([
      ["Los Zetas", "Los Zetas"],
      ["Cártel de Sinaloa", "Cártel de Sinaloa"],
      ["Fuerzas Armadas", "Fuerzas Armadas de México"],
    ]);
  });

  it("reads a known acronym written in title case, unless the text uses the word as an ordinary one", () => {
    expect(orgs("Un informe de la Onu y de la Unodc atribuye el ataque al Eln.")).toEqual([
      ["Onu", "United Nations", "intergovernmental"],
      ["Unodc", "United Nations Office on Drugs and Crime", "intergovernmental"],
      ["Eln", "Ejército de Liberación Nacional", "armed_group"],
    ]);
    // Opening a sentence, any word is capitalized: only a mid-sentence use elsewhere makes it the acronym.
    expect(orgs("Farc dijo que no.").map((o) => o[0])).toEqual([]);
    expect(orgs("Farc dijo que no. Luego la Farc firmó.").map((o) => o[0])).toEqual(["Farc", "Farc"]);
    // `Dia` is a listed ordinary Portuguese word, never the acronym DIA.
    expect(orgs("No Dia da Independência, a Marinha desfilou.").map((o) => o[0])).toEqual(["Marinha"]);
  });

  it("gives a body the text names in its own wording, glossed by a listed acronym, the listed name", () => {
    // The Portuguese wording before `(Farc)` is the text's translation of the Colombian body's name.
    expect(orgs("Em 1970 a região já tinha as Forças Revolucionárias Armadas da Colômbia (Farc) nas serras.").map((o) => o.slice(0, 2))).toEqual([
      ["Forças Revolucionárias Armadas da Colômbia", "Fuerzas Armadas Revolucionarias de Colombia"],
      ["Farc", "Fuerzas Armadas Revolucionarias de Colombia"],
    ]);
  });

  it("reads a title opened by a capitalized article and cited as a source as a publication", () => {
    expect(orgs("La cifra subió, según La Voz Serrana, hasta el lunes.")).toEqual([["La Voz Serrana", "La Voz Serrana", "company"]]);
    expect(orgs("O número caiu, segundo O Correio Praiano, em março.")).toEqual([["O Correio Praiano", "O Correio Praiano", "company"]]);
    // Opening a sentence any article is capitalized; a body's head is no title.
    expect(orgs("Ayer hubo lluvia. La Serrana informó que el puente cerró.")).toEqual([]);
    expect(orgs("El puente cerró, según La Policía del valle.").map((o) => o[0])).not.toContain("La Policía");
  });

  it("reads an undefined acronym spelling a body the text named before as that body", () => {
    const found = orgs("El jefe de la Dirección General de Puertos Fluviales habló el martes. Después, la DGPF cerró dos muelles.");
    expect(found.map((o) => o.slice(0, 2))).toEqual([
      ["Dirección General de Puertos Fluviales", "Dirección General de Puertos Fluviales"],
      ["DGPF", "Dirección General de Puertos Fluviales"],
    ]);
    // Before the body is named, the letters alone name nothing yet; with an article they are a body
    // (article-acronyms.ts), named by the phrase the text spells them out with.
    expect(orgs("DGPF cerró dos muelles. El jefe de la Dirección General de Puertos Fluviales habló.").map((o) => o[0])).toEqual(["Dirección General de Puertos Fluviales"]);
    expect(orgs("La DGPF cerró dos muelles. El jefe de la Dirección General de Puertos Fluviales habló.").map((o) => o.slice(0, 2))).toEqual([
      ["DGPF", "Dirección General de Puertos Fluviales"],
      ["Dirección General de Puertos Fluviales", "Dirección General de Puertos Fluviales"],
    ]);
  });

  it("leaves a title-case word alone where the text also writes it in lower case", () => {
    // `ONU` is the acronym, but here `Onu` is an invented word the text also writes in lower case.
    expect(orgs("El río Onu baja hasta el valle; el onu es un pez de la zona.")).toEqual([]);
  });

  it("reads a short national acronym as a body only after the text has named that body", () => {
    expect(orgs("A Polícia Federal deteve três suspeitos no porto; segundo a PF, o grupo usava barcos de pesca.")).toEqual([
      ["Polícia Federal", "Polícia Federal", "police"],
      ["PF", "Polícia Federal", "police"],
    ]);
    // `PF` names many bodies: alone, it names none.
    expect(orgs("Segundo a PF, o grupo usava barcos de pesca.")).toEqual([]);
    // A bare national name read as the body of the country in context counts as naming it.
    expect(orgs("En México, las Fuerzas Armadas cuidan la frontera; según las FFAA, el paso de armas bajó.").map((o) => o.slice(0, 2))).toEqual([
      ["Fuerzas Armadas", "Fuerzas Armadas de México"],
      ["FFAA", "Fuerzas Armadas de México"],
    ]);
  });

  it("reads the capitalized name after a lower-case group noun as a criminal group", () => {
    expect(orgs("Vecinos denunciaron a la banda criminal de los Chapulines ante el alcalde.")).toEqual([["Chapulines", "Los Chapulines", "criminal_group"]]);
    expect(orgs("Segundo a delegada, a facção Bonde dos Cabeças controla o presídio.")).toEqual([["Bonde dos Cabeças", "Bonde dos Cabeças", "criminal_group"]]);
    // A place after the connector, a country, or a generic noun with no modifier: no group.
    expect(orgs("Una banda de Sinaloa cruzó la sierra; otra banda criminal de Colombia también. El grupo Jurídico revisó el caso.")).toEqual([]);
  });
});

describe("ship prefixes", () => {
  it("reads a navy's acronym before a ship's name as the ship's, not the navy", () => {
    const names = (raw: string) => orgs(raw).map((o) => o[1]);
    expect(names("El submarino ARA Santa Rosa zarpó de Mar del Plata.")).toEqual([]);
    expect(names("La ARA informó que el buque volvió a puerto.")).toEqual(["Armada Argentina"]);
  });
});

describe("legislative records", () => {
  const found = (raw: string) => orgs(raw).map((o) => `${String(o[0])}=${String(o[1])}`);

  it("reads a party acronym beside a speaker's state as the party, and only there", () => {
    const raw = "O SR. JOÃO NINGUÉM (Bloco/PL - DF. Sem revisão do orador.) - Sr. Presidente, o PL 99/2031 trata de armas.";
    expect(found(raw)).toEqual(["PL=Partido Liberal"]);
    expect(found("A deputada Ana Lima (PT-SP) votou contra o texto.")).toEqual(["PT=Partido dos Trabalhadores"]);
    // No state code beside it: not an attribution.
    expect(found("O PL (projeto) voltou à pauta.")).toEqual([]);
    // The press writes it with no parenthesis right after the name; elsewhere a code is not a party.
    expect(found("Na sessão, o senador Fulano Tal PP-GO afirmou que votaria contra.")).toEqual(["PP=Progressistas"]);
    expect(found("Segundo o texto, o item PP-GO foi revisado.")).toEqual([]);
  });

  it("reads a listed party acronym alone in a parenthesis after a surname as the party", () => {
    expect(found("O prefeito Joaquim Barbosa Neto (PSDB) rebateu as críticas da oposição.")).toEqual(["PSDB=Partido da Social Democracia Brasileira"]);
    expect(found("Aliado de Fulano Tal (PCdoB), o vereador não compareceu.")).toEqual(["PCdoB=Partido Comunista do Brasil"]);
    // Not a listed party, or not after a name: no attribution.
    expect(found("O deputado Fulano Tal (XYZ) faltou à sessão.")).toEqual([]);
    expect(found("A proposta (PL) foi lida em plenário.")).toEqual([]);
    // A title-case word in the parenthesis is not a party's acronym.
    expect(found("O bairro Lagoa Seca (Novo) ganhou uma praça.")).toEqual([]);
  });

  it("does not run a name across a blank line, so a running head stays out of the body's name", () => {
    const raw = "O orador falou do crime que cresce em nosso\n\n5/120\n\n\fSessão de: 16/09/2031\n\nNotas Avulsas\n\nCÂMARA DOS DEPUTADOS\n\nestado, e pediu ação.";
    expect(found(raw)).toEqual(["CÂMARA DOS DEPUTADOS=Câmara dos Deputados"]);
  });

  it("finds a chamber named after a board of it", () => {
    expect(found("Habló el presidente de la Mesa Directiva de la Cámara de Diputados sobre el tema.")).toEqual(["Cámara de Diputados=Cámara de Diputados"]);
  });

  it("reads a national forum as a standing body and any other forum as an event", () => {
    expect(found("Segundo o Fórum Nacional de Defesa das Fronteiras (FNDF), o contrabando cresce.")).toEqual([
      "Fórum Nacional de Defesa das Fronteiras=Fórum Nacional de Defesa das Fronteiras",
      "FNDF=Fórum Nacional de Defesa das Fronteiras",
    ]);
    expect(found("El Foro de Examen de las Rutas Marítimas se reunió en marzo.")).toEqual([]);
  });
});

describe("foreign bodies and named sources", () => {
  const found = (raw: string) => orgs(raw).map((o) => `${String(o[0])}=${String(o[1])}`);

  it("reads a translated long form of a listed acronym as that body, under its official name", () => {
    expect(found("Ontem, guerrilheiros do Exército de Libertação Nacional (ELN) cruzaram o rio; depois o ELN recuou.")).toEqual([
      "Exército de Libertação Nacional=Ejército de Liberación Nacional",
      "ELN=Ejército de Liberación Nacional",
      "ELN=Ejército de Liberación Nacional",
    ]);
    // A long form whose words are not the listed body's (nor their cognates) keeps its own name.
    expect(found("A Escola de Línguas Nórdicas (ELN) abriu vagas.").some((f) => f.endsWith("=Ejército de Liberación Nacional"))).toBe(false);
  });

  it("takes the short form a text gives a listed body once that body is named", () => {
    expect(found("O Tren de Aragua cresceu; hoje o TdA opera em três países.")).toEqual(["Tren de Aragua=Tren de Aragua", "TdA=Tren de Aragua"]);
    expect(found("O TdA de hoje.")).toEqual([]);
  });

  it("finds research centres and newsrooms cited as sources", () => {
    expect(found("Según la FIP, los grupos crecieron; ProPublica y el portal UOL lo confirmaron.")).toEqual([
      "FIP=Fundación Ideas para la Paz",
      "ProPublica=ProPublica",
      "UOL=UOL",
    ]);
  });

  it("leaves a plural word opening a table cell out of the singular-headed name after it", () => {
    const raw = "Resumen de la tabla.\n\n| Indicador | Valor |\n|---|---|\n| Ataques Fuerza Pública | 12 |\n| Operaciones Policía Nacional | 3 |\n";
    expect(found(raw)).toEqual(["Fuerza Pública=Fuerza Pública", "Policía Nacional=Policía Nacional"]);
    // A plural head opens its own name.
    expect(found("Otra tabla.\n\n| Actor | Casos |\n|---|---|\n| Fuerzas Militares | 4 |\n").map((f) => f.split("=")[0])).toEqual(["Fuerzas Militares"]);
  });

  it("reads a bare central bank, senate or national guard as the body of the country in context", () => {
    expect(found("Na Venezuela, a Guarda Nacional vigia a mina e o Banco Central compra o ouro.")).toEqual([
      "Guarda Nacional=Guardia Nacional Bolivariana",
      "Banco Central=Banco Central de Venezuela",
    ]);
    expect(found("No Brasil, o Senado aprovou a lei e o Banco Central reagiu.")).toEqual(["Senado=Senado Federal", "Banco Central=Banco Central do Brasil"]);
  });

  it("reads capitalized words ending in a carrier or hauler head as a company", () => {
    expect(found("El piloto trabaja para la firma Corvalo Armored Transport desde 2031.")).toEqual(["Corvalo Armored Transport=Corvalo Armored Transport"]);
    expect(found("Viajó con Andes Pacific Airlines a Lima.")).toEqual(["Andes Pacific Airlines=Andes Pacific Airlines"]);
    expect(found("El transporte público de la ciudad mejoró.")).toEqual([]);
  });

  it("reads a named police or military operation as a program, as the guidelines read named national programs", () => {
    expect(orgs("La Operación Centauro desarticuló la red en 2031.").map((o) => [o[0], o[2]])).toEqual([["Operación Centauro", "program"]]);
    expect(orgs("A Operação Ventania prendeu doze suspeitos.").map((o) => [o[0], o[2]])).toEqual([["Operação Ventania", "program"]]);
    // An operation named only by its kind is not a name.
    expect(found("La operación terminó sin detenidos.")).toEqual([]);
  });
});


describe("the country a text is about", () => {
  const found = (raw: string) => orgs(raw).map((o) => `${String(o[0])}=${String(o[1])}`);
  // A briefing that names Mexico many times over, and Brazil once, far before the mention.
  const mexicanBriefing = (tail: string) =>
    [
      "México crece. México exporta. México invierte.",
      "El año pasado el ministro viajó a Brasil por dos días.",
      ...Array.from({ length: 30 }, () => "La reunión siguió con preguntas de la prensa sobre obras y presupuestos."),
      "México mira al sur; México mira al norte; México decide; México espera; México sigue.",
      tail,
    ].join("\n");

  it("does not give a bare senate the body of a country barely named", () => {
    // Brazil's `Senado Federal` is not the briefing's; Mexico's own senate, listed, is.
    expect(found(mexicanBriefing("La ley pasó ayer en el Senado sin cambios."))).toEqual(["Senado=Senado de la República"]);
  });

  it("reads a listed body's generic official name as the focus country's body, or as written", () => {
    // Honduras lists a `Secretaría de Seguridad` and Brazil a `Polícia Federal`: not Mexico's.
    const out = found(mexicanBriefing("La Secretaría de Seguridad informó que la Policía Federal vigila las aduanas."));
    expect(out).toContain("Secretaría de Seguridad=Secretaría de Seguridad");
    expect(out.some((f) => f.startsWith("Policía Federal=") && !f.endsWith("Polícia Federal"))).toBe(true);
  });

  it("keeps the listed body where its own country is in view, and keeps a translated name of a foreign body", () => {
    const countryOf = (raw: string) => {
      const doc = analyze(raw, { docId: "t" });
      return [...organizationExtractor.extract(doc, { country: [...countryExtractor.extract(doc, {})] })].map((m) => m.attrs.country);
    };
    expect(countryOf(mexicanBriefing("En Honduras, la Secretaría de Seguridad detuvo a tres personas."))).toEqual(["HND"]);
    expect(countryOf(mexicanBriefing("Ayer la Secretaría de Seguridad detuvo a tres personas."))).toEqual([undefined]);
    expect(found(mexicanBriefing("El Departamento de Estado publicó su informe anual."))).toEqual(["Departamento de Estado=U.S. Department of State"]);
  });
});

describe("acronyms read as bodies by their article", () => {
  const found = (raw: string) => orgs(raw).map((o) => `${o[0]}=${o[1]}`);

  it("reads a word in capitals after an article of the paragraph's language as a body, and its other uses too", () => {
    expect(found("Según la CNVJ, los hechos ocurrieron en el valle. Meses después, CNVJ publicó su informe final.")).toEqual(["CNVJ=CNVJ", "CNVJ=CNVJ"]);
    expect(found("O acampamento foi organizado pelo MTRS na beira da estrada.")).toEqual(["MTRS=MTRS"]);
    expect(found("Officials said the FLQW would answer the letter next week.")).toEqual(["FLQW=FLQW"]);
  });

  it("leaves acronyms of other things alone: units, taxes, countries, laws cited by article", () => {
    expect(found("El PIB creció poco y el IVA subió dos puntos este año.")).toEqual([]);
    expect(found("The GDP grew while the USD fell against other currencies.")).toEqual([]);
    expect(found("Os EUA cobraram o IPTU atrasado dos imóveis da embaixada.")).toEqual([]);
    expect(found("Según el art. 12 de la LGSX, la LGSX prohíbe esa conducta en todo el territorio.")).toEqual([]);
  });

  it("reads an acronym the text defines as a thing, or spells out without a head, as no body", () => {
    expect(found("El Criterio Técnico Común (CTCX) fue claro: la CTCX exige dos firmas.")).toEqual([]);
    expect(found("O juiz aplicou o Regime Especial de Isolamento — REI, e depois negou o REI aos outros presos.")).toEqual([]);
  });

  it("takes a determiner only in its own language, and no acronym that opens a longer name or a reference", () => {
    expect(found("It was a CNVJ decision, reporters were told on Monday.")).toEqual([]);
    expect(found("Los agentes llegaron a la CNVJ Norte y al anexo de la CNVJ 4.")).toEqual([]);
  });
});

describe("names a noun of the body's type tells", () => {
  const found = (raw: string) => orgs(raw).map((o) => `${o[0]}=${o[2] ?? ""}`);

  it("reads the capitalized words after a newspaper, company or party noun as that body, and their other uses", () => {
    expect(found("Lo publicó el periódico El Centinela del Sur el martes. Después, El Centinela del Sur corrigió la cifra.")).toEqual([
      "El Centinela del Sur=company",
      "El Centinela del Sur=company",
    ]);
    expect(found("A reportagem saiu na revista Farol Norte na semana passada.")).toEqual(["Farol Norte=company"]);
    expect(found("The report ran in the newspaper *La Brújula* on Sunday.")).toEqual(["La Brújula=company"]);
    expect(found("Los votos fueron para el partido Aurora Cívica en tres provincias.")).toEqual(["Aurora Cívica="]);
  });

  it("reads a name an apposition types", () => {
    expect(found("Data came from Clear Harbor Lookout, a maritime transparency organization based abroad.")).toEqual(["Clear Harbor Lookout="]);
    expect(found("Se reunieron con Manos Unidas del Valle, un sindicato agrario, el lunes.")).toEqual(["Manos Unidas del Valle=ngo"]);
    expect(found("Leaflets signed by the Garzas Rojas (an armed group) circulated in the town.")).toEqual(["Garzas Rojas="]);
    // A gathering, not a body's type.
    expect(found("We spoke with Maria Lopes, a group of neighbors had come too.")).toEqual([]);
  });

  it("takes no sentence opener, single letter, person or place for a name", () => {
    expect(found("Lo dijo en el partido A y luego en el partido B durante la campaña.")).toEqual([]);
    expect(found("Imagínense, una empresa que no paga impuestos en diez años.")).toEqual([]);
    // `diario` here is an adverb: the noun must follow an article or a preposition.
    expect(found("Pero diario Mariela nos informa de las lluvias.")).toEqual([]);
    expect(found("Llegaron a Chile, un partido muy dividido los recibió.")).toEqual([]);
  });
});

describe("bodies the gazetteer knows by the acronym their news writes bare", () => {
  const named = (raw: string) => orgs(raw).map((o) => `${o[0]}=${o[1]}`);

  it("names Brazil's parties from their bare acronyms, a shared acronym only once the text has named its party", () => {
    expect(named("O PRB e o PTN votaram com o governo; o PSOL votou contra.")).toEqual([
      "PRB=Partido Republicano Brasileiro",
      "PTN=Partido Trabalhista Nacional",
      "PSOL=Partido Socialismo e Liberdade",
    ]);
    // `PR` is also a state's abbreviation: only after the party's name.
    expect(named("O deputado (PSB-PR) falou ontem.").map((s) => s.split("=")[0])).not.toContain("PR");
    expect(named("O Partido da República apoiou a proposta, e o PR indicou o relator.")).toEqual([
      "Partido da República=Partido da República",
      "PR=Partido da República",
    ]);
  });

  it("names Mexico's and the United States' federal bodies from their acronyms", () => {
    expect(named("El IMSS y el ISSSTE atendieron a los maestros de la CNTE.")).toEqual([
      "IMSS=Instituto Mexicano del Seguro Social",
      "ISSSTE=Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado",
      "CNTE=Coordinadora Nacional de Trabajadores de la Educación",
    ]);
    expect(named("Officials from the CDC met union leaders of the USW and the AFL-CIO.")).toEqual([
      "CDC=Centers for Disease Control and Prevention",
      "USW=United Steelworkers",
      "AFL-CIO=American Federation of Labor and Congress of Industrial Organizations",
    ]);
  });
});

describe("a transcript's speaker label in capitals", () => {
  const texts = (raw: string) => orgs(raw).map((o) => o[0]);

  it("ends at its line: the speech's first capitalized words are no part of a name with it", () => {
    expect(texts("Gracias.\nMARTA RÍOS SOLANO, DIRECTORA DE ENERGÍA\nBuenas tardes a todos.\n")).toEqual([]);
    expect(texts("Gracias.\nVOZ HOMBRE\nComisión Nacional del Agua. Informa.\n")).toEqual(["Comisión Nacional del Agua"]);
    expect(texts("Adelante.\nINTERLOCUTOR\nQue el Ejército compró dos barcos.\n")).toEqual(["Ejército"]);
    // A name wrapped across lines of running text stays one name.
    expect(texts("The grant went to the Regional Port\nAuthority of the coast.\n")).toEqual(["Regional Port\nAuthority"]);
  });
});

describe("coordinated Spanish and Portuguese bodies", () => {
  const texts = (raw: string) => orgs(raw).map((o) => o[0]);

  it("starts another body at a coordination, an article and a head word", () => {
    expect(texts("Lo confirmaron Conafor y la Guardia Costera ayer.")).toEqual(["Guardia Costera"]);
    expect(texts("Trabajan la Marina y la Secretaría de Pesca en la costa.")).toEqual(["Secretaría de Pesca"]);
    expect(texts("A operação reuniu o Ibama e a Polícia Ambiental do estado.")).toEqual(["Ibama", "Polícia Ambiental"]);
    // The name's own coordinated nouns take no head.
    expect(texts("Lo pidió la Organización para la Cooperación y el Desarrollo Regional ayer.")).toEqual(["Organización para la Cooperación y el Desarrollo Regional"]);
  });

  it("reads head-first names of bodies no list knows by their head (`Organismo`, `Coordinadora`, `Parlamento`)", () => {
    expect(orgs("El Organismo de Control Pesquero detuvo a dos personas.")).toEqual([["Organismo de Control Pesquero", "Organismo de Control Pesquero", "government"]]);
    expect(orgs("Marchó la Coordinadora Regional de Pescadores Ribereños ayer.")).toEqual([["Coordinadora Regional de Pescadores Ribereños", "Coordinadora Regional de Pescadores Ribereños", "ngo"]]);
    expect(texts("El Parlamento del Pueblo Costero sesionó ayer.")).toEqual(["Parlamento del Pueblo Costero"]);
    // A head alone is no name.
    expect(texts("El Parlamento aprobó la ley.")).toEqual([]);
  });

  it("reads a group's bare head before a person's name as a body named after the person", () => {
    expect(orgs("En la zona opera el Frente Ana Quiroga desde 2019.")).toEqual([["Frente Ana Quiroga", "Frente Ana Quiroga", "armed_group"]]);
    expect(texts("A Fundação María Tavares publicou o estudo.")).toEqual(["Fundação María Tavares"]);
    // A name with more than its head before the person still ends there; English is read as before.
    expect(texts("La Comisión de Pesca Ribereña Ana Duarte pidió datos.")).toEqual(["Comisión de Pesca Ribereña"]);
  });

  it("reads an armed group's or unit's bare head and its number as the numbered unit", () => {
    expect(orgs("Las disidencias del Frente 36 y de la Brigada 17 se disputan la zona.")).toEqual([
      ["Frente 36", "Frente 36", "armed_group"],
      ["Brigada 17", "Brigada 17", "military"],
    ]);
    // Not a year, not a head of another kind, not in English.
    expect(texts("El Frente 2024 fue un lema y la Secretaría 5 cerró.")).toEqual([]);
    expect(texts("The Front 36 moved north.")).toEqual([]);
  });

  it("names a listed Colombian front or Mexican police body in Spanish in a Spanish text, in English in an English one", () => {
    expect(orgs("Las disidencias del Frente 33 atacaron la base.").map((o) => o[1])).toEqual(["Frente 33"]);
    expect(orgs("Agentes de la Policía Federal Preventiva llegaron al puerto.").map((o) => o[1])).toEqual(["Policía Federal Preventiva"]);
    expect(orgs("Dissidents of the 33rd Front attacked the base.").map((o) => o[1])).toEqual(["33rd Front"]);
  });

  it("leaves a police rank before a body's name out of it", () => {
    expect(texts("El Comisario Jefe de la Jefatura de Vigilancia Costera dijo que no sabía nada.")).toEqual(["Jefatura de Vigilancia Costera"]);
  });

  it("keeps a complement's coordinated noun in the name when a body is named after a later `y de`", () => {
    expect(texts("Lo acordó con las de la Secretaría de Pesca y Acuicultura Ribereña y de la Guardia Costera del puerto.")).toEqual(["Secretaría de Pesca y Acuicultura Ribereña", "Guardia Costera"]);
    expect(texts("O plano do Ministério da Pesca e Aquicultura Costeira e da Marinha foi lido.")).toEqual(["Ministério da Pesca e Aquicultura Costeira", "Marinha"]);
    // A head after `y` still opens a body of its own.
    expect(texts("Lo firmaron el Ministerio de Pesca y Policía Costera de la Nación y otros.")).toEqual(["Ministerio de Pesca", "Policía Costera de la Nación"]);
    // With no coordination after it, the conjunct that names a body further on is split off as before.
    expect(texts("Lo presentó el Programa de Estudios y Asistencia del International Center for Coastal Policy ayer.")[0]).toBe("Programa de Estudios");
  });
});

describe("a company or newspaper named by its head word", () => {
  it("reads `Empresa ...` as a company and `Jornal ...` as a newspaper", () => {
    expect(orgs("O contrato da Empresa Serrana de Saneamento (Emsesa) foi renovado; a Emsesa nega.").map((o) => `${o[0]}=${o[2]}`)).toEqual([
      "Empresa Serrana de Saneamento=company",
      "Emsesa=company",
      "Emsesa=company",
    ]);
    expect(orgs("A nota saiu no Jornal da Serra Alta ontem à noite.").map((o) => `${o[0]}=${o[2]}`)).toEqual(["Jornal da Serra Alta=company"]);
  });
});

describe("a state's body", () => {
  it("runs a body's name on through a lower-case `estado` onto its state", () => {
    expect(orgs("Os dados vêm da Secretaria de Saúde do estado de Goiás desde março.").map((o) => o.slice(0, 2))).toEqual([
      ["Secretaria de Saúde do estado de Goiás", "Secretaria de Saúde do estado de Goiás"],
    ]);
    expect(orgs("Lo informó la Fiscalía Anticorrupción del estado de Nayarit el lunes.").map((o) => o[0])).toEqual(["Fiscalía Anticorrupción del estado de Nayarit"]);
  });

  it("names São Paulo's public security secretariat by its official name, from its acronym or a shorter form", () => {
    const official = "Secretaria da Segurança Pública do Estado de São Paulo";
    expect(orgs("Segundo a SSP/SP, os roubos caíram no último trimestre.").map((o) => o.slice(0, 2))).toEqual([["SSP/SP", official]]);
    expect(orgs("Os números são da Secretaria da Segurança Pública de São Paulo, que revisou a série.").map((o) => o[1])).toEqual([official]);
  });

  it("keeps a slash and the state's two capitals as part of the body's acronym", () => {
    expect(orgs("A Secretaria de Saúde do estado de Goiás (SES/GO) publicou a série. Segundo a SES/GO, os casos caíram.").map((o) => o.slice(0, 2))).toEqual([
      ["Secretaria de Saúde do estado de Goiás", "Secretaria de Saúde do estado de Goiás"],
      ["SES/GO", "Secretaria de Saúde do estado de Goiás"],
      ["SES/GO", "Secretaria de Saúde do estado de Goiás"],
    ]);
  });
});

describe("a programme of a body named by its acronym", () => {
  it("ends the programme's name before `de la ACRONYM`, the body its own mention", () => {
    expect(orgs("Pidió ayuda al Programa Regional de Pesca Sostenible de la OIT el año pasado.").map((o) => o.slice(0, 2))).toEqual([
      ["Programa Regional de Pesca Sostenible", "Programa Regional de Pesca Sostenible"],
      ["OIT", "International Labour Organization"],
    ]);
  });

  it("ends a unit's name before a listed parent's acronym too, the parent its own mention", () => {
    expect(orgs("O Centro de Treinamento da PRF formou novos agentes.").map((o) => o[0])).toEqual(["Centro de Treinamento", "PRF"]);
  });

  it("gives the child-labour programme its official English name from its Spanish one", () => {
    expect(orgs("Recibió apoyo del Programa Internacional para la Erradicación del Trabajo Infantil de la OIT en 2009.").map((o) => o.slice(0, 2))).toEqual([
      ["Programa Internacional para la Erradicación del Trabajo Infantil", "International Programme on the Elimination of Child Labour"],
      ["OIT", "International Labour Organization"],
    ]);
  });
});

// The regional and international bodies of the Americas are listed under their Portuguese names too.
describe("Portuguese names of international bodies", () => {
  it("reads them as the listed body, under its official name", () => {
    expect(orgs("O governo aderiu à Aliança do Pacífico em março.").map((o) => o.slice(0, 2))).toEqual([["Aliança do Pacífico", "Pacific Alliance"]]);
    expect(orgs("O crédito veio do Banco Interamericano de Desenvolvimento no ano passado.").map((o) => o.slice(0, 2))).toEqual([["Banco Interamericano de Desenvolvimento", "Inter-American Development Bank"]]);
  });

  it("leaves an unlisted body with the same head as it is written", () => {
    expect(orgs("O governo aderiu à Aliança do Cerrado em março.").map((o) => o.slice(0, 2))).toEqual([["Aliança do Cerrado", "Aliança do Cerrado"]]);
  });
});

// A text may write `ó` as `o` and a combining accent (NFD): the name is the same body's, written composed.
describe("a name written with combining accents", () => {
  it("is recorded with its accents composed, its text as written", () => {
    const decomposed = "Servicio Nacional de Prevencio\u0301n Vecinal";
    const found = orgs(`Ayer el ${decomposed} abrió dos oficinas.`);
    expect(found).toEqual([[decomposed, "Servicio Nacional de Prevención Vecinal", "government"]]);
    expect((found[0]![1] as string).length).toBe("Servicio Nacional de Prevención Vecinal".length);
  });

  it("reads a standalone body word written with a combining accent as the word", () => {
    const decomposed = "Gendarmeri\u0301a";
    expect(orgs(`En Chile trabajan los jueces y ${decomposed} con los vecinos.`).map((o) => o.slice(0, 2))).toEqual([[decomposed, "Gendarmería de Chile"]]);
  });

  it("reads a plural head written with a combining accent as the plural", () => {
    const plural = "Secretari\u0301as de Pesca Ribereña";
    expect(orgs(`Asistieron los titulares de las ${plural} y de Obras Lacustres al acto.`).map((o) => o.slice(0, 2))).toEqual([
      [plural, "Secretaría de Pesca Ribereña"],
      ["Obras Lacustres", "Secretaría de Obras Lacustres"],
    ]);
  });

  it("leaves a name written composed as it was", () => {
    expect(orgs("Ayer el Servicio Nacional de Prevención Vecinal abrió dos oficinas.")).toEqual([
      ["Servicio Nacional de Prevención Vecinal", "Servicio Nacional de Prevención Vecinal", "government"],
    ]);
  });
});

// A Spanish plural article opens a criminal group's name (`Los Zetas`), but opening a sentence
// before a state body's head it only opens the sentence.
describe("a plural article opening a Spanish sentence before a body", () => {
  it("is left out of a state body's name", () => {
    expect(orgs("Las Fuerzas Armadas protegieron la frontera.").map((o) => o[0])).toEqual(["Fuerzas Armadas"]);
    expect(orgs("Los Carabineros patrullaron el barrio.").map((o) => o.slice(0, 2))).toEqual([["Carabineros", "Carabineros de Chile"]]);
  });

  it("stays in a criminal group's name", () => {
    expect(orgs("Los Choneros huyeron del penal.").map((o) => o.slice(0, 2))).toEqual([["Los Choneros", "Los Choneros"]]);
    expect(orgs("Los Halcones Grises atacaron el pueblo.").map((o) => o.slice(0, 3))).toEqual([["Los Halcones Grises", "Los Halcones Grises", "criminal_group"]]);
  });
});

// A listed body and a body named after `y` are two bodies, not one name running over the `y`.
describe("a listed body coordinated with a body named by its head", () => {
  it("gives each its own mention", () => {
    expect(orgs("En Chile trabajan el Poder Judicial y Gendarmería con los vecinos.").map((o) => o.slice(0, 2))).toEqual([
      ["Poder Judicial", "Poder Judicial"],
      ["Gendarmería", "Gendarmería de Chile"],
    ]);
  });

  it("keeps a name whose own words are coordinated whole", () => {
    expect(orgs("Ayer el Ministerio de Justicia y Derechos Humanos abrió dos oficinas.").map((o) => o[1])).toEqual(["Ministerio de Justicia y Derechos Humanos"]);
  });

  it("gives a unit closed by a number sign the number after it", () => {
    expect(orgs("Hubo disparos cerca del Regimiento Montaña Número 7 al amanecer.").map((o) => o.slice(0, 2))).toEqual([["Regimiento Montaña Número 7", "Regimiento Montaña Número 7"]]);
    expect(orgs("El Batallón de Infantería Nº 14 llegó al puerto.").map((o) => o[0])).toEqual(["Batallón de Infantería Nº 14"]);
    expect(orgs("O Batalhão de Infantaria nº 5 chegou à fronteira.").map((o) => o[0])).toEqual(["Batalhão de Infantaria nº 5"]);
    // Whichever head the name is found by (`Escuela` after `Escuadrón`), and `N.` as a sign.
    expect(orgs("Las tropas del Escuadrón Escuela de Caballería No. 3 salieron de Loja.").map((o) => o[0])).toEqual(["Escuadrón Escuela de Caballería No. 3"]);
    expect(orgs("El Batallón de Ingeniería y Construcción N. 412 reparó el puente.").map((o) => o[0])).toEqual(["Batallón de Ingeniería y Construcción N. 412"]);
    // A file's number after a body is no number of the body, and its sign no word of the name.
    expect(orgs("El oficio de la Fiscalía de Aguas No. 12/2020 fue enviado.").map((o) => o[0])).toEqual(["Fiscalía de Aguas"]);
    // A unit with no sign reads as before.
    expect(orgs("El Batallón de Infantería llegó al puerto.").map((o) => o[0])).toEqual(["Batallón de Infantería"]);
  });

  it("gives a listed body named in the other Romance language its own official name", () => {
    // Invented sentences; the bodies are the gazetteer's (FARC, ELN, Colombia's National Police).
    expect(orgs("Na serra, as Forças Armadas Revolucionárias da Colômbia recuaram.").map((o) => o.slice(0, 2))).toEqual([["Forças Armadas Revolucionárias da Colômbia", "Fuerzas Armadas Revolucionarias de Colombia"]]);
    expect(orgs("Ontem o Exército de Libertação Nacional voltou a negociar.").map((o) => o[1])).toEqual(["Ejército de Liberación Nacional"]);
    expect(orgs("Ontem a Polícia Nacional da Colômbia prendeu dois homens.").map((o) => o[1])).toEqual(["Policía Nacional de Colombia"]);
    // A state's office that does not say whose it is stays as written: every state has one.
    expect(orgs("Lo anunció ayer el Ministerio de Relaciones Exteriores.").map((o) => o[1])).toEqual(["Ministerio de Relaciones Exteriores"]);
  });

  it("finds a United States body named in Spanish or Portuguese under its own (English) name", () => {
    expect(orgs("El Departamento del Tesoro sancionó ayer a tres empresas.").map((o) => o.slice(0, 2))).toEqual([["Departamento del Tesoro", "U.S. Department of the Treasury"]]);
    expect(orgs("O Departamento de Justiça dos Estados Unidos acusou dois empresários.").map((o) => o[1])).toEqual(["U.S. Department of Justice"]);
    expect(orgs("La Administración para el Control de Drogas detuvo a dos hombres.").map((o) => o[1])).toEqual(["Drug Enforcement Administration"]);
    // A Latin American body of the same kind keeps its own name.
    expect(orgs("La Secretaría de Hacienda sancionó ayer a tres empresas.").map((o) => o[1])).not.toContain("U.S. Department of the Treasury");
  });

  it("starts a byline's body on its own line after a title line that no head opens", () => {
    expect(orgs("Informe diario sobre la pesca en Villa Rica\nPresidencia de la República\n3 de marzo de 2021\n\nEl texto sigue aquí.").map((o) => o.slice(0, 2))).toEqual([["Presidencia de la República", "Presidencia de la República"]]);
    expect(orgs("Conferencia encabezada por la secretaria Ana Ruiz Soto\nPresidencia de la República\n3 de marzo\n\nEl texto sigue aquí.").map((o) => o[0])).toEqual(["Presidencia de la República"]);
    // A name wrapped over two lines stays one name.
    expect(orgs("Lo dijo el Comando Conjunto de las Fuerzas\nArmadas de Villa Rica ayer.").map((o) => o[1])).toEqual(["Comando Conjunto de las Fuerzas Armadas de Villa Rica"]);
  });

  it("ends a name before `en`/`em` when a body's head follows: the first body acts in the second", () => {
    expect(orgs("Lo votó ayer el Partido Azul en la Cámara de Diputados.").map((o) => o[0])).toEqual(["Partido Azul", "Cámara de Diputados"]);
    expect(orgs("El acuerdo de la Fiscalía de Aguas en el Consejo de Pesca fue firmado.").map((o) => o[0])).toEqual(["Fiscalía de Aguas", "Consejo de Pesca"]);
    // A field or a place after the link stays in the name.
    expect(orgs("La Fiscalía Especializada en materia de Pesca Ilegal actuó.").map((o) => o[0])).toEqual(["Fiscalía Especializada en materia de Pesca Ilegal"]);
    expect(orgs("A Delegacia Especializada em Armas Brancas prendeu dois.").map((o) => o[0])).toEqual(["Delegacia Especializada em Armas Brancas"]);
  });

  it("starts the body after a person's title at its head, past the office's portfolio", () => {
    expect(orgs("Habló ayer el subsecretario de Pesca Ribereña de la Secretaría de Aguas Claras.").map((o) => o[0])).toEqual(["Secretaría de Aguas Claras"]);
    expect(orgs("Lo explicó el director general de Vigilancia del Instituto de Pesca Ribereña.").map((o) => o[0])).toEqual(["Instituto de Pesca Ribereña"]);
    // A body the title belongs to, named from its head, and a name that opens with an ordinal, read as before.
    expect(orgs("Lo dijo el presidente del Consejo de Pesca Ribereña ayer.").map((o) => o[0])).toEqual(["Consejo de Pesca Ribereña"]);
    expect(String(orgs("Lo dijo el comandante del Quinto Comando Conjunto ayer.")[0]?.[0])).toMatch(/^Quinto Comando/);
  });
});
